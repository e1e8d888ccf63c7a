import { z } from 'zod';
import { LIMITS, optionalText, publicText } from '../http/public-input.js';

/** How far back a client's startedAt may lie; older is a wrong clock (a kiosk reset to 1970), kept as unknown. */
export const MAX_SURVEY_DURATION_MS = 366 * 24 * 3_600_000;

const startedAt = z
  .union([z.date(), z.string().max(40)])
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v === '') return null;
    const d = v instanceof Date ? v : new Date(v);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'must be a date and time (ISO 8601, e.g. 2026-03-14T10:30:00Z)' });
      return z.NEVER;
    }
    return d;
  });

/** A completed response as any public path submits it (GraphQL, POST /api/responses, IVR). */
export const SUBMISSION = z.object({
  token: publicText(LIMITS.token),
  answers: z.unknown(),
  clientRequestId: publicText(LIMITS.token),
  language: optionalText(LIMITS.language),
  respondentCategory: optionalText(LIMITS.label),
  serviceSituation: optionalText(LIMITS.label),
  startedAt,
  resumeKey: optionalText(LIMITS.token),
  /** The staff member who served: a staff code or id of the link's unit (docs/fieldwork.md, Staff attribution). */
  staff: optionalText(LIMITS.label),
});

/** Answers saved so far (savePartialResponse). */
export const PARTIAL = z.object({
  token: publicText(LIMITS.token),
  answers: z.unknown(),
  resumeKey: optionalText(LIMITS.token),
  language: optionalText(LIMITS.language),
});

/**
 * The duration of a response in whole seconds, or null when the start is unknown or implausible
 * (after the end, or longer ago than a survey stays open): the column holds a 32-bit integer.
 */
export function durationSeconds(started: Date | null, completed: Date): number | null {
  if (!started) return null;
  const ms = completed.getTime() - started.getTime();
  return ms >= 0 && ms <= MAX_SURVEY_DURATION_MS ? Math.round(ms / 1000) : null;
}
