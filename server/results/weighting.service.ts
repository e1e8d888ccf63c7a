import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { postStratify, rake, type Cell, type Margin, type WeightingReport } from '../indicators/index.js';
import { Permission, requireOrganisationWide, requirePrincipal } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import type { Group } from './group.js';
import { WeightingKind, WeightingScheme } from './weighting-scheme.entity.js';

export const WEIGHTING_VARIABLES = ['unit', 'category', 'situation', 'channel'] as const;

export interface WeightingInput {
  name: string;
  kind: WeightingKind;
  cells?: Cell[] | null;
  margins?: Margin[] | null;
  tolerance?: number | null;
  maxIterations?: number | null;
  trimMin?: number | null;
  trimMax?: number | null;
}

export async function createScheme(ctx: RequestContext, input: WeightingInput): Promise<WeightingScheme> {
  await requireOrganisationWide(ctx, Permission.QUESTIONNAIRE_AUTHOR, 'Weighting schemes');
  const name = input.name.trim();
  if (!name) throw badInput('A weighting scheme needs a name.', { field: 'name' });
  const cells = input.cells ?? [];
  const margins = input.margins ?? [];
  if (input.kind === WeightingKind.POST_STRATIFICATION) {
    if (!cells.length)
      throw badInput('Post-stratification needs the population of each unit × category cell.', { field: 'cells' });
    const units = new Set(
      (await ctx.em.find(OrgUnit, { id: { $in: cells.map((c) => requireId('Org unit', c.unitId)) } })).map((u) => u.id),
    );
    const missing = cells.filter((c) => !units.has(c.unitId)).map((c) => c.unitId);
    if (missing.length) throw notFound('Org unit', missing[0]);
    if (cells.some((c) => !(c.population >= 0)))
      throw badInput('Populations must be zero or more.', { field: 'cells' });
  } else {
    if (margins.length < 2) throw badInput('Raking needs margins for two or more variables.', { field: 'margins' });
    for (const m of margins) {
      if (!(WEIGHTING_VARIABLES as readonly string[]).includes(m.variable))
        throw badInput(`"${m.variable}" is not a weighting variable; use ${WEIGHTING_VARIABLES.join(', ')}.`, {
          field: 'margins',
        });
      if (!m.targets.length || m.targets.some((t) => !(t.population > 0)))
        throw badInput(`Every target of "${m.variable}" needs a positive population.`, { field: 'margins' });
    }
  }
  const tolerance = input.tolerance ?? 0.001;
  const maxIterations = input.maxIterations ?? 50;
  if (!(tolerance > 0) || !(maxIterations >= 1 && maxIterations <= 1000))
    throw badInput('tolerance must be positive and maxIterations between 1 and 1000.');
  if (input.trimMin != null && input.trimMax != null && input.trimMin > input.trimMax)
    throw badInput('trimMin is above trimMax.', { field: 'trimMin' });
  const scheme = ctx.em.create(WeightingScheme, {
    organization: requirePrincipal(ctx).orgId,
    name,
    kind: input.kind,
    cells,
    margins,
    tolerance,
    maxIterations,
    trimMin: input.trimMin ?? null,
    trimMax: input.trimMax ?? null,
  });
  await ctx.em.flush();
  return scheme;
}

export async function getScheme(ctx: RequestContext, id: string): Promise<WeightingScheme> {
  const scheme = await ctx.em.findOne(WeightingScheme, { id: requireId('Weighting scheme', id) });
  if (!scheme) throw notFound('Weighting scheme', id);
  return scheme;
}

/** The organisation's weighting schemes by name (then id), one page at a time. */
export async function listSchemes(ctx: RequestContext, args: PageArgs): Promise<Page<WeightingScheme>> {
  const first = pageSize(args);
  const total = await ctx.em.count(WeightingScheme, {});
  const after = decodeCursor(args.after);
  const where = after
    ? { $or: [{ name: { $gt: String(after[0]) } }, { name: String(after[0]), id: { $gt: String(after[1]) } }] }
    : {};
  const rows = await ctx.em.find(WeightingScheme, where, { orderBy: { name: 'asc', id: 'asc' }, limit: first + 1 });
  return toPage(rows, first, total, (w) => [w.name, w.id], Boolean(after));
}

/**
 * ω for the responses of each group of a scope (alike in every weighting variable): 1 without a
 * scheme. `inScope` holds the units of the scheme's cells inside the scope: only their cells can
 * be uncovered (a branch's result never lists other branches' cells).
 */
export function weightsFor(
  scheme: WeightingScheme | null,
  groups: Group[],
  inScope?: ReadonlySet<string> | null,
): WeightingReport {
  if (!scheme) return { weights: groups.map(() => 1), outOfFrame: 0, uncovered: [], iterations: 0, converged: true };
  const count = (g: Group) => g.cell.stats.responses;
  if (scheme.kind === WeightingKind.POST_STRATIFICATION)
    return postStratify(
      groups.map((g) => ({ unitId: g.unitId, category: g.category, count: count(g) })),
      inScope ? scheme.cells.filter((c) => inScope.has(c.unitId)) : scheme.cells,
    );
  return rake(
    groups.map((g) => ({
      unit: g.unitId,
      category: g.category,
      situation: g.situation,
      channel: g.channel,
      count: count(g),
    })),
    scheme.margins,
    {
      tolerance: scheme.tolerance,
      maxIterations: scheme.maxIterations,
      trimMin: scheme.trimMin,
      trimMax: scheme.trimMax,
    },
  );
}

/** The units of a post-stratification scheme's cells that lie in the subtree at `path`. */
export async function schemeUnitsUnder(
  ctx: RequestContext,
  scheme: WeightingScheme | null,
  path: string,
): Promise<Set<string> | null> {
  if (scheme?.kind !== WeightingKind.POST_STRATIFICATION) return null;
  const ids = [...new Set(scheme.cells.map((c) => c.unitId))];
  const units = await ctx.em.find(OrgUnit, { id: { $in: ids }, path: { $like: `${path}%` } }, { fields: ['id'] });
  return new Set(units.map((u) => u.id));
}
