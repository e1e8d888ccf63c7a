import { describe, expect, it } from 'vitest';
import { canAccessPath, hasPermission, subtreesWith, type Principal } from '../../server/org/access.service.js';
import { hashPassword, verifyPassword } from '../../server/org/password.js';
import { Permission, Role } from '../../server/org/roles.js';
import { parseApiKey, parseSessionToken } from '../../server/org/tokens.js';

const principal = (grants: [Role, string][]): Principal => ({
  kind: 'USER',
  orgId: 'o',
  userId: 'u',
  apiKeyId: null,
  grants: grants.map(([role, unitPath]) => ({ role, unitId: unitPath, unitPath })),
});

describe('role scope', () => {
  it('a role covers its unit and every unit below it, nothing else', () => {
    const manager = principal([[Role.UNIT_MANAGER, '/ho/north/']]);
    expect(canAccessPath(manager, Permission.UNIT_MANAGE, '/ho/north/')).toBe(true);
    expect(canAccessPath(manager, Permission.UNIT_MANAGE, '/ho/north/a/1/')).toBe(true);
    expect(canAccessPath(manager, Permission.UNIT_MANAGE, '/ho/')).toBe(false);
    expect(canAccessPath(manager, Permission.UNIT_MANAGE, '/ho/northern/')).toBe(false);
    expect(canAccessPath(manager, Permission.USER_MANAGE, '/ho/north/')).toBe(false);
  });

  it('roles grant what their users need', () => {
    const of = (role: Role) => Object.values(Permission).filter((p) => hasPermission(principal([[role, '/x/']]), p));
    expect(of(Role.ADMIN)).toEqual(Object.values(Permission));
    expect(of(Role.ANALYST)).toEqual([Permission.UNIT_READ, Permission.QUESTIONNAIRE_READ, Permission.RESULTS_READ]);
    expect(of(Role.AUTHOR)).toContain(Permission.QUESTIONNAIRE_AUTHOR);
    expect(of(Role.INTERVIEWER)).toContain(Permission.RESPONSE_ENTER);
    expect(of(Role.UNIT_MANAGER)).not.toContain(Permission.USER_MANAGE);
  });

  it('readable subtrees drop units already covered by a higher grant', () => {
    const p = principal([
      [Role.ANALYST, '/ho/north/a/'],
      [Role.ANALYST, '/ho/north/'],
      [Role.INTERVIEWER, '/ho/south/'],
      [Role.AUTHOR, '/ho/east/'],
    ]);
    expect(subtreesWith(p, Permission.UNIT_READ)).toEqual(['/ho/east/', '/ho/north/', '/ho/south/']);
    expect(subtreesWith(p, Permission.QUESTIONNAIRE_AUTHOR)).toEqual(['/ho/east/']);
  });
});

describe('credentials', () => {
  it('hashes passwords with a salt and verifies only the right one', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });

  it('parses only well-formed tokens', () => {
    const org = '3f2b8f8e-1c9d-4c1e-9a7b-2d4e5f6a7b8c';
    const key = '9a7b2d4e-5f6a-4b8c-8c1e-3f2b8f8e1c9d';
    const secret = 'A'.repeat(43);
    expect(parseApiKey(`bmk.${org}.${key}.${secret}`)).toEqual({ orgId: org, keyId: key, secret });
    expect(parseApiKey(`bmk.${org}.${key}.${secret}x`)).toBeNull();
    expect(parseApiKey(`bmk.${org}.${secret}`)).toBeNull();
    expect(parseSessionToken(`${org}.${secret}`)).toEqual({ orgId: org, secret });
    expect(parseSessionToken(`${org}.short`)).toBeNull();
  });
});
