/** Small formatting helpers shared by the actions pages. */
import type { ActionStatus } from '../gql/graphql';

export const STATUSES: ActionStatus[] = [
  'OPEN',
  'IN_PROGRESS',
  'SUBMITTED',
  'MET',
  'NOT_MET',
  'NO_DATA',
  'CLOSED',
  'CANCELLED',
];

/** One decimal, as scores are shown everywhere; a dash when there is none. */
export const one = (x: number | null | undefined) =>
  x == null ? '—' : (Math.round((x + Number.EPSILON) * 10) / 10).toFixed(1);

/** The last day of a [from, to) period, as people read it. */
export const lastDay = (to: string) => new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** An el-tag type per status. */
export function statusTag(s: ActionStatus): 'success' | 'danger' | 'warning' | 'info' | 'primary' {
  if (s === 'MET') return 'success';
  if (s === 'NOT_MET') return 'danger';
  if (s === 'NO_DATA' || s === 'SUBMITTED') return 'warning';
  if (s === 'CLOSED' || s === 'CANCELLED') return 'info';
  return 'primary';
}

/** "3 days left", "Due today", "Overdue by 2 days". */
export function daysText(t: (key: string, args?: Record<string, unknown>) => string, days: number): string {
  if (days > 0) return t('actions.daysLeft', { n: days });
  if (days === 0) return t('actions.dueToday');
  return t('actions.overdueBy', { n: -days });
}
