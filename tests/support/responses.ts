import { randomUUID } from 'node:crypto';
import type { TestApp } from './harness.js';

/** A completed response as the scoring tests need it: where, when, what version, which answers. */
export interface StoredResponse {
  unitId: string;
  questionnaireId: string;
  versionId: string;
  /** ISO time of completion: what periods and buckets are computed from. */
  completedAt: string;
  answers: Record<string, unknown>;
  id?: string;
  channel?: string;
  category?: string | null;
  situation?: string | null;
  language?: string | null;
  isTest?: boolean;
  confidential?: boolean;
  /** The staff member who served (`response.staff_id`). */
  staffId?: string | null;
}

/**
 * Stores completed responses of one organisation straight into `response`, in one statement, as
 * if they had been submitted (no per-response score, not rolled up yet: in results' outbox, as
 * the `responsesStored` event puts them): scoring tests set the completion time they need
 * without going through ingest. Returns the ids, in order.
 */
export async function storeResponses(app: TestApp, orgId: string, rows: StoredResponse[]): Promise<string[]> {
  const records = rows.map((r) => ({
    id: r.id ?? randomUUID(),
    unit_id: r.unitId,
    questionnaire_id: r.questionnaireId,
    version_id: r.versionId,
    channel: r.channel ?? 'WEB_LINK',
    category: r.category ?? null,
    situation: r.situation ?? null,
    language: r.language ?? null,
    completed_at: r.completedAt,
    is_test: r.isTest ?? false,
    confidential: r.confidential ?? false,
    staff_id: r.staffId ?? null,
    answers: r.answers,
  }));
  if (!records.length) return [];
  await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `with stored as (insert into response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category,
                           situation, language, status, completed_at, submitted_at, is_test, confidential, staff_id, answers, partition_month)
     select x.id, ?, x.unit_id, x.questionnaire_id, x.version_id, x.channel, x.category,
            x.situation, x.language, 'COMPLETE', x.completed_at, now(), x.is_test, x.confidential, x.staff_id, x.answers,
            date_trunc('month', x.completed_at at time zone 'UTC')::date
       from jsonb_to_recordset(?::jsonb) as x(
              id uuid, unit_id uuid, questionnaire_id uuid, version_id uuid, channel text, category text,
              situation text, language text, completed_at timestamptz, is_test boolean, confidential boolean, staff_id uuid,
              answers jsonb)
       returning id, organization_id)
     insert into rollup_outbox (response_id, organization_id) select id, organization_id from stored`,
      [orgId, JSON.stringify(records)],
    );
  return records.map((r) => r.id);
}
