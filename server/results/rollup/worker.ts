import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import { latestModelVersions } from '../../indicators/index.js';
import { buildingOrganizations, rebuildOrganization, rollUpTail, syncRollupModels } from './upkeep.js';

export interface RollupWorker {
  /** Runs one round now (registers new model versions, rebuilds, drains the whole tail). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps the rollups just behind ingest: every `intervalMs` it rebuilds organisations that need
 * it (a model version published, a unit moved) and drains the outbox. Its first round also
 * catches up with model versions published while no server ran. Any number of server copies
 * may run one; the per-organisation lock and the outbox keep them from counting a response
 * twice. Results never wait for it: they read the tail too.
 */
export function startRollupWorker(orm: MikroORM, log: Logger, intervalMs: number): RollupWorker {
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let synced = false;

  const round = async () => {
    const em = orm.em.fork();
    // One organisation's failure (a row PostgreSQL refuses to index…) is logged and retried next
    // round; it never holds up the other organisations' rollups.
    const building = synced ? await buildingOrganizations(em) : await syncRollupModels(em, latestModelVersions);
    synced = true;
    for (const orgId of building) {
      const started = Date.now();
      try {
        const built = await rebuildOrganization(em, orgId);
        log.info({ orgId, ...built, ms: Date.now() - started }, 'result rollups rebuilt');
      } catch (error) {
        log.error({ err: error, orgId }, 'result rollup rebuild failed for an organisation; retrying next round');
      }
    }
    const failed = (orgId: string, error: unknown) =>
      log.error({ err: error, orgId }, 'result rollup of an organisation failed; retrying next round');
    while ((await rollUpTail(em, undefined, failed)) > 0 && !stopped);
  };
  const runOnce = () => {
    running ??= round().finally(() => (running = null));
    return running;
  };
  const tick = async () => {
    try {
      await runOnce();
    } catch (error) {
      log.error({ err: error }, 'result rollup upkeep failed; retrying');
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  if (intervalMs > 0) timer = setTimeout(() => void tick(), intervalMs);
  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
}
