/*
 * The password policy (issue 15): pure, and part of the kernel because the configuration checks
 * BOOTSTRAP_ADMIN_PASSWORD with it before anything starts; org applies it to every password set.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// The list sits next to this file in the sources; the compiled server (dist/server) reads it there too.
const LIST = fileURLToPath(
  new URL(
    import.meta.url.endsWith('.js') ? '../../server/common-passwords.txt' : './common-passwords.txt',
    import.meta.url,
  ),
);
let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  if (!common) {
    const lines = readFileSync(LIST, 'utf8')
      .split('\n')
      .map((l) => l.trim());
    common = new Set(lines.filter((l) => l && !l.startsWith('#')));
  }
  return common;
}

/** "abcabcabca", "aaaaaaaaaa", "1212121212": a short unit repeated. */
function isRepetition(p: string): boolean {
  for (let unit = 1; unit <= p.length / 2; unit++) {
    if (
      p
        .slice(0, unit)
        .repeat(Math.ceil(p.length / unit))
        .slice(0, p.length) === p
    )
      return true;
  }
  return false;
}

/** "0123456789", "abcdefghij", "9876543210": each character one step from the one before. */
function isRun(p: string): boolean {
  const step = p.charCodeAt(1) - p.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 2; i < p.length; i++) if (p.charCodeAt(i) - p.charCodeAt(i - 1) !== step) return false;
  return true;
}

/** Why a password may not be used, in words a person can act on; null when it may. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password can have at most ${MAX_PASSWORD_LENGTH} characters.`;
  const p = password.normalize('NFKC').toLowerCase();
  if (!p.trim()) return 'A password cannot be only spaces; choose words or characters you can remember.';
  const harder = 'choose something longer to guess.';
  if (isRepetition(p))
    return `A password cannot be one character or a short sequence repeated (like aaaaaaaaaa or abcabcabca); ${harder}`;
  if (isRun(p)) return `A password cannot be a plain run of characters (like 0123456789 or abcdefghij); ${harder}`;
  // "password12", "Michael1985!": a common password with digits or signs around it is still guessed first.
  const core = p.trim().replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length >= 6 && (isRepetition(core) || isRun(core))) {
    return `A password cannot be a repeated or plain run of characters with a few digits added; ${harder}`;
  }
  if (commonPasswords().has(p) || commonPasswords().has(core)) {
    return (
      'This password is one of the most common ones (or one with digits added), which attackers try first; ' +
      'choose another, such as a few unrelated words.'
    );
  }
  return null;
}
