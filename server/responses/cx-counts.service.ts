import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/sql.js';

/** The scope of an A-11 CX collection (results/results-export.service.ts), as the responses module reads it. */
export interface CxScope {
  orgId: string;
  questionnaireId: string;
  /** Its versions (links point at versions). */
  versionIds: string[];
  unitPath: string;
  timeZone: string;
  /** [from, to) as instants (start of the local days) and as local dates. */
  fromInstant: Date;
  toInstant: Date;
  fromDay: string;
  toDay: string;
}

/** Respondents per unit, channel and quarter, with the count of each answer 1–5 of `questions` (q1_1 … q7_5). */
export function answerCountsByQuarter(
  em: EntityManager,
  scope: CxScope,
  questions: string[],
): Promise<Record<string, unknown>[]> {
  const counts = questions.flatMap((q, i) =>
    [1, 2, 3, 4, 5].map((k) => [`count(*) filter (where r.answers ->> ? = '${k}') as "q${i + 1}_${k}"`, q] as const),
  );
  return em.getConnection().execute(
    `select u.id as unit_id, u.code, u.name, r.channel, to_char(r.completed_at at time zone ?, 'YYYY-"Q"Q') as quarter, count(*) as respondents
            ${counts.map(([sql]) => `, ${sql}`).join('')}
       from response r join org_unit u on u.id = r.unit_id
      where r.organization_id = ? and r.questionnaire_id = ? and u.path like ? and r.status = 'COMPLETE' and not r.is_test and r.excluded_at is null
        and r.completed_at >= ? and r.completed_at < ?
      group by u.id, u.code, u.name, r.channel, quarter
      order by u.code, r.channel, quarter`,
    [
      scope.timeZone,
      ...counts.map(([, q]) => q),
      scope.orgId,
      scope.questionnaireId,
      `${scope.unitPath}%`,
      scope.fromInstant,
      scope.toInstant,
    ],
  );
}

/** Views of the questionnaire's survey links per unit, channel and quarter (surveys offered through links). */
export function linkViewsByQuarter(
  em: EntityManager,
  scope: CxScope,
): Promise<{ unit_id: string; channel: string; quarter: string; offered: number }[]> {
  return em.getConnection().execute(
    `select l.unit_id, l.channel, to_char(v.day, 'YYYY-"Q"Q') as quarter, sum(v.views)::int as offered
       from link_view v join response_link l on l.id = v.link_id join org_unit u on u.id = l.unit_id
      where v.organization_id = ? and l.questionnaire_version_id = any(?::uuid[]) and u.path like ? and v.day >= ? and v.day < ?
      group by l.unit_id, l.channel, quarter`,
    [scope.orgId, pgArray(scope.versionIds), `${scope.unitPath}%`, scope.fromDay, scope.toDay],
  );
}
