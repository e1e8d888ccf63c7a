import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import { badInput } from '../graphql/errors.js';

/**
 * Contact data at rest: AES-256-GCM under CONTACT_ENCRYPTION_KEY, and a keyed hash (HMAC-SHA256
 * under a key derived from it) to find a contact, apply opt-outs and the fatigue rule without
 * decrypting. Without the variable (development), a fixed key is derived from DATA_DIR: fine on
 * a laptop, refused in production.
 */
export interface ContactKeys {
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  hash(value: string): string;
  sign(value: string): string;
}

const cache = new WeakMap<Config, ContactKeys>();

export function contactKeys(config: Config): ContactKeys {
  let keys = cache.get(config);
  if (keys) return keys;
  const raw = config.CONTACT_ENCRYPTION_KEY;
  if (!raw && config.NODE_ENV === 'production') {
    throw badInput(
      'Contact data cannot be stored: CONTACT_ENCRYPTION_KEY is not set, and production needs a key of its own (openssl rand -base64 32).',
    );
  }
  const master = raw
    ? Buffer.from(raw, /^[0-9a-fA-F]{64}$/.test(raw) ? 'hex' : 'base64')
    : createHash('sha256').update(`barometer development contact key:${config.DATA_DIR}`).digest();
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  const encKey = derive('contact-encryption');
  const hashKey = derive('contact-lookup');
  const signKey = derive('link-signature');
  keys = {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
    },
    decrypt(value) {
      const [iv, tag, body] = value.split('.');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    hash: (value) => createHmac('sha256', hashKey).update(value).digest('hex'),
    sign: (value) => createHmac('sha256', signKey).update(value).digest('base64url').slice(0, 32),
  };
  cache.set(config, keys);
  return keys;
}
