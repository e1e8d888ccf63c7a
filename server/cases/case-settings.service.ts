import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { Permission, requireOrganisationWide, requirePrincipal } from '../org/index.js';
import { CaseSettings, DEFAULT_CASE_SETTINGS } from './case-settings.entity.js';
import type { SaveCaseSettingsInput } from './case.inputs.js';

/** The most hours a level may wait after the due time: 30 days. */
const MAX_HOURS = 720;

/** The organisation's rules (the request's tenant): its saved row, or the defaults (not stored). */
export async function caseSettingsOf(em: EntityManager, orgId: string): Promise<CaseSettings> {
  const row = await em.findOne(CaseSettings, { organization: orgId });
  if (row) return row;
  return Object.assign(new CaseSettings(), DEFAULT_CASE_SETTINGS);
}

/** The hours after a step's due time at which levels 1, 2 and 3 fire. */
export const escalationHours = (s: CaseSettings): number[] => [
  s.remindOwnerAfterHours,
  s.unitManagerAfterHours,
  s.parentManagerAfterHours,
];

export async function getCaseSettings(ctx: RequestContext): Promise<CaseSettings> {
  const principal = requirePrincipal(ctx);
  await requireOrganisationWide(ctx, Permission.USER_MANAGE, 'Case escalation rules');
  return caseSettingsOf(ctx.em, principal.orgId);
}

function hoursProblem(field: keyof SaveCaseSettingsInput, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_HOURS)
    throw badInput(`${field} must be a whole number of hours after the due time, 0 to ${MAX_HOURS} (30 days).`, {
      field,
    });
}

/** Changes the rules (ADMIN at the head office); levels must come in order: owner, unit manager, parent unit. */
export async function saveCaseSettings(ctx: RequestContext, input: SaveCaseSettingsInput): Promise<CaseSettings> {
  const principal = requirePrincipal(ctx);
  await requireOrganisationWide(ctx, Permission.USER_MANAGE, 'Case escalation rules');
  hoursProblem('remindOwnerAfterHours', input.remindOwnerAfterHours);
  hoursProblem('unitManagerAfterHours', input.unitManagerAfterHours);
  hoursProblem('parentManagerAfterHours', input.parentManagerAfterHours);
  if (input.unitManagerAfterHours < input.remindOwnerAfterHours)
    throw badInput('The unit’s managers are told at the owner’s reminder or later: raise unitManagerAfterHours.', {
      field: 'unitManagerAfterHours',
    });
  if (input.parentManagerAfterHours < input.unitManagerAfterHours)
    throw badInput(
      'The parent unit’s managers are told at the unit managers’ step or later: raise parentManagerAfterHours.',
      { field: 'parentManagerAfterHours' },
    );
  if (!Number.isFinite(input.satisfiedFrom) || input.satisfiedFrom < 0 || input.satisfiedFrom > 100)
    throw badInput('satisfiedFrom is a score from 0 to 100.', { field: 'satisfiedFrom' });
  const row =
    (await ctx.em.findOne(CaseSettings, { organization: principal.orgId })) ??
    ctx.em.create(CaseSettings, { organization: principal.orgId });
  Object.assign(row, {
    remindOwnerAfterHours: input.remindOwnerAfterHours,
    unitManagerAfterHours: input.unitManagerAfterHours,
    parentManagerAfterHours: input.parentManagerAfterHours,
    satisfiedFrom: input.satisfiedFrom,
    updatedAt: new Date(),
    updatedBy: principal.userId,
  });
  await ctx.em.flush();
  return row;
}
