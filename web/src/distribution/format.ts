/** Small shared helpers of the distribution pages. */
import { i18n } from '../i18n';

export const CHANNELS = ['WEB_LINK', 'KIOSK', 'EMBED', 'EMAIL', 'SMS', 'PHONE', 'PAPER', 'IVR', 'API'] as const;
export const INVITATION_CHANNELS: readonly string[] = ['EMAIL', 'SMS', 'PHONE', 'IVR'];

export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '–';
  return new Intl.NumberFormat(i18n.global.locale.value, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function dateTime(value: string | null | undefined): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(i18n.global.locale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

/** A `datetime-local` field's value as an ISO instant (null when empty). */
export const isoFromLocal = (value: string): string | null => (value ? new Date(value).toISOString() : null);

/** The message of a failed request, and the per-row/per-field problems the server listed in `extensions.problems`. */
export function problemsOf(error: unknown): unknown[] {
  const extensions = (error as { extensions?: Record<string, unknown> }).extensions;
  return Array.isArray(extensions?.problems) ? extensions.problems : [];
}
