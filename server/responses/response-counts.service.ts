import type { EntityManager } from '@mikro-orm/postgresql';

/** Completed responses counted for a survey work plan (server/actions): which questionnaire, where, when. */
export interface ResponseCountScope {
  orgId: string;
  questionnaireId: string;
  unitPath: string;
  fromInstant: Date;
  toInstant: Date;
}

/**
 * Completed responses (not test, not excluded) of a questionnaire in a unit subtree and period,
 * by channel and respondent category.
 */
export async function responseCounts(
  em: EntityManager,
  scope: ResponseCountScope,
): Promise<{ channel: string; category: string | null; count: number }[]> {
  const rows = await em.getConnection().execute<{ channel: string; category: string | null; n: number }[]>(
    `select r.channel, r.category, count(*)::int n
       from response r join org_unit u on u.id = r.unit_id
      where r.organization_id = ? and r.questionnaire_id = ? and u.path like ? and r.status = 'COMPLETE'
        and not r.is_test and r.excluded_at is null and r.completed_at >= ? and r.completed_at < ?
      group by r.channel, r.category`,
    [scope.orgId, scope.questionnaireId, `${scope.unitPath}%`, scope.fromInstant, scope.toInstant],
  );
  return rows.map((r) => ({ channel: r.channel, category: r.category, count: r.n }));
}
