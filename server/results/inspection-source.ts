import type { RequestContext } from '../graphql/context.js';
import { emptyStats, walk, type ModelDefinition, type ScopeStats } from '../indicators/index.js';
import { startOfLocalDate } from './periods.js';
import type { Scope } from './scope.service.js';

/** What the results module asks of inspection visits for one unit (or subtree) and period. */
export interface InspectionQuery {
  orgId: string;
  model: ModelDefinition;
  /** The model version scored (the inspection cells are kept per version). */
  modelVersionId: string;
  /** The organisation's time zone, in which months and days are counted. */
  timeZone: string;
  /** The unit's materialised path: its subtree, or only the unit itself when `exact`. */
  unitPath: string;
  exact: boolean;
  /** Half-open [from, to) of visit end times, as instants (the organisation's local days). */
  from: Date;
  to: Date;
  /** The same period as local dates, `to` excluded. */
  fromDate: string;
  toDate: string;
}

/**
 * A port (docs/architecture.md, The composition root): the statistics of the INSPECTION leaves
 * over submitted visits, built with the same engine as responses' (indicators' addResponse), so
 * the same rules apply. The fieldwork module, which comes after results, fills it in; the
 * default knows no visits.
 */
export interface InspectionSource {
  stats(ctx: RequestContext, query: InspectionQuery): Promise<ScopeStats>;
}

let source: InspectionSource = { stats: () => Promise.resolve(emptyStats()) };

/** Installed once by the composition root (server/app/modules.ts). */
export function useInspectionSource(next: InspectionSource): void {
  source = next;
}

// A ranking asks once per unit; a published definition never changes, so each is walked once.
const withInspections = new WeakMap<ModelDefinition, boolean>();
function hasInspections(model: ModelDefinition): boolean {
  let found = withInspections.get(model);
  if (found === undefined)
    withInspections.set(model, (found = [...walk(model.root)].some(({ node }) => node.kind === 'INSPECTION')));
  return found;
}

/** The visits' statistics for a unit's subtree (or the unit alone) over [from, to); empty without INSPECTION leaves. */
export async function scopeInspections(
  ctx: RequestContext,
  scope: Scope,
  from: string,
  to: string,
  unitPath: string,
  exact = false,
): Promise<ScopeStats | undefined> {
  const model = scope.model.definition;
  if (!hasInspections(model)) return undefined;
  return source.stats(ctx, {
    orgId: scope.orgId,
    model,
    modelVersionId: scope.model.version.id,
    timeZone: scope.timeZone,
    fromDate: from,
    toDate: to,
    unitPath,
    exact,
    from: startOfLocalDate(from, scope.timeZone),
    to: startOfLocalDate(to, scope.timeZone),
  });
}
