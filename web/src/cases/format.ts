/** Shared bits of the case pages: the enum values in display order and date formatting. */
import { useI18n } from 'vue-i18n';
import type { CaseChannel, CasePriority, CaseState, Responsibility } from '../gql/graphql';

export const STATES: CaseState[] = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'ACCEPTED',
  'REJECTED',
  'ASSIGNED',
  'TRANSFERRED',
  'INVESTIGATING',
  'RESOLVED',
  'CLOSED',
  'REOPENED',
];
export const PRIORITIES: CasePriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
/** Channels staff choose from (SURVEY_ALERT and ONLINE_FORM come in by themselves). */
export const STAFF_CHANNELS: CaseChannel[] = [
  'PHONE_HOTLINE',
  'EMAIL',
  'COUNTER',
  'LETTER',
  'REGULATOR_REFERRAL',
  'OTHER_SYSTEM',
];
export const CHANNELS: CaseChannel[] = [...STAFF_CHANNELS, 'ONLINE_FORM', 'SURVEY_ALERT'];
export const RESPONSIBILITIES: Responsibility[] = ['UNIT', 'STAFF', 'NONE'];

/** Date and time in the interface language; '' for none. */
export function useDates() {
  const { locale } = useI18n();
  const dateTime = (iso: string | null | undefined) =>
    iso ? new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '';
  return { dateTime };
}
