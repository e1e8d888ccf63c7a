import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { ApiKey } from './api-key.entity.js';
import { createApiKey, revokeApiKey } from './api-key.service.js';
import { CreateApiKeyInput } from './org.inputs.js';
import { CreateApiKeyPayload } from './org.types.js';
import { OrgUnit } from './org-unit.entity.js';
import { Permission } from './roles.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key; its token is returned this once.' })
  @Allow(Permission.API_KEY_MANAGE)
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreateApiKeyPayload> {
    return createApiKey(ctx, input);
  }

  @Mutation(() => ApiKey, { description: 'Revokes an API key at once.' })
  @Allow(Permission.API_KEY_MANAGE)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiKey> {
    return revokeApiKey(ctx, id);
  }

  @FieldResolver(() => OrgUnit, { description: 'The key acts over this unit and its subtree.' })
  async unit(@Root() apiKey: ApiKey, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(apiKey.unit.id))!;
  }
}
