import type { Labels } from './labels.js';
import type { ReportContent } from './report-content.js';

/** The complaints and actions sections as lines of text, the same in the HTML page and the PDF. */
export function summarySections(c: ReportContent, l: Labels): { title: string; lines: string[] }[] {
  const out: { title: string; lines: string[] }[] = [];
  if (c.cases) {
    const s = c.cases;
    const lines = [
      `${l.casesReceived}: ${s.received} · ${l.casesAccepted} ${s.accepted} · ${l.casesResolved} ${s.resolved}` +
        ` · ${l.casesOnTime} ${s.resolvedOnTime} · ${l.casesReopened} ${s.reopened}`,
    ];
    if (s.followUpsAnswered) {
      const share = Math.round((s.satisfied / s.followUpsAnswered) * 100);
      lines.push(`${l.casesSatisfied}: ${s.satisfied} / ${s.followUpsAnswered} ${l.followUps} (${share}%)`);
    }
    out.push({ title: l.cases, lines });
  }
  if (c.actions) {
    const a = c.actions;
    out.push({
      title: l.actions,
      lines: [
        `${l.actionsOpened}: ${a.opened}`,
        `${l.actionsDue}: ${a.due} · ${l.actionsMet} ${a.metOnTime} · ${l.actionsNotMet} ${a.notMet}` +
          ` · ${l.actionsOverdue} ${a.overdue}`,
      ],
    });
  }
  return out;
}
