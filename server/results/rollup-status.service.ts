import type { RequestContext } from '../graphql/context.js';
import { Permission, requireOrganisationWide, requirePrincipal } from '../org/index.js';
import { RollupStatus } from './rollup/result-cell.entity.js';

export interface RollupModelStatus {
  modelVersionId: string;
  status: RollupStatus;
  builtAt: Date | null;
}

export interface RollupStatusResult {
  /** Responses stored but not yet in the rollup cells (results read them raw meanwhile). */
  tailResponses: number;
  /** When the oldest of them joined the tail; null when the tail is empty. */
  oldestQueuedAt: Date | null;
  /** Seconds since then: how far behind the rollup worker is (0 when it has caught up). */
  lagSeconds: number;
  /** When the organisation's rollups were last rebuilt (the latest rebuild of any rolled-up model version). */
  lastRebuiltAt: Date | null;
  /** Whether a rebuild is waiting or under way (results scan responses meanwhile). */
  rebuilding: boolean;
  models: RollupModelStatus[];
}

/** How far behind the rollup worker is for the caller's organisation, and when it was last rebuilt. */
export async function rollupStatus(ctx: RequestContext): Promise<RollupStatusResult> {
  await requireOrganisationWide(ctx, Permission.RESULTS_READ, 'Rollup status and rebuilds');
  const orgId = requirePrincipal(ctx).orgId;
  const [tail]: { count: number; oldest: Date | string | null; lag: number | null }[] = await ctx.em.execute(
    `select count(*)::int as count, min(queued_at) as oldest, extract(epoch from now() - min(queued_at))::float8 as lag
       from rollup_outbox where organization_id = ?`,
    [orgId],
  );
  const rows: { model_version_id: string; status: RollupStatus; built_at: Date | string | null }[] =
    await ctx.em.execute(
      `select model_version_id, status, built_at from rollup_model where organization_id = ? order by built_at desc nulls last`,
      [orgId],
    );
  const date = (d: Date | string | null) => (d === null ? null : new Date(d));
  const built = rows.map((r) => date(r.built_at)).filter((d): d is Date => d !== null);
  return {
    tailResponses: tail.count,
    oldestQueuedAt: date(tail.oldest),
    lagSeconds: Math.max(0, tail.lag ?? 0),
    lastRebuiltAt: built.length ? new Date(Math.max(...built.map((d) => d.getTime()))) : null,
    rebuilding: rows.some((r) => r.status === RollupStatus.BUILDING),
    models: rows.map((r) => ({ modelVersionId: r.model_version_id, status: r.status, builtAt: date(r.built_at) })),
  };
}
