import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { AlertRule } from './alert-rule.entity.js';
import { CaseChannel, CaseOrigin, CaseState } from './case.enums.js';
import { Case } from './case.entity.js';
import { addEvent, queueMessage } from './case-access.js';
import { openCase } from './intake.js';

/** What an ALERT case is opened with: the unit, why, its idempotency key and the response, if one. */
export interface AlertHit {
  unitId: string;
  description: string;
  externalRef: string;
  responseId: string | null;
}

/**
 * Opens the ALERT case of a firing rule inside `tx` (unless its external reference already has one):
 * no client to acknowledge, so the rule accepted it; with the rule's owner, it is assigned at once.
 */
export async function openAlert(
  tx: EntityManager,
  config: Config,
  orgId: string,
  rule: AlertRule,
  hit: AlertHit,
): Promise<boolean> {
  if (await tx.findOne(Case, { externalRef: hit.externalRef })) return false;
  const c = await openCase(tx, config, {
    orgId,
    unitId: hit.unitId,
    origin: CaseOrigin.ALERT,
    channel: CaseChannel.SURVEY_ALERT,
    description: hit.description,
    priority: rule.priority,
    categoryId: rule.categoryId,
    externalRef: hit.externalRef,
    responseId: hit.responseId,
    alertRuleId: rule.id,
    ownerId: rule.ownerId,
  });
  c.acknowledgeDueAt = null;
  c.state = rule.ownerId ? CaseState.ASSIGNED : CaseState.ACCEPTED;
  c.acceptedAt = new Date();
  addEvent(tx, c, null, c.state, { state: c.state, note: `Opened by alert rule "${rule.name}".` });
  if (rule.ownerId) queueMessage(tx, c, 'ASSIGNED', rule.ownerId);
  return true;
}
