import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { DomainEvents } from '../events/index.js';
import { anonymousDistributions } from '../distribution/index.js';
import { storedResponseFacts, type StoredResponseFacts } from '../responses/index.js';
import { AlertCondition, AlertRule } from './alert-rule.entity.js';
import { openAlert } from './alert-case.js';
import { openIndicatorAlerts } from './indicator-alerts.js';

const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const YES = ['true', 'yes', '1', 'y'];

/** The text answers a KEYWORD rule reads: the question's, or every text answer. */
function texts(answers: Record<string, unknown>, question: string | null): string[] {
  const values = question ? [answers[question]] : Object.values(answers);
  return values.filter((v): v is string => typeof v === 'string');
}

/** Why `rule` fires on the response, in words for the case, or null when it does not. */
export function alertReason(rule: AlertRule, r: StoredResponseFacts): string | null {
  const answer = rule.question ? r.answers[rule.question] : undefined;
  const values = rule.values.map(fold);
  switch (rule.condition) {
    case AlertCondition.SCORE_BELOW:
      return r.score !== null && rule.threshold !== null && r.score < rule.threshold
        ? `the response scored ${r.score.toFixed(1)}, below ${rule.threshold}`
        : null;
    case AlertCondition.BAND_IS:
      return r.band && values.includes(fold(r.band)) ? `the response is in band ${r.band}` : null;
    case AlertCondition.ANSWER_BELOW:
      return typeof answer === 'number' && rule.threshold !== null && answer < rule.threshold
        ? `"${rule.question}" was answered ${answer}, below ${rule.threshold}`
        : null;
    case AlertCondition.ANSWER_IS: {
      const given = (Array.isArray(answer) ? answer : [answer]).map((a) => fold(String(a)));
      const hit = given.find((a) => values.includes(a));
      return hit !== undefined ? `"${rule.question}" was answered ${hit}` : null;
    }
    case AlertCondition.KEYWORD: {
      const all = texts(r.answers, rule.question).map(fold);
      const hit = values.find((k) => k && all.some((t) => t.includes(k)));
      return hit ? `a comment mentions "${hit}"` : null;
    }
    case AlertCondition.CONTACT_ME: {
      const a = fold(String(answer ?? ''));
      return answer === true || YES.includes(a) || values.includes(a) ? 'the client asked to be contacted' : null;
    }
    default:
      return null;
  }
}

/** The comments worth reading on the case (text answers), shortened. */
const commentsOf = (r: StoredResponseFacts) =>
  texts(r.answers, null)
    .map((t) => t.slice(0, 500))
    .join('\n');

/**
 * The durable subscriber of `responsesStored` (a pg-boss job per event): opens an ALERT case for
 * each response and each active rule of its questionnaire that fires, and for each unit and period
 * whose indicator score an indicator rule finds below its threshold (indicator-alerts.ts). Never
 * for responses of ANONYMOUS distributions, nor tests, nor excluded ones. Idempotent: a retried
 * job finds the case it opened (external reference alert:<rule>:<response>).
 */
export async function openAlertCases(
  orm: MikroORM,
  config: Config,
  event: DomainEvents['responsesStored'],
): Promise<number> {
  const byOrg = new Map<string, { id: string; distributionId: string | null }[]>();
  for (const r of event.responses) byOrg.set(r.orgId, [...(byOrg.get(r.orgId) ?? []), r]);
  let opened = 0;
  for (const [orgId, responses] of byOrg) {
    const em = orm.em.fork();
    em.setFilterParams('tenant', { orgId });
    // Most organisations have no alert rule: look for rules before reading any response.
    const rules = await em.find(AlertRule, { active: true });
    if (!rules.length) continue;
    const distributionIds = [...new Set(responses.flatMap((r) => (r.distributionId ? [r.distributionId] : [])))];
    const anonymous = await anonymousDistributions(em, distributionIds);
    const ids = responses.filter((r) => !r.distributionId || !anonymous.has(r.distributionId)).map((r) => r.id);
    const facts = (await storedResponseFacts(em, ids)).filter((r) => !r.isTest && !r.excluded);
    if (!facts.length) continue;
    await em.transactional(async (tx) => {
      for (const r of facts) {
        for (const rule of rules.filter((x) => x.questionnaireId === r.questionnaireId)) {
          const reason = alertReason(rule, r);
          if (!reason) continue;
          const comments = commentsOf(r);
          const description = `Alert "${rule.name}": ${reason}.${comments ? `\n\n${comments}` : ''}`;
          const hit = { unitId: r.unitId, description, externalRef: `alert:${rule.id}:${r.id}`, responseId: r.id };
          if (await openAlert(tx, config, orgId, rule, hit)) opened++;
        }
      }
      await tx.flush();
    });
    opened += await openIndicatorAlerts(orm, config, orgId, rules, facts);
  }
  return opened;
}
