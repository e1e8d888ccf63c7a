import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { pgArray } from '../db/sql.js';
import { requirePrincipal } from '../org/index.js';
import { staffRegister } from '../responses/index.js';
import { Case } from './case.entity.js';

@ObjectType({ description: 'The staff member a case names: who served the client (the unit’s staff register).' })
export class CaseStaffMember {
  @Field(() => ID, { description: 'Id of the staff member.' }) id!: string;
  @Field({ description: 'Their name.' }) name!: string;
  @Field({ description: 'Their post (COUNTER_CLERK, CLAIMS_ADJUSTER, CALL_CENTRE_AGENT, MANAGER, OTHER).' })
  post!: string;
}

@Resolver(() => Case)
export class CaseStaffResolver {
  @FieldResolver(() => CaseStaffMember, {
    nullable: true,
    description: 'The staff member who served, when the case names one (kept when they leave the unit).',
  })
  async staff(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseStaffMember | null> {
    if (!c.staffId) return null;
    const [member] = await staffRegister().describe(ctx.em, requirePrincipal(ctx).orgId, [c.staffId]);
    return member ? { id: member.id, name: member.name, post: member.post } : null;
  }
}

/**
 * Cases received in [from, to) naming each of these staff members: staff id → count. For the
 * fieldwork module's staff breakdown, installed through its port by the composition root.
 */
export async function casesNamingStaff(
  em: EntityManager,
  orgId: string,
  staffIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  if (!staffIds.length) return new Map();
  const rows: { staff_id: string; n: string }[] = await em.getConnection().execute(
    `select staff_id, count(*) as n from complaint_case
      where organization_id = ? and staff_id = any(?::uuid[]) and received_at >= ? and received_at < ?
      group by staff_id`,
    [orgId, pgArray(staffIds), from, to],
  );
  return new Map(rows.map((r) => [r.staff_id, Number(r.n)]));
}
