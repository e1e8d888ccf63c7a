import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { OrgUnit } from './org-unit.entity.js';
import { Organization } from './organization.entity.js';
import { currentOrganization, headOfficeOf } from './organization.service.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: "The caller's organisation." })
  @Allow()
  organization(@Ctx() ctx: RequestContext): Promise<Organization> {
    return currentOrganization(ctx);
  }

  @FieldResolver(() => OrgUnit, { description: 'The top of the hierarchy.' })
  headOffice(@Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return headOfficeOf(ctx);
  }
}
