import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { aggregateMetric, metricDefinitions, observationsInPeriod } from '../indicators/index.js';
import { OrgUnit, Permission, readableSubtrees, requireAccess, requirePrincipal } from '../org/index.js';
import { bucketsBetween, isLocalDate, scores } from '../results/index.js';
import {
  CommitmentSource,
  ServiceCommitment,
  type CommitmentAchievement,
  type CommitmentPeriod,
} from './service-commitment.entity.js';
import type { CommitmentInput, UpdateCommitmentInput } from './transparency.types.js';
import type { PublicPeriod } from './transparency-settings.entity.js';

const LOCALES = ['en', 'zh-CN', 'uk'];

function checkText(text: string, translations: { locale: string; text: string }[] = []) {
  if (!text.trim())
    throw badInput('Write the commitment, e.g. "A claim is paid within 5 working days."', { field: 'text' });
  for (const t of translations)
    if (!LOCALES.includes(t.locale))
      throw badInput(`Language "${t.locale}" is not offered; use en, zh-CN or uk.`, { field: 'translations' });
}

/** What measures the commitment, checked: a metric of the organisation, or a node of a model. */
async function measure(ctx: RequestContext, input: CommitmentInput) {
  if (!Number.isFinite(input.target)) throw badInput('Give the target as a number.', { field: 'target' });
  if (input.source === CommitmentSource.METRIC) {
    const def = input.metricKey ? (await metricDefinitions(ctx)).get(input.metricKey) : undefined;
    if (!def)
      throw badInput(`No metric "${input.metricKey ?? ''}": give the key of one of the organisation's metrics.`, {
        field: 'metricKey',
      });
    return { metricKey: def.key, modelId: null, indicatorKey: null, lowerIsBetter: def.target < def.worst };
  }
  if (!input.modelId) throw badInput('Name the indicator model: give modelId.', { field: 'modelId' });
  if (input.target < 0 || input.target > 100)
    throw badInput('An indicator score target lies between 0 and 100.', { field: 'target' });
  return { metricKey: null, modelId: input.modelId, indicatorKey: input.indicatorKey ?? null, lowerIsBetter: false };
}

export async function createCommitment(ctx: RequestContext, input: CommitmentInput): Promise<ServiceCommitment> {
  const principal = requirePrincipal(ctx);
  const unit = await requireAccess(ctx, Permission.UNIT_MANAGE, input.unitId);
  checkText(input.text, input.translations ?? []);
  const c = ctx.em.create(ServiceCommitment, {
    organization: principal.orgId,
    unitId: unit.id,
    text: input.text.trim(),
    translations: input.translations ?? [],
    source: input.source,
    target: input.target,
    published: input.published ?? false,
    ...(await measure(ctx, input)),
  });
  await ctx.em.flush();
  return c;
}

/** The commitment, when the caller holds `permission` over its unit (another organisation's: NOT_FOUND). */
export async function requireCommitment(ctx: RequestContext, id: string, permission: Permission) {
  const c = await ctx.em.findOne(ServiceCommitment, { id: requireId('Service commitment', id) });
  if (!c) throw notFound('Service commitment', id);
  await requireAccess(ctx, permission, c.unitId);
  return c;
}

export async function updateCommitment(ctx: RequestContext, input: UpdateCommitmentInput): Promise<ServiceCommitment> {
  const c = await requireCommitment(ctx, input.id, Permission.UNIT_MANAGE);
  if (input.text != null || input.translations != null) checkText(input.text ?? c.text, input.translations ?? []);
  if (input.text != null) c.text = input.text.trim();
  if (input.translations != null) c.translations = input.translations;
  if (input.target != null) {
    if (c.source === CommitmentSource.INDICATOR && (input.target < 0 || input.target > 100))
      throw badInput('An indicator score target lies between 0 and 100.', { field: 'target' });
    c.target = input.target;
  }
  if (input.published != null) c.published = input.published;
  await ctx.em.flush();
  return c;
}

export async function deleteCommitment(ctx: RequestContext, id: string): Promise<boolean> {
  const c = await requireCommitment(ctx, id, Permission.UNIT_MANAGE);
  await ctx.em.removeAndFlush(c);
  return true;
}

/** Commitments of units the caller reads (or under `under`), bounded: 500. */
export async function listCommitments(ctx: RequestContext, under: string | null): Promise<ServiceCommitment[]> {
  const paths = await readableSubtrees(ctx, Permission.RESULTS_READ, under);
  if (!paths.length) return [];
  const units = await ctx.em.find(OrgUnit, { $or: paths.map((p) => ({ path: { $like: `${p}%` } })) });
  const ids = units.map((u) => u.id);
  return ctx.em.find(ServiceCommitment, { unitId: { $in: ids } }, { orderBy: { createdAt: 'asc' }, limit: 500 });
}

const reached = (c: ServiceCommitment, value: number | null) =>
  value === null ? null : c.lowerIsBetter ? value <= c.target : value >= c.target;

/** One period's measure: the metric's rate over the unit's subtree, or the node's score (small groups withheld). */
async function measured(ctx: RequestContext, c: ServiceCommitment, unitPath: string, from: string, to: string) {
  if (c.source === CommitmentSource.METRIC) {
    const def = (await metricDefinitions(ctx)).get(c.metricKey ?? '');
    if (!def) return { value: null, count: null };
    const q = { orgId: c.organization.id, unitPath, exact: false, metricKeys: [def.key], from, to };
    const agg = aggregateMetric(def, await observationsInPeriod(ctx.em, q), new Date(from), new Date(to));
    return { value: agg.value, count: agg.observations ? agg.numerator : null };
  }
  const result = await scores(ctx, { modelId: c.modelId, unitId: c.unitId, from, to });
  const node = result.nodes.find((n) => (c.indicatorKey ? n.key === c.indicatorKey : n.parentKey === null));
  return { value: node?.score ?? null, count: result.responseCount };
}

/** The commitment measured in each period of [from, to), and the share of periods with data that met it. */
export async function achievementOf(
  ctx: RequestContext,
  c: ServiceCommitment,
  range: { from: string; to: string; period: PublicPeriod },
): Promise<CommitmentAchievement> {
  if (!isLocalDate(range.from) || !isLocalDate(range.to) || range.to <= range.from)
    throw badInput('Give from and to as YYYY-MM-DD, to after from (the day after the last).', { field: 'from' });
  const buckets = bucketsBetween(range.from, range.to, range.period);
  if (buckets.length > 60) throw badInput('Ask for at most 60 periods at once.', { field: 'to' });
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: c.unitId });
  const periods: CommitmentPeriod[] = [];
  for (const b of buckets) {
    const { value, count } = await measured(ctx, c, unit.path, b.start, b.end);
    periods.push({ label: b.label, from: b.start, to: b.end, value, count, met: reached(c, value) });
  }
  const judged = periods.filter((p) => p.met !== null);
  const achievementRate = judged.length ? judged.filter((p) => p.met).length / judged.length : null;
  return { commitment: c, periods, achievementRate };
}

export async function commitmentAchievement(
  ctx: RequestContext,
  input: { commitmentId: string; from: string; to: string; period: PublicPeriod },
): Promise<CommitmentAchievement> {
  const c = await requireCommitment(ctx, input.commitmentId, Permission.RESULTS_READ);
  return achievementOf(ctx, c, input);
}
