import { ApiScope, scopesOfRole } from './scopes.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { requireAccess, requirePrincipal } from './access.service.js';
import { ApiKey } from './api-key.entity.js';
import { Permission, type Role } from './roles.js';
import { formatApiKey, hashSecret, newSecret } from './tokens.js';

export interface CreateApiKeyInput {
  name: string;
  role: Role;
  unitId: string;
  expiresAt?: Date | null;
  scopes?: ApiScope[] | null;
}

/** Creates a key and returns its token, which is never shown again. */
export async function createApiKey(
  ctx: RequestContext,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKey; token: string }> {
  const principal = requirePrincipal(ctx);
  const name = input.name.trim();
  if (!name || name.length > 200)
    throw badInput('An API key needs a name of 1–200 characters, saying which system uses it.', { field: 'name' });
  if (input.expiresAt && input.expiresAt <= new Date())
    throw badInput('"expiresAt" must be in the future.', { field: 'expiresAt' });
  const scopes = scopesFor(input.role, input.scopes);
  return ctx.em.transactional(async (em) => {
    const unit = await requireAccess(ctx, Permission.API_KEY_MANAGE, input.unitId, em);
    const secret = newSecret();
    const apiKey = em.create(ApiKey, {
      organization: principal.orgId,
      name,
      role: input.role,
      scopes,
      unit,
      secretHash: hashSecret(secret),
      createdBy: principal.userId,
      expiresAt: input.expiresAt ?? null,
    });
    await em.flush();
    return { apiKey, token: formatApiKey(principal.orgId, apiKey.id, secret) };
  });
}

/** The scopes asked for, each one the role can carry; left out, all the role can carry. */
function scopesFor(role: Role, asked: ApiScope[] | null | undefined): ApiScope[] {
  const possible = scopesOfRole(role);
  if (!asked) return possible;
  const unfit = asked.filter((s) => !possible.includes(s));
  if (unfit.length) {
    throw badInput(`A key with role ${role} cannot carry ${unfit.join(', ')}: it can carry ${possible.join(', ')}.`, {
      field: 'scopes',
    });
  }
  if (!asked.length) throw badInput('An API key needs at least one scope.', { field: 'scopes' });
  return [...new Set(asked)];
}

/** Revokes a key at once; revoking it again changes nothing. */
export async function revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey> {
  return ctx.em.transactional(async (em) => {
    const apiKey = await em.findOne(ApiKey, { id: requireId('API key', id) });
    if (!apiKey) throw notFound('API key', id);
    await requireAccess(ctx, Permission.API_KEY_MANAGE, apiKey.unit.id, em);
    apiKey.revokedAt ??= new Date();
    await em.flush();
    return apiKey;
  });
}
