import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput, forbidden, notFound, requireId } from '../graphql/errors.js';
import { decodeCursor, olderThan, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { canAccessPath, readableSubtrees, requireAccess, requirePrincipal, requireUsableAt } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { Questionnaire } from '../questionnaires/index.js';
import { QuestionnaireVersion } from '../questionnaires/index.js';
import {
  distributionLinks,
  pinDistributionLinks,
  syncDistributionLinks,
  type ResponseLink,
} from '../responses/index.js';
import { Channel } from '../responses/index.js';
import { AnonymityMode, Distribution, DistributionStatus } from './distribution.entity.js';

export interface MessageTemplateInput {
  language: string;
  subject?: string | null;
  body: string;
}

export interface DistributionInput {
  name?: string | null;
  questionnaireId?: string | null;
  versionId?: string | null;
  channel?: Channel | null;
  unitIds?: string[] | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  quota?: number | null;
  languages?: string[] | null;
  respondentCategory?: string | null;
  serviceSituation?: string | null;
  askServiceSituation?: boolean | null;
  anonymity?: AnonymityMode | null;
  invitationValidDays?: number | null;
  reminderDelaysHours?: number[] | null;
  messageTemplates?: MessageTemplateInput[] | null;
}

/** Channels whose respondents come through a personal invitation, never the distribution's own link. */
export const INVITATION_CHANNELS: readonly Channel[] = [Channel.EMAIL, Channel.SMS];
export const MAX_REMINDERS = 5;

function checkInput(input: DistributionInput, current?: Distribution): void {
  const opensAt = input.opensAt !== undefined ? input.opensAt : current?.opensAt;
  const closesAt = input.closesAt !== undefined ? input.closesAt : current?.closesAt;
  if (input.name !== undefined && input.name !== null && !input.name.trim())
    throw badInput('A distribution needs a name.', { field: 'name' });
  if (opensAt && closesAt && closesAt <= opensAt)
    throw badInput('closesAt must be after opensAt.', { field: 'closesAt' });
  if (input.quota != null && (!Number.isInteger(input.quota) || input.quota < 1))
    throw badInput('quota must be a whole number of responses, 1 or more (leave it out for no quota).', {
      field: 'quota',
    });
  if (
    input.invitationValidDays != null &&
    (!Number.isInteger(input.invitationValidDays) || input.invitationValidDays < 1 || input.invitationValidDays > 366)
  ) {
    throw badInput('invitationValidDays must be between 1 and 366.', { field: 'invitationValidDays' });
  }
  const delays = input.reminderDelaysHours;
  if (delays) {
    if (delays.length > MAX_REMINDERS)
      throw badInput(`At most ${MAX_REMINDERS} reminders.`, { field: 'reminderDelaysHours' });
    if (delays.some((d) => !Number.isFinite(d) || d <= 0))
      throw badInput('Every reminder delay must be a positive number of hours.', { field: 'reminderDelaysHours' });
  }
  for (const t of input.messageTemplates ?? []) {
    if (!t.body.includes('{{link}}'))
      throw badInput(`The ${t.language} message must contain {{link}}, where the personal link goes.`, {
        field: 'messageTemplates',
      });
  }
  if (input.languages?.some((l) => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(l)))
    throw badInput('languages are codes such as en, uk, zh-cn.', { field: 'languages' });
}

async function targetUnits(
  ctx: RequestContext,
  unitIds: string[],
  ownerUnitId: string,
  em: EntityManager,
): Promise<OrgUnit[]> {
  if (!unitIds.length) throw badInput('Name at least one unit the responses are filed under.', { field: 'unitIds' });
  const units: OrgUnit[] = [];
  for (const id of [...new Set(unitIds)]) {
    const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, id, em);
    await requireUsableAt(ctx, Permission.QUESTIONNAIRE_READ, unit, ownerUnitId, em);
    units.push(unit);
  }
  return units;
}

/**
 * The questionnaire to distribute. Access is decided by the target units (requireUsableAt): a
 * unit may distribute what it may read, and what the units above it own.
 */
