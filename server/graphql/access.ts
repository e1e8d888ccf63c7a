import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Permission, Principal } from '../org/index.js';
import type { RequestContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

interface AccessRule {
  public?: boolean;
  permissions?: Permission[];
}

/** The operation needs no sign-in (sign-in itself, public survey submission). */
export const Public = () => Extensions({ access: { public: true } satisfies AccessRule });

/**
 * The operation needs a signed-in user or API key holding at least one of `permissions`
 * somewhere; the service then checks the specific unit with `requireAccess`.
 */
export const Allow = (...permissions: Permission[]) => Extensions({ access: { permissions } satisfies AccessRule });

/**
 * The API key scope the operation needs, when it is not the one its permissions imply (see
 * `scopeOfOperation` in server/org/scopes.ts); on a public operation, only keys are checked.
 */
export const Scope = (scope: string) => Extensions({ scope });

/** Answers, for a principal and an operation's rule, the scope it lacks (null: none lacking). */
export type ScopeCheck = (
  principal: Principal,
  permissions: Permission[],
  declared: string | undefined,
) => string | null;

function checkScope(principal: Principal, fieldName: string, missing: string | null): void {
  if (missing && principal.kind === 'API_KEY') {
    throw forbidden(`This API key lacks the ${missing} scope, which ${fieldName} needs: create a key with ${missing}.`);
  }
}

/**
 * Wraps every root field's resolver with its access rule. A root field without a rule stops
 * the schema from building, so no operation can forget its guard.
 */
export function guardRootFields(
  schema: GraphQLSchema,
  hasPermission: (principal: Principal, permission: Permission) => boolean,
  missingScope: ScopeCheck = () => null,
): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = field.extensions?.access as AccessRule | undefined;
      if (!rule) throw new Error(`${type.name}.${field.name} declares no access rule: add @Public() or @Allow(...)`);
      const resolve = field.resolve ?? defaultFieldResolver;
      const permissions = rule.permissions ?? [];
      const declared = field.extensions?.scope as string | undefined;
      field.resolve = (source, args, context: RequestContext, info) => {
        const principal = context.principal;
        if (rule.public) {
          if (principal) checkScope(principal, field.name, missingScope(principal, permissions, declared));
          return resolve(source, args, context, info);
        }
        if (!principal) throw unauthenticated();
        if (permissions.length && !permissions.some((p) => hasPermission(principal, p))) {
          throw forbidden(`Your roles do not allow ${field.name}: it needs ${permissions.join(' or ')}.`);
        }
        checkScope(principal, field.name, missingScope(principal, permissions, declared));
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
