import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Secrets the server must read back (a TOTP shared secret) are stored sealed: AES-256-GCM with a
 * key that is not in the database, so a copy of the database (a dump, a backup, a replica, SQL
 * injection) does not give them away. The key is SECRETS_KEY (base64 of 32 bytes; set the same on
 * every server copy), or else `DATA_DIR/secrets.key`, made on first use (mode 0600). A sealed
 * value is `v1.` + base64url(12-byte IV ‖ 16-byte tag ‖ ciphertext); `context` (e.g. the row's id)
 * is authenticated with it, so a sealed value copied to another row does not open.
 */
export const SEALED_PREFIX = 'v1.';
const KEY_FILE = 'secrets.key';

export interface SecretKeySource {
  SECRETS_KEY?: string;
  DATA_DIR: string;
}

const cache = new Map<string, Buffer>();

/** The sealing key of this installation (read or made once per process). */
export function sealingKey(source: SecretKeySource): Buffer {
  const id = source.SECRETS_KEY ? `env:${source.SECRETS_KEY}` : `file:${resolve(source.DATA_DIR)}`;
  const known = cache.get(id);
  if (known) return known;
  const key = source.SECRETS_KEY ? fromEnv(source.SECRETS_KEY) : fromFile(resolve(source.DATA_DIR));
  cache.set(id, key);
  return key;
}

function fromEnv(text: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) {
    throw new Error('SECRETS_KEY must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`).');
  }
  return key;
}

function fromFile(dataDir: string): Buffer {
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // wx: two copies starting at once on one DATA_DIR never overwrite each other's key.
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  return fromEnv(readFileSync(file, 'utf8').trim());
}

export function seal(key: Buffer, plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plain secret; throws when the value was not sealed with this key and context (or was altered). */
export function unseal(key: Buffer, sealed: string, context: string): string {
  if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('The stored secret is not sealed.');
  const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