async function questionnaireOf(em: EntityManager, id: string): Promise<Questionnaire> {
  const q = await em.findOne(Questionnaire, { id: requireId('Questionnaire', id) });
  if (!q) throw notFound('Questionnaire', id);
  return q;
}

/** The version new links point at: the pinned one, or the latest published one. */
async function currentVersion(
  q: Questionnaire,
  versionId: string | null | undefined,
  em: EntityManager,
): Promise<QuestionnaireVersion> {
  if (versionId) {
    const version = await em.findOne(QuestionnaireVersion, {
      id: requireId('Questionnaire version', versionId),
      questionnaire: q.id,
    });
    if (!version) throw notFound('Version of this questionnaire', versionId);
    if (version.retiredAt)
      throw badInput(
        `Version ${version.number} is retired; pin a current version or leave versionId out for the latest.`,
        { field: 'versionId' },
      );
    return version;
  }
  const latest = q.latestVersionNumber
    ? await em.findOne(QuestionnaireVersion, { questionnaire: q.id, number: q.latestVersionNumber })
    : null;
  if (!latest)
    throw badInput(`"${q.title}" has no published version yet; publish it first.`, { field: 'questionnaireId' });
  return latest;
}

/** One link per unit of the distribution (created for units that have none yet; others closed). */
function ensureLinks(em: EntityManager, d: Distribution, units: OrgUnit[], versionId: string, userId: string | null) {
  const unitIds = units.map((u) => u.id);
  return syncDistributionLinks(em, {
    orgId: d.organization.id,
    distributionId: d.id,
    channel: d.channel,
    unitIds,
    versionId,
    userId,
  });
}

function templatesOf(input: MessageTemplateInput[] | null | undefined) {
  if (!input?.length) return null;
  return Object.fromEntries(input.map((t) => [t.language, { subject: t.subject ?? undefined, body: t.body }]));
}

export async function createDistribution(ctx: RequestContext, input: DistributionInput): Promise<Distribution> {
  const principal = requirePrincipal(ctx);
  checkInput(input);
  if (!input.name?.trim()) throw badInput('A distribution needs a name.', { field: 'name' });
  if (!input.questionnaireId) throw badInput('Name the questionnaire.', { field: 'questionnaireId' });
  if (!input.channel) throw badInput('Name the channel.', { field: 'channel' });
  const questionnaireId = requireId('Questionnaire', input.questionnaireId);
  return ctx.em.transactional(async (em) => {
    const q = await questionnaireOf(em, questionnaireId);
    const units = await targetUnits(ctx, input.unitIds ?? [], q.unit.id, em);
    const version = await currentVersion(q, input.versionId, em);
    const d = em.create(Distribution, {
      organization: principal.orgId,
      name: input.name!.trim(),
      questionnaireId: q.id,
      pinnedVersionId: input.versionId ? version.id : null,
      channel: input.channel!,
      unitIds: units.map((u) => u.id),
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
      quota: input.quota ?? null,
      languages: input.languages ?? [],
      respondentCategory: input.respondentCategory?.trim() || null,
      serviceSituation: input.serviceSituation?.trim() || null,
      askServiceSituation: input.askServiceSituation ?? false,
      anonymity: input.anonymity ?? AnonymityMode.ANONYMOUS,
      invitationValidDays: input.invitationValidDays ?? 30,
      reminderDelaysHours: input.reminderDelaysHours ?? [],
      messageTemplates: templatesOf(input.messageTemplates),
      createdBy: principal.userId,
    });
    await ensureLinks(em, d, units, version.id, principal.userId);
    await em.flush();
    return d;
  });
}

/**
 * A distribution of the caller's organisation, to change: `permission` must hold on every unit it
 * covers, since a change (quota, window, status, units) acts on all of them. The refusal names no
 * unit, so it tells nothing about units outside the caller's subtree.
 */
