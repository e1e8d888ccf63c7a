import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Secrets are 256-bit random strings; storing their SHA-256 is enough (no guessing to slow down). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const API_KEY = new RegExp(`^bmk\\.(${UUID})\\.(${UUID})\\.([A-Za-z0-9_-]{43})$`);
const SESSION = new RegExp(`^(${UUID})\\.([A-Za-z0-9_-]{43})$`);

/** `bmk.<organisation id>.<key id>.<secret>`: the organisation is in the token, so lookup stays in one tenant. */
export const formatApiKey = (orgId: string, keyId: string, secret: string) => `bmk.${orgId}.${keyId}.${secret}`;

export function parseApiKey(token: string): { orgId: string; keyId: string; secret: string } | null {
  const m = API_KEY.exec(token.trim());
  return m ? { orgId: m[1], keyId: m[2], secret: m[3] } : null;
}

export const formatSessionToken = (orgId: string, secret: string) => `${orgId}.${secret}`;

export function parseSessionToken(token: string): { orgId: string; secret: string } | null {
  const m = SESSION.exec(token);
  return m ? { orgId: m[1], secret: m[2] } : null;
}
