import type { RequestContext } from '../graphql/context.js';
import { closedActions, type PublishedAction } from '../actions/index.js';
import { OrgUnit, timeZoneOf } from '../org/index.js';
import { addDays, bucketOf, localDate, scores } from '../results/index.js';
import { achievementOf } from './commitment.service.js';
import { PublishedComment } from './published-comment.entity.js';
import type { PageLocale } from './public-page.messages.js';
import { ServiceCommitment } from './service-commitment.entity.js';
import type { TransparencySettings } from './transparency-settings.entity.js';

type Period = { start: string; end: string; label: string };

export interface PublicUnit {
  name: string;
  /** Null when withheld (fewer responses than the minimum group size). */
  score: number | null;
  band: string | null;
  responses: number;
  withheld: boolean;
}

export interface PublicCommitment {
  text: string;
  target: number;
  isRate: boolean;
  lowerIsBetter: boolean;
  latest: number | null;
  met: number;
  judged: number;
}

export interface PublicPage {
  period: Period;
  minGroupSize: number;
  method: { index: string; parts: { label: string; share: number }[]; bands: string[] } | null;
  units: PublicUnit[];
  commitments: PublicCommitment[];
  actions: (PublishedAction & { unitName: string })[];
  comments: { unitName: string; text: string }[];
}

/** The latest complete period of the kind, in the organisation's time zone. */
export function latestPeriod(today: string, kind: TransparencySettings['period']): Period {
  return bucketOf(addDays(bucketOf(today, kind).start, -1), kind);
}

const labelIn = (node: { label: string; labelTranslations?: { locale: string; text: string }[] }, locale: string) =>
  node.labelTranslations?.find((t) => t.locale === locale)?.text || node.label;

/** Everything the page shows, read as the organisation and then cut to what is published. */
export async function publicPage(
  ctx: RequestContext,
  settings: TransparencySettings,
  org: { id: string; minGroupSize: number },
  locale: PageLocale,
): Promise<PublicPage> {
  const period = latestPeriod(localDate(new Date(), await timeZoneOf(ctx.em, org.id)), settings.period);
  const units = await ctx.em.find(OrgUnit, { id: { $in: [...settings.unitIds] } }, { orderBy: { path: 'asc' } });
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const page: PublicPage = {
    period,
    minGroupSize: org.minGroupSize,
    method: null,
    units: [],
    commitments: [],
    actions: [],
    comments: [],
  };
  for (const unit of units) {
    if (!settings.modelId) break;
    const result = await scores(ctx, {
      modelId: settings.modelId,
      unitId: unit.id,
      from: period.start,
      to: period.end,
    });
    const root = result.nodes.find((n) => n.parentKey === null);
    if (!page.method) page.method = methodOf(result.scope.model.definition, locale);
    const withheld = result.responseCount < org.minGroupSize || Boolean(root?.withheldReason) || root?.score == null;
    page.units.push({
      name: unit.name,
      score: withheld ? null : root!.score,
      band: withheld ? null : (root?.band?.label ?? null),
      responses: withheld ? 0 : result.responseCount,
      withheld,
    });
  }
  const commitments = await ctx.em.find(ServiceCommitment, { published: true }, { orderBy: { createdAt: 'asc' } });
  // The last four periods up to the one shown.
  const from = [1, 2, 3].reduce((d) => bucketOf(addDays(d, -1), settings.period).start, period.start);
  for (const c of commitments) {
    const a = await achievementOf(ctx, c, { from, to: period.end, period: settings.period });
    const judged = a.periods.filter((p) => p.met !== null);
    page.commitments.push({
      text: c.translations.find((t) => t.locale === locale)?.text || c.text,
      target: c.target,
      isRate: c.source === 'METRIC',
      lowerIsBetter: c.lowerIsBetter,
      latest: a.periods.at(-1)?.value ?? null,
      met: judged.filter((p) => p.met).length,
      judged: judged.length,
    });
  }
  const actions = await closedActions(ctx.em, settings.actionIds);
  const actionUnits = await ctx.em.find(OrgUnit, { id: { $in: actions.map((a) => a.unitId) } });
  const actionUnitName = new Map(actionUnits.map((u) => [u.id, u.name]));
  page.actions = actions.map((a) => ({ ...a, unitName: actionUnitName.get(a.unitId) ?? '' }));
  const published = new Set(page.units.filter((u) => !u.withheld).map((u) => u.name));
  const comments = await ctx.em.find(
    PublishedComment,
    { unitId: { $in: [...settings.unitIds] } },
    { orderBy: { approvedAt: 'desc' }, limit: 50 },
  );
  page.comments = comments
    .map((c) => ({ unitName: nameOf.get(c.unitId) ?? '', text: c.text }))
    .filter((c) => published.has(c.unitName));
  return page;
}

type Definition = Awaited<ReturnType<typeof scores>>['scope']['model']['definition'];

/** The model in words: the index, its parts with their share of the weight, the bands. */
function methodOf(def: Definition, locale: string): PublicPage['method'] {
  const total = def.root.children.reduce((s, c) => s + c.weight, 0) || 1;
  return {
    index: labelIn(def.root, locale),
    parts: def.root.children.map((c) => ({ label: labelIn(c, locale), share: Math.round((c.weight / total) * 100) })),
    bands: def.bands.map((b) => `${b.label} (${b.min}–${b.max})`),
  };
}
