import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { CreateOrgUnitInput, MoveOrgUnitInput, OrgUnitFilterInput, UpdateOrgUnitInput } from './org.inputs.js';
import { OrgUnitConnection } from './org.types.js';
import { OrgUnit } from './org-unit.entity.js';
import {
  ancestorsOf,
  createOrgUnit,
  getOrgUnit,
  listOrgUnits,
  moveOrgUnit,
  updateOrgUnit,
} from './org-unit.service.js';
import { Permission } from './roles.js';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnitConnection, {
    description: 'Units the caller may see, in tree order (each unit before its descendants).',
  })
  @Allow(Permission.UNIT_READ)
  orgUnits(
    @Arg('filter', () => OrgUnitFilterInput, { nullable: true }) filter: OrgUnitFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<OrgUnit>> {
    return listOrgUnits(ctx, filter ?? {}, page);
  }

  @Query(() => OrgUnit)
  @Allow(Permission.UNIT_READ)
  orgUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return getOrgUnit(ctx, id);
  }

  @Mutation(() => OrgUnit)
  @Allow(Permission.UNIT_MANAGE)
  createOrgUnit(@Arg('input') input: CreateOrgUnitInput, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return createOrgUnit(ctx, input);
  }

  @Mutation(() => OrgUnit)
  @Allow(Permission.UNIT_MANAGE)
  updateOrgUnit(@Arg('input') input: UpdateOrgUnitInput, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return updateOrgUnit(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: 'Moves a unit with its whole subtree under another parent.' })
  @Allow(Permission.UNIT_MANAGE)
  moveOrgUnit(@Arg('input') input: MoveOrgUnitInput, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return moveOrgUnit(ctx, input.id, input.newParentId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Null for the head office.' })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> | null {
    return unit.parent ? ctx.loaders.unit.load(unit.parent.id) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: 'From the head office down to the parent.' })
  ancestors(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext): Promise<OrgUnit[]> {
    return ancestorsOf(ctx, unit);
  }
}
