import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionStatus } from './action-status.js';
import { RectificationAction } from './action.entity.js';

/** What the public may read of a closed action ("what we changed because of your feedback"). */
export interface PublishedAction {
  id: string;
  unitId: string;
  title: string;
  measures: string;
  closedAt: Date | null;
}

/** The CLOSED actions among `ids` (others, and other organisations', are left out), latest closed first. */
export async function closedActions(em: EntityManager, ids: string[]): Promise<PublishedAction[]> {
  if (!ids.length) return [];
  const rows = await em.find(
    RectificationAction,
    { id: { $in: ids }, status: ActionStatus.CLOSED },
    { orderBy: { closedAt: 'desc' } },
  );
  return rows.map((a) => ({ id: a.id, unitId: a.unitId, title: a.title, measures: a.measures, closedAt: a.closedAt }));
}
