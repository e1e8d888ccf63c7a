import type { EntityManager } from '@mikro-orm/postgresql';
import { emit } from '../events/index.js';
import './events.js';

/** The response columns a submission writes, with the types PostgreSQL needs for VALUES lists. */
export const RESPONSE_COLUMNS: [string, string][] = [
  ['id', 'uuid'], ['organization_id', 'uuid'], ['unit_id', 'uuid'], ['questionnaire_id', 'uuid'], ['questionnaire_version_id', 'uuid'],
  ['link_id', 'uuid'], ['channel', 'text'], ['category', 'text'], ['situation', 'text'], ['language', 'text'], ['status', 'text'],
  ['started_at', 'timestamptz'], ['completed_at', 'timestamptz'], ['submitted_at', 'timestamptz'], ['duration_seconds', 'integer'],
  ['is_test', 'boolean'], ['answers', 'jsonb'], ['entered_by', 'uuid'], ['score', 'double precision'], ['band', 'text'], ['model_version_id', 'uuid'],
  ['confidential', 'boolean'],
];

export interface NewResponse {
  orgId: string;
  clientRequestId: string;
  responseId: string;
  /** In RESPONSE_COLUMNS order. */
  values: unknown[];
}

interface Pending extends NewResponse {
  resolve: (claimed: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 64;

function statement(count: number): string {
  const row = `(?::uuid, ?::text, ${RESPONSE_COLUMNS.map(([, type]) => `?::${type}`).join(', ')})`;
  const columns = RESPONSE_COLUMNS.map(([name]) => name).join(', ');
  return `with input (key_org, key_id, ${columns}) as (values ${Array.from({ length: count }, () => row).join(', ')}),
    claimed as (
      insert into response_key (id, organization_id, client_request_id, response_id, created_at)
      select gen_random_uuid(), key_org, key_id, id, now() from input
      on conflict (organization_id, client_request_id) do nothing returning response_id
    )
    insert into response (${columns}) select ${columns} from input where id in (select response_id from claimed) returning id`;
}

/**
 * Writes submissions in groups: those that arrive while a write is being prepared share one
 * statement and one commit instead of one each. Each claims its idempotency key
 * and inserts its response in that same statement, and each caller is answered only after it
 * commits, so an acknowledged response is as durable as before. Nothing is kept between
 * batches: any server copy can write any submission.
 */
class ResponseWriter {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly em: EntityManager) {}

  /** Resolves true when this submission claimed its key (stored), false when an earlier one had. */
  write(item: NewResponse): Promise<boolean> {
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
      const stored = await this.store(batch);
      for (const p of batch) p.resolve(stored.has(p.responseId));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One bad row must not fail the others: write them one by one.
      for (const p of batch) this.store([p]).then((stored) => p.resolve(stored.size > 0), p.reject);
    }
  }

  /** One transaction: the statement, then `responsesStored` for what it stored (results' outbox). */
  private store(batch: Pending[]): Promise<Set<string>> {
    return this.em.fork().transactional(async (tx) => {
      const params = batch.flatMap((p) => [p.orgId, p.clientRequestId, ...p.values]);
      const rows: { id: string }[] = await tx.execute(statement(batch.length), params);
      const stored = new Set(rows.map((r) => r.id));
      const responses = batch.filter((p) => stored.has(p.responseId)).map((p) => ({ orgId: p.orgId, id: p.responseId }));
      await emit(tx, 'responsesStored', { responses });
      return stored;
    });
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
