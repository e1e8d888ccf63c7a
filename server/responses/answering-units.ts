import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/sql.js';
import type { AnsweringUnits } from '../questionnaires/index.js';

/**
 * Where questionnaire versions are answered, from the links opened for them (a distribution
 * opens one per unit, `openQuestionnaireVersion` one): the questionnaires module's port,
 * installed by the composition root. Test links are left out: their responses never count.
 */
export const linkAnsweringUnits: AnsweringUnits = {
  async pathsOf(em: EntityManager, orgId: string, versionIds: string[]): Promise<string[]> {
    if (!versionIds.length) return [];
    const rows: { path: string }[] = await em.execute(
      `select distinct u.path from response_link l join org_unit u on u.id = l.unit_id
        where l.organization_id = ? and l.questionnaire_version_id = any(?::uuid[]) and not l.test_mode`,
      [orgId, pgArray(versionIds)],
    );
    return rows.map((r) => r.path);
  },
  async answeredUnder(em: EntityManager, orgId: string, paths: string[]): Promise<string[]> {
    if (!paths.length) return [];
    const rows: { questionnaire_version_id: string }[] = await em.execute(
      `select distinct l.questionnaire_version_id from response_link l join org_unit u on u.id = l.unit_id
        where l.organization_id = ? and not l.test_mode and u.path ^@ any(?::text[])`,
      [orgId, pgArray(paths)],
    );
    return rows.map((r) => r.questionnaire_version_id);
  },
};
