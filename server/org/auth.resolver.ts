import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Public } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { hasPermission, requirePrincipal } from './access.service.js';
import { ApiKey } from './api-key.entity.js';
import { login, logout } from './auth.service.js';
import { LoginInput } from './org.inputs.js';
import { GrantType, PrincipalKind, Viewer } from './org.types.js';
import { OrgUnit } from './org-unit.entity.js';
import { Organization } from './organization.entity.js';
import { currentOrganization } from './organization.service.js';
import { Permission } from './roles.js';
import { User } from './user.entity.js';

function viewerOf(ctx: RequestContext): Viewer {
  const principal = requirePrincipal(ctx);
  return {
    kind: principal.kind as PrincipalKind,
    userId: principal.userId,
    apiKeyId: principal.apiKeyId,
    grants: principal.grants.map((g) => ({ role: g.role, unitId: g.unitId })),
    permissions: Object.values(Permission).filter((p) => hasPermission(principal, p)),
  };
}

@Resolver(() => Viewer)
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: 'The signed-in user or API key; null when signed out.' })
  @Public()
  me(@Ctx() ctx: RequestContext): Viewer | null {
    return ctx.principal ? viewerOf(ctx) : null;
  }

  @Mutation(() => Viewer, { description: 'Signs in and sets the httpOnly session cookie.' })
  @Public()
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<Viewer> {
    await login(ctx, input);
    return viewerOf(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this browser.' })
  @Public()
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return logout(ctx);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return viewer.userId ? ctx.em.findOne(User, { id: viewer.userId }) : null;
  }

  @FieldResolver(() => ApiKey, { nullable: true })
  apiKey(@Root() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<ApiKey | null> | null {
    return viewer.apiKeyId ? ctx.em.findOne(ApiKey, { id: viewer.apiKeyId }) : null;
  }

  @FieldResolver(() => Organization)
  organization(@Ctx() ctx: RequestContext): Promise<Organization> {
    return currentOrganization(ctx);
  }
}

@ObjectType('ClientSettings', { description: 'Settings the web app needs before anyone signs in.' })
export class ClientSettings {
  @Field(() => String, {
    nullable: true,
    description: 'SurveyJS licence key (SURVEYJS_LICENSE_KEY); without it the Creator shows a licence banner.',
  })
  surveyJsLicenseKey!: string | null;
}

@Resolver(() => ClientSettings)
export class ClientSettingsResolver {
  @Query(() => ClientSettings)
  @Public()
  clientSettings(@Ctx() ctx: RequestContext): ClientSettings {
    return { surveyJsLicenseKey: ctx.config.SURVEYJS_LICENSE_KEY ?? null };
  }
}

@Resolver(() => GrantType)
export class GrantResolver {
  @FieldResolver(() => OrgUnit)
  async unit(@Root() grant: GrantType, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(grant.unitId))!;
  }
}
