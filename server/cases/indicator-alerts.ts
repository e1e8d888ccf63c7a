import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { roundScore } from '../indicators/index.js';
import { createLogger } from '../logger.js';
import { Organization, organizationContext } from '../org/index.js';
import type { StoredResponseFacts } from '../responses/index.js';
import { bucketOf, localDate, scores } from '../results/index.js';
import { openAlert } from './alert-case.js';
import { AlertCondition, type AlertRule } from './alert-rule.entity.js';
import { Case } from './case.entity.js';

/** One unit's score on one indicator over one period, to be read for one rule. */
interface Check {
  rule: AlertRule;
  unitId: string;
  period: { start: string; end: string; label: string };
  externalRef: string;
}

/** Why the rule fires on the unit's period score, in words for the case, or null when it does not. */
async function indicatorReason(ctx: RequestContext, check: Check): Promise<string | null> {
  const { rule, unitId, period } = check;
  let result;
  try {
    result = await scores(ctx, { unitId, modelId: rule.modelId, from: period.start, to: period.end });
  } catch (error) {
    // A rule whose model was unpublished or whose unit is gone reads nothing; anything else is retried.
    if (error instanceof AppError) return null;
    throw error;
  }
  const node = result.nodes.find((n) => n.key === rule.indicatorKey);
  if (result.withheldReason || !node || node.score === null || node.belowMinimum || node.withheldReason) return null;
  const score = roundScore(node.score);
  const what = `"${node.label}" of ${result.scope.unit.name} scored ${score.toFixed(1)} in ${period.label} (${node.n} responses)`;
  if (rule.condition === AlertCondition.INDICATOR_BELOW)
    return rule.threshold !== null && score < rule.threshold ? `${what}, below ${rule.threshold}` : null;
  const band = node.band?.key;
  return band && rule.values.includes(band) ? `${what}, in band ${band}` : null;
}

/**
 * Indicator rules (INDICATOR_BELOW, INDICATOR_BAND_IS): for each unit and period the stored
 * responses fall in, reads the unit's score on the rule's indicator and opens one ALERT case
 * when it fires, at most one per rule, unit and period (external reference
 * alert:<rule>:<unit>:<period start>). Two server copies working two jobs of the same unit and
 * period at once take a transaction lock on that reference: one opens the case, the other finds it.
 */
export async function openIndicatorAlerts(
  orm: MikroORM,
  config: Config,
  orgId: string,
  rules: AlertRule[],
  facts: StoredResponseFacts[],
): Promise<number> {
  const indicatorRules = rules.filter(
    (r) =>
      (r.condition === AlertCondition.INDICATOR_BELOW || r.condition === AlertCondition.INDICATOR_BAND_IS) &&
      r.modelId &&
      r.indicatorKey,
  );
  if (!indicatorRules.length) return 0;
  // The organisation reads its own results: an indicator rule watches every unit, whoever set it.
  const ctx = await organizationContext(orm.em, config, createLogger('silent'), orgId, `case-alerts-${orgId}`);
  const { timeZone } = await ctx.em.findOneOrFail(Organization, { id: orgId });
  const checks = new Map<string, Check>();
  for (const r of facts)
    for (const rule of indicatorRules.filter((x) => x.questionnaireId === r.questionnaireId)) {
      const period = bucketOf(localDate(r.completedAt ?? new Date(), timeZone), rule.period);
      const externalRef = `alert:${rule.id}:${r.unitId}:${period.start}`;
      checks.set(externalRef, { rule, unitId: r.unitId, period, externalRef });
    }
  let opened = 0;
  for (const check of checks.values()) {
    // Once open for the period, the unit's score is not read again.
    if (await ctx.em.fork().findOne(Case, { externalRef: check.externalRef })) continue;
    const reason = await indicatorReason(ctx, check);
    if (!reason) continue;
    const description = `Alert "${check.rule.name}": ${reason}.`;
    await ctx.em.fork().transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [check.externalRef]);
      const hit = { unitId: check.unitId, description, externalRef: check.externalRef, responseId: null };
      if (await openAlert(tx, config, orgId, check.rule, hit)) opened++;
      await tx.flush();
    });
  }
  return opened;
}
