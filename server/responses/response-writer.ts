import type { EntityManager } from '@mikro-orm/postgresql';
import { emit } from '../events/index.js';
import './events.js';
import { submissionGate } from './submission-gate.js';

/** The response columns a submission writes, with the types PostgreSQL needs for VALUES lists. */
export const RESPONSE_COLUMNS: [string, string][] = [
  ['id', 'uuid'],
  ['organization_id', 'uuid'],
  ['unit_id', 'uuid'],
  ['questionnaire_id', 'uuid'],
  ['questionnaire_version_id', 'uuid'],
  ['link_id', 'uuid'],
  ['channel', 'text'],
  ['category', 'text'],
  ['situation', 'text'],
  ['language', 'text'],
  ['status', 'text'],
  ['started_at', 'timestamptz'],
  ['completed_at', 'timestamptz'],
  ['submitted_at', 'timestamptz'],
  ['duration_seconds', 'integer'],
  ['is_test', 'boolean'],
  ['answers', 'jsonb'],
  ['entered_by', 'uuid'],
  ['score', 'double precision'],
  ['band', 'text'],
  ['model_version_id', 'uuid'],
  ['confidential', 'boolean'],
  ['staff_id', 'uuid'],
];

/** The partition a row of these columns is filed under (the Response entity's `partitionMonth`). */
export const PARTITION_MONTH_SQL = `date_trunc('month', coalesce(completed_at, submitted_at) at time zone 'UTC')::date`;

/** The distribution a completed response counts towards (none for test links and plain links). */
export interface Counter {
  distributionId: string;
  quota: number | null;
}

export interface NewResponse {
  orgId: string;
  clientRequestId: string;
  responseId: string;
  /** In RESPONSE_COLUMNS order. */
  values: unknown[];
  counter?: Counter | null;
}

interface Pending extends NewResponse {
  resolve: (claimed: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 64;
/**
 * Batches being written at once. Under load the others wait for one to commit, and what arrives
 * meanwhile joins the next batch: a few large batches instead of many small ones (each costs a
 * transaction of six statements, and on a busy machine every round trip costs a system call
 * each way). Two, not one, so PostgreSQL works on a batch while the server prepares the next.
 */
const IN_FLIGHT = 2;

const WRITE_RETRIES = 3;
// A deadlock or serialization failure rolled the statement back: nothing was stored, try again.
const retryable = (error: unknown) => ['40P01', '40001'].includes((error as { code?: string })?.code ?? '');

function statement(count: number): string {
  const row = `(?::uuid, ?::text, ${RESPONSE_COLUMNS.map(([, type]) => `?::${type}`).join(', ')})`;
  const columns = RESPONSE_COLUMNS.map(([name]) => name).join(', ');
  return `with input (key_org, key_id, ${columns}) as (values ${Array.from({ length: count }, () => row).join(', ')}),
    claimed as (
      insert into response_key (id, organization_id, client_request_id, response_id, created_at)
      select gen_random_uuid(), key_org, key_id, id, now() from input
      on conflict (organization_id, client_request_id) do nothing returning response_id
    )
    insert into response (${columns}, partition_month) select ${columns}, ${PARTITION_MONTH_SQL} from input where id in (select response_id from claimed) returning id`;
}

/**
 * Writes submissions in groups: those that arrive while a write is being prepared, or while the
 * IN_FLIGHT batches before them commit, share one statement and one commit instead of one each.
 * Each claims its idempotency key and inserts its response in that same statement, and each
 * caller is answered only after it commits, so an acknowledged response is as durable as before. Nothing is kept between
 * batches: any server copy can write any submission.
 */
class ResponseWriter {
  private queue: Pending[] = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(private readonly em: EntityManager) {}

  /**
   * Resolves true when this submission claimed its key (stored), false when an earlier one had.
   * One counting towards a quota is written alone, admitted under its distribution's lock.
   */
  write(item: NewResponse): Promise<boolean> {
    if (item.counter?.quota != null)
      return withinQuota(this.em, item, (tx) => storeIn(tx, [item]).then((s) => s.size > 0));
    return new Promise((resolve, reject) => {
      this.queue.push({ ...item, resolve, reject });
      this.schedule();
    });
  }

  /** A flush on the next turn of the event loop, when a batch may start and none is due yet. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= IN_FLIGHT || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight >= IN_FLIGHT) return;
    const batch = this.queue.splice(0, MAX_BATCH);
    if (!batch.length) return;
    this.inFlight++;
    this.schedule();
    try {
      const stored = await this.store(batch);
      for (const p of batch) p.resolve(stored.has(p.responseId));
    } catch (error) {
      if (batch.length === 1 && !retryable(error)) return batch[0].reject(error);
      // One bad row must not fail the others: write them one by one.
      for (const p of batch) this.storeOne(p).then(p.resolve, p.reject);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }

  private store(batch: NewResponse[]): Promise<Set<string>> {
    return this.em.fork().transactional((tx) => storeIn(tx, batch));
  }

  private async storeOne(p: NewResponse): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.store([p])).size > 0;
      } catch (error) {
        if (attempt >= WRITE_RETRIES || !retryable(error)) throw error;
      }
    }
  }
}

/**
 * In `tx`: the statement, then `responsesStored` for what it stored, so its subscribers (results'
 * outbox, the distribution's completion count) commit with the responses.
 */
async function storeIn(tx: EntityManager, batch: NewResponse[]): Promise<Set<string>> {
  const params = batch.flatMap((p) => [p.orgId, p.clientRequestId, ...p.values]);
  const rows: { id: string }[] = await tx.execute(statement(batch.length), params);
  const stored = new Set(rows.map((r) => r.id));
  await emit(tx, 'responsesStored', { responses: batch.filter((p) => stored.has(p.responseId)).map(storedFact) });
  return stored;
}

export const storedFact = (p: Pick<NewResponse, 'orgId' | 'responseId' | 'counter'>) => ({
  orgId: p.orgId,
  id: p.responseId,
  distributionId: p.counter?.distributionId ?? null,
});

/**
 * Runs `write` (which stores at most one response counting towards a quota) in a transaction
 * that the distribution first admits it to (`SubmissionGate.admit` locks its row and refuses a
 * full one), so concurrent submissions never pass the quota. A retry of a stored submission is
 * answered as such, not refused.
 */
export function withinQuota(
  em: EntityManager,
  item: NewResponse,
  write: (tx: EntityManager) => Promise<boolean>,
): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const [claimed] = await tx.execute(
      `select 1 from response_key where organization_id = ? and client_request_id = ?`,
      [item.orgId, item.clientRequestId],
    );
    if (claimed) return false;
    await submissionGate().admit(tx, item.orgId, item.counter!.distributionId);
    return write(tx);
  });
}

const writers = new WeakMap<object, ResponseWriter>();

/** The writer of this database connection (one per ORM, so per server process). */
export function responseWriter(em: EntityManager): ResponseWriter {
  const connection = em.getConnection();
  let writer = writers.get(connection);
  if (!writer) {
    writer = new ResponseWriter(em.fork());
    writers.set(connection, writer);
  }
  return writer;
}
