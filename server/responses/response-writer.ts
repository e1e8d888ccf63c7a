import type { EntityManager } from '@mikro-orm/postgresql';

/** The response columns a submission writes, with the types PostgreSQL needs for VALUES lists. */
export const RESPONSE_COLUMNS: [string, string][] = [
  ['id', 'uuid'], ['organization_id', 'uuid'], ['unit_id', 'uuid'], ['questionnaire_id', 'uuid'], ['questionnaire_version_id', 'uuid'],
  ['link_id', 'uuid'], ['channel', 'text'], ['category', 'text'], ['situation', 'text'], ['language', 'text'], ['status', 'text'],
  ['started_at', 'timestamptz'], ['completed_at', 'timestamptz'], ['submitted_at', 'timestamptz'], ['duration_seconds', 'integer'],
  ['is_test', 'boolean'], ['answers', 'jsonb'], ['entered_by', 'uuid'], ['score', 'double precision'], ['band', 'text'], ['model_version_id', 'uuid'],
  ['confidential', 'boolean'],
];

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

/** The submission's distribution is full: nothing was stored. */
export const QUOTA_REACHED = 'QUOTA_REACHED';

interface Pending extends NewResponse {
  resolve: (claimed: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 64;

const WRITE_RETRIES = 3;
// A deadlock or serialization failure rolled the statement back: nothing was stored, try again.
const retryable = (error: unknown) => ['40P01', '40001'].includes((error as { code?: string })?.code ?? '');

/**
 * Claims each key, inserts the responses whose key it claimed, and counts them towards their
 * distributions, in one statement: the counter moves in the same commit as the rows it counts.
 * Distribution rows are locked in id order so that concurrent batches never deadlock on them.
 */
function statement(count: number): string {
  const row = `(?::uuid, ?::text, ?::uuid, ${RESPONSE_COLUMNS.map(([, type]) => `?::${type}`).join(', ')})`;
  const columns = RESPONSE_COLUMNS.map(([name]) => name).join(', ');
  return `with input (key_org, key_id, key_distribution, ${columns}) as (values ${Array.from({ length: count }, () => row).join(', ')}),
    claimed as (
      insert into response_key (id, organization_id, client_request_id, response_id, created_at)
      select gen_random_uuid(), key_org, key_id, id, now() from input
      on conflict (organization_id, client_request_id) do nothing returning response_id
    ),
    stored as (insert into response (${columns}) select ${columns} from input where id in (select response_id from claimed) returning id),
    locked as (
      select d.id from distribution d where (d.organization_id, d.id) in (select key_org, key_distribution from input) order by d.id for update
    ),
    counted as (
      update distribution d set completed_count = d.completed_count + c.n
        from (select i.key_org, i.key_distribution, count(*)::int n from input i join stored s on s.id = i.id
               where i.key_distribution is not null group by 1, 2) c
       where d.organization_id = c.key_org and d.id = c.key_distribution and d.id in (select id from locked)
    )
    select id from stored`;
}

const params = (p: NewResponse) => [p.orgId, p.clientRequestId, p.counter?.distributionId ?? null, ...p.values];

async function writeOne(em: EntityManager, p: NewResponse): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await em.getConnection().execute(statement(1), params(p))).length > 0;
    } catch (error) {
      if (attempt >= WRITE_RETRIES || !retryable(error)) throw error;
    }
  }
}

/**
 * Runs `write` (which must store at most one response counting towards `counter`) while holding
 * the distribution's row: submissions to a distribution with a quota are admitted one at a
 * time, so concurrent ones never pass it. A retry of a stored submission is answered as such.
 */
export async function withinQuota(
  em: EntityManager,
  item: Pick<NewResponse, 'orgId' | 'clientRequestId'> & { counter: Counter },
  write: (tx: EntityManager) => Promise<boolean>,
): Promise<boolean | typeof QUOTA_REACHED> {
  return em.fork().transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    const [d] = await connection.execute(
      `select completed_count, quota from distribution where organization_id = ? and id = ? for update`,
      [item.orgId, item.counter.distributionId], 'all', context,
    );
    const [claimed] = await connection.execute(
      `select 1 from response_key where organization_id = ? and client_request_id = ?`, [item.orgId, item.clientRequestId], 'all', context,
    );
    if (claimed) return false;
    if (d && d.quota !== null && d.completed_count >= d.quota) return QUOTA_REACHED;
    return write(tx);
  });
}

/**
 * Writes submissions in groups: those that arrive while a write is being prepared share one
 * statement (one round trip, one commit) instead of one each. Each claims its idempotency key
 * and inserts its response in that same statement, and each caller is answered only after it
 * commits, so an acknowledged response is as durable as before. Nothing is kept between
 * batches: any server copy can write any submission.
 */
class ResponseWriter {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly em: EntityManager) {}

  /**
   * Resolves true when this submission claimed its key (stored), false when an earlier one had,
   * QUOTA_REACHED when its distribution is full (those are written alone, under the row's lock).
   */
  write(item: NewResponse): Promise<boolean | typeof QUOTA_REACHED> {
    if (item.counter && item.counter.quota !== null) {
      const counter = item.counter;
      return withinQuota(this.em, { ...item, counter }, async (tx) => (await tx.getConnection().execute(statement(1), params(item), 'all', tx.getTransactionContext())).length > 0);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ ...item, resolve, reject });
      if (this.queue.length >= MAX_BATCH) void this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue.splice(0, MAX_BATCH);
    if (this.queue.length && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
    if (!batch.length) return;
    try {
      const rows: { id: string }[] = await this.em.getConnection().execute(statement(batch.length), batch.flatMap(params));
      const stored = new Set(rows.map((r) => r.id));
      for (const p of batch) p.resolve(stored.has(p.responseId));
    } catch (error) {
      if (batch.length === 1 && !retryable(error)) return batch[0].reject(error);
      // One bad row must not fail the others: write them one by one.
      for (const p of batch) writeOne(this.em, p).then(p.resolve, p.reject);
    }
  }
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