export async function loadDistribution(
  ctx: RequestContext,
  id: string,
  permission: Permission,
  em: EntityManager = ctx.em,
): Promise<Distribution> {
  const { d, units, mine } = await distributionWithUnits(ctx, id, permission, em);
  if (mine.length < units.length) {
    throw forbidden(
      `This distribution also covers units outside your part of the organisation: changing it needs ${permission} over every unit it covers. Ask whoever created it, or an administrator above those units.`,
    );
  }
  return d;
}

/**
 * A distribution of the caller's organisation, to read or to act on one of its units: `permission`
 * must hold on at least one of them. `units` are those units (what the caller may see of it).
 */
export async function loadDistributionForUnits(
  ctx: RequestContext,
  id: string,
  permission: Permission,
  em: EntityManager = ctx.em,
): Promise<{ d: Distribution; units: OrgUnit[] }> {
  const { d, mine } = await distributionWithUnits(ctx, id, permission, em);
  return { d, units: mine };
}

async function distributionWithUnits(ctx: RequestContext, id: string, permission: Permission, em: EntityManager) {
  const principal = requirePrincipal(ctx);
  const d = await em.findOne(Distribution, { id: requireId('Distribution', id) });
  if (!d) throw notFound('Distribution', id);
  const units = await em.find(OrgUnit, { id: { $in: d.unitIds } });
  if (!units.length) throw notFound('Distribution', id);
  const mine = units.filter((u) => canAccessPath(principal, permission, u.path));
  if (!mine.length)
    throw forbidden(
      `This distribution covers none of your units: it needs ${permission}, which none of your roles grants over its units.`,
    );
  return { d, units, mine };
}

/**
 * The ids of the distribution's units the caller may read (every unit for a caller above them
 * all): what the caller sees of its units, links, invitations and counts.
 */
export async function visibleUnitIds(ctx: RequestContext, d: Distribution): Promise<Set<string>> {
  const principal = requirePrincipal(ctx);
  const units = await ctx.loaders.unit.loadMany(d.unitIds);
  return new Set(
    units
      .filter(
        (u): u is OrgUnit => u instanceof OrgUnit && canAccessPath(principal, Permission.QUESTIONNAIRE_READ, u.path),
      )
      .map((u) => u.id),
  );
}

export async function updateDistribution(
  ctx: RequestContext,
  id: string,
  input: DistributionInput & { status?: DistributionStatus | null },
): Promise<Distribution> {
  const principal = requirePrincipal(ctx);
  return ctx.em.transactional(async (em) => {
    const d = await loadDistribution(ctx, id, Permission.QUESTIONNAIRE_AUTHOR, em);
    checkInput(input, d);
    if (input.questionnaireId && input.questionnaireId !== d.questionnaireId)
      throw badInput('A distribution keeps its questionnaire; create another distribution for another one.', {
        field: 'questionnaireId',
      });
    if (input.channel && input.channel !== d.channel)
      throw badInput('A distribution keeps its channel; create another distribution for another channel.', {
        field: 'channel',
      });
    if (d.status === DistributionStatus.CLOSED)
      throw badInput('This distribution is closed; closed distributions do not change.', { field: 'status' });
    if (input.name) d.name = input.name.trim();
    if (input.opensAt !== undefined) d.opensAt = input.opensAt;
    if (input.closesAt !== undefined) d.closesAt = input.closesAt;
    if (input.quota !== undefined) d.quota = input.quota;
    if (input.languages) d.languages = input.languages;
    if (input.respondentCategory !== undefined) d.respondentCategory = input.respondentCategory?.trim() || null;
    if (input.serviceSituation !== undefined) d.serviceSituation = input.serviceSituation?.trim() || null;
    if (input.askServiceSituation != null) d.askServiceSituation = input.askServiceSituation;
    if (input.anonymity && input.anonymity !== d.anonymity) {
      const [{ n }] = await em
        .getConnection()
        .execute(`select count(*)::int n from invitation where distribution_id = ?`, [d.id]);
      if (n > 0)
        throw badInput(
          'The anonymity mode cannot change once invitations went out: respondents were told how their answers are kept.',
          { field: 'anonymity' },
        );
      d.anonymity = input.anonymity;
    }
    if (input.invitationValidDays) d.invitationValidDays = input.invitationValidDays;
    if (input.reminderDelaysHours) d.reminderDelaysHours = input.reminderDelaysHours;
    if (input.messageTemplates) d.messageTemplates = templatesOf(input.messageTemplates);
    if (input.versionId !== undefined || input.unitIds) {
      const q = await questionnaireOf(em, d.questionnaireId);
      const versionId = input.versionId !== undefined ? input.versionId : d.pinnedVersionId;
      const version = await currentVersion(q, versionId, em);
      d.pinnedVersionId = versionId ? version.id : null;
      const units = input.unitIds
        ? await targetUnits(ctx, input.unitIds, q.unit.id, em)
        : await em.find(OrgUnit, { id: { $in: d.unitIds } });
      d.unitIds = units.map((u) => u.id);
      await ensureLinks(em, d, units, version.id, principal.userId);
      if (d.pinnedVersionId) await pinDistributionLinks(em, d.id, d.pinnedVersionId);
    }
    if (input.status) d.status = input.status;
    await em.flush();
    return d;
  });
}

export async function setDistributionStatus(
  ctx: RequestContext,
  id: string,
  status: DistributionStatus,
): Promise<Distribution> {
  const d = await loadDistribution(ctx, id, Permission.QUESTIONNAIRE_AUTHOR);
  if (d.status === DistributionStatus.CLOSED && status !== DistributionStatus.CLOSED)
    throw badInput('This distribution is closed for good; create a new one to collect again.', { field: 'status' });
  d.status = status;
  await ctx.em.flush();
  return d;
}

export async function getDistribution(ctx: RequestContext, id: string): Promise<Distribution> {
  return (await loadDistributionForUnits(ctx, id, Permission.QUESTIONNAIRE_READ)).d;
}

export interface DistributionFilter {
  under?: string | null;
  questionnaireId?: string | null;
  status?: DistributionStatus | null;
  channel?: Channel | null;
}

/** Distributions with at least one unit the caller may read questionnaires of, newest first. */
export async function listDistributions(
  ctx: RequestContext,
  filter: DistributionFilter,
  args: PageArgs,
): Promise<Page<Distribution>> {
  const first = pageSize(args);
  const subtrees = await readableSubtrees(ctx, Permission.QUESTIONNAIRE_READ, filter.under);
  if (!subtrees.length) return toPage([], first, 0, () => [], false);
  const visible: { id: string }[] = await ctx.em.getConnection().execute(
    `select d.id from distribution d where d.organization_id = ? and exists (
       select 1 from jsonb_array_elements_text(d.unit_ids) u join org_unit o on o.id = u::uuid where o.path like any(?::text[]))`,
    [requirePrincipal(ctx).orgId, pgArray(subtrees.map((p) => `${p}%`))],
  );
  const where: Record<string, unknown>[] = [{ id: { $in: visible.map((r) => r.id) } }];
  if (filter.questionnaireId) where.push({ questionnaireId: requireId('Questionnaire', filter.questionnaireId) });
  if (filter.status) where.push({ status: filter.status });
  if (filter.channel) where.push({ channel: filter.channel });
  const cursor = decodeCursor(args.after);
  const [rows, total] = await Promise.all([
    ctx.em.find(
      Distribution,
      { $and: cursor ? [...where, olderThan('createdAt', cursor)] : where },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    ),
    ctx.em.count(Distribution, { $and: where }),
  ]);
  return toPage(rows, first, total, (r) => [r.createdAt.toISOString(), r.id], Boolean(cursor));
}

/** The distribution's open links the caller may see, one per unit (none of them public for invitation channels). */
export async function linksOf(ctx: RequestContext, d: Distribution): Promise<ResponseLink[]> {
  const visible = await visibleUnitIds(ctx, d);
  return (await distributionLinks(ctx.em, d.id)).filter((l) => visible.has(l.unit.id));
}
