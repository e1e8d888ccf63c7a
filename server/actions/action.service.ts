import { join } from 'node:path';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileStore } from '../files.js';
import type { RequestContext } from '../graphql/context.js';
import { AppError, badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { requirePrincipal, timeZoneOf, User } from '../org/index.js';
import { addDays, isLocalDate, scores, startOfLocalDate } from '../results/index.js';
import { requireSupervisor, supervisedAction, workableAction } from './action-access.js';
import { ActionConsequence } from './action-consequence.entity.js';
import { ActionNote } from './action-note.entity.js';
import { ActionSourceKind, ActionStatus, isFinal, requireMove, TargetKind, WORKING } from './action-status.js';
import { RectificationAction } from './action.entity.js';
import type { ActionNoteInput, ConsequenceInput, MoveActionInput, OpenActionInput } from './action.inputs.js';
import { checkEvidence } from './evidence.js';
import { actionSources } from './sources.js';

/** The action, read afresh and locked for the rest of the transaction. */
export const lockAction = (tx: EntityManager, id: string) =>
  tx.findOneOrFail(RectificationAction, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });

function requireDate(field: string, value: string | null | undefined): string {
  if (!value || !isLocalDate(value))
    throw badInput(`"${field}" must be a date (YYYY-MM-DD), it is "${value ?? ''}".`, { field });
  return value;
}

function checkPeriods(input: OpenActionInput): void {
  requireDate('deadline', input.deadline);
  requireDate('recheckFrom', input.recheckFrom);
  requireDate('recheckTo', input.recheckTo);
  if (input.recheckTo <= input.recheckFrom)
    throw badInput(
      'The re-check period is empty: recheckTo must be after recheckFrom (it is the day after the last).',
      {
        field: 'recheckTo',
      },
    );
  if (!Number.isFinite(input.targetValue)) throw badInput('targetValue must be a number.', { field: 'targetValue' });
  if (input.targetKind === TargetKind.SCORE_REACH && (input.targetValue < 0 || input.targetValue > 100))
    throw badInput('A score to reach is between 0 and 100.', { field: 'targetValue' });
}

/** The indicator's numbers over the baseline period, read through results and frozen on the action. */
async function freezeBaseline(ctx: RequestContext, input: OpenActionInput) {
  if (!input.indicatorKey && !input.question) {
    if (input.modelId || input.modelVersionId)
      throw badInput('Name the indicator (indicatorKey) or question the action is about.', { field: 'indicatorKey' });
    return null;
  }
  if (!input.modelId && !input.modelVersionId)
    throw badInput('Name the indicator model (modelId) or its version (modelVersionId).', { field: 'modelId' });
  const from = requireDate('baselineFrom', input.baselineFrom);
  const to = requireDate('baselineTo', input.baselineTo);
  if (to > input.recheckFrom)
    throw badInput('The re-check period must start after the period the problem was found in (baselineTo).', {
      field: 'recheckFrom',
    });
  const result = await scores(ctx, {
    unitId: input.unitId,
    modelId: input.modelVersionId ? null : input.modelId,
    modelVersionId: input.modelVersionId,
    from,
    to,
  });
  const bound = result.items.filter((i) => i.question === input.question);
  if (input.question && !bound.length)
    throw new AppError('NOT_FOUND', `The model scores no question "${input.question}".`, { field: 'question' });
  // Unit × question is judged on the indicator the question is bound to; when both are named, they must match.
  if (input.question && input.indicatorKey && !bound.some((i) => i.nodeKey === input.indicatorKey))
    throw badInput(`The question "${input.question}" is not bound to the indicator "${input.indicatorKey}".`, {
      field: 'question',
    });
  const key = input.indicatorKey ?? bound[0].nodeKey;
  const node = result.nodes.find((n) => n.key === key);
  if (!node) throw new AppError('NOT_FOUND', `The model has no indicator "${key}".`, { field: 'indicatorKey' });
  if ((input.targetKind === TargetKind.METRIC_VALUE) !== (node.kind === 'METRIC'))
    throw badInput(
      node.kind === 'METRIC'
        ? `"${key}" is a METRIC indicator: its target is a value (METRIC_VALUE).`
        : `"${key}" is scored from responses: its target is a score (SCORE_REACH or SCORE_RISE).`,
      { field: 'targetKind' },
    );
  return { modelVersionId: result.scope.model.id, key, from, to, node };
}

function describeProblem(input: OpenActionInput, frozen: Awaited<ReturnType<typeof freezeBaseline>>): string {
  const words = input.problem?.trim() ?? '';
  if (!frozen) return words;
  const { node, from, to } = frozen;
  const shown =
    node.kind === 'METRIC'
      ? `value ${node.value ?? '—'}`
      : `score ${node.score === null ? '—' : node.score.toFixed(1)} (n = ${node.n}, ±${node.ci95?.toFixed(1) ?? '—'})`;
  const numbers = `${node.label}: ${shown} over ${from} – ${to}.`;
  return words ? `${words}\n${numbers}` : numbers;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A case or an inspection finding is named by id, so the action page can link back to it; the case or finding must
 * exist and be visible to the caller, asked through the ports cases and fieldwork fill (sources.ts).
 */
async function checkOrigin(ctx: RequestContext, input: OpenActionInput): Promise<void> {
  const id = input.sourceId?.trim() ?? '';
  if (input.sourceKind === ActionSourceKind.CASE && !UUID.test(id))
    throw badInput('An action opened from a case names the case: sourceId is its id.', { field: 'sourceId' });
  const [visit, finding, ...rest] = id.split(':');
  if (
    input.sourceKind === ActionSourceKind.INSPECTION &&
    (!UUID.test(visit) || !/^\d{1,4}$/.test(finding ?? '') || rest.length)
  )
    throw badInput(
      'An action opened from an inspection names the finding: sourceId is "<visit id>:<finding number>", e.g. "…:0".',
      { field: 'sourceId' },
    );
  const { caseSource, findingSource } = actionSources();
  if (input.sourceKind === ActionSourceKind.CASE) await caseSource?.(ctx, id);
  if (input.sourceKind === ActionSourceKind.INSPECTION) await findingSource?.(ctx, visit, Number(finding));
}

async function checkOwnerAndChain(ctx: RequestContext, input: OpenActionInput) {
  const user = await ctx.em.findOne(User, { id: requireId('User', input.responsibleUserId) });
  if (!user || user.disabledAt) throw notFound('User', input.responsibleUserId);
  if (!input.followUpOfId) return;
  const before = await ctx.em.findOne(RectificationAction, { id: requireId('Action', input.followUpOfId) });
  if (!before) throw notFound('Action', input.followUpOfId);
  if (before.unitId !== input.unitId)
    throw badInput('A follow-up action is for the same unit as the action it follows.', { field: 'followUpOfId' });
}

/** Opens an action; the problem's numbers are read now, with the model version fixed from now on. */
export async function openAction(ctx: RequestContext, input: OpenActionInput): Promise<RectificationAction> {
  const principal = requirePrincipal(ctx);
  const unit = await requireSupervisor(ctx, input.unitId);
  checkPeriods(input);
  await checkOrigin(ctx, input);
  await checkOwnerAndChain(ctx, input);
  const frozen = await freezeBaseline(ctx, input);
  const tz = await timeZoneOf(ctx.em, principal.orgId);
  const afterDeadline = startOfLocalDate(addDays(input.deadline, 1), tz);
  const afterPeriod = startOfLocalDate(input.recheckTo, tz);
  const action = ctx.em.create(RectificationAction, {
    organization: principal.orgId,
    unitId: unit.id,
    unitPath: unit.path,
    title: input.title.trim(),
    problem: describeProblem(input, frozen),
    measures: input.measures.trim(),
    sourceKind: input.followUpOfId ? ActionSourceKind.ACTION : input.sourceKind,
    sourceId: input.sourceId?.trim().toLowerCase() || input.followUpOfId || null,
    sourceLabel: input.sourceLabel?.trim() || null,
    followUpOfId: input.followUpOfId ?? null,
    modelVersionId: frozen?.modelVersionId ?? null,
    indicatorKey: frozen?.key ?? null,
    question: input.question ?? null,
    baselineFrom: frozen?.from ?? null,
    baselineTo: frozen?.to ?? null,
    baselineScore: frozen?.node.score ?? null,
    baselineValue: frozen?.node.kind === 'METRIC' ? frozen.node.value : null,
    baselineN: frozen?.node.n ?? null,
    baselineSe: frozen?.node.se ?? null,
    baselineCi95: frozen?.node.ci95 ?? null,
    responsibleUserId: input.responsibleUserId,
    team: (input.team ?? []).map((t) => t.trim()).filter(Boolean),
    deadline: input.deadline,
    overdueAt: afterDeadline,
    dueAt: afterDeadline > afterPeriod ? afterDeadline : afterPeriod,
    targetKind: input.targetKind,
    targetValue: input.targetValue,
    requireSignificant: input.requireSignificant ?? false,
    recheckFrom: input.recheckFrom,
    recheckTo: input.recheckTo,
    createdBy: principal.userId,
  });
  await ctx.em.flush();
  return action;
}

/** A person's status move: start, submit, send back to work, close after a verdict, or cancel. */
export async function moveAction(ctx: RequestContext, input: MoveActionInput): Promise<RectificationAction> {
  const supervising = [ActionStatus.CLOSED, ActionStatus.CANCELLED].includes(input.status);
  const { action: found } = supervising
    ? await supervisedAction(ctx, input.actionId)
    : await workableAction(ctx, input.actionId);
  const reason = input.reason?.trim() ?? '';
  if (input.status === ActionStatus.CANCELLED && !reason)
    throw badInput('Say why the action is cancelled (reason).', { field: 'reason' });
  return ctx.em.transactional(async (tx) => {
    const action = await lockAction(tx, found.id);
    requireMove(action.status, input.status);
    action.status = input.status;
    if (input.status === ActionStatus.SUBMITTED) action.submittedAt = new Date();
    if (isFinal(input.status)) action.closedAt = new Date();
    if (input.status === ActionStatus.CANCELLED) action.cancelReason = reason;
    tx.create(ActionNote, {
      organization: action.organization,
      actionId: action.id,
      text: reason || `Moved to ${input.status}.`,
      status: input.status,
      authorId: requirePrincipal(ctx).userId,
    });
    return action;
  });
}

/** The folder under DATA_DIR that holds action evidence. */
export const EVIDENCE_AREA = 'action-evidence';

/** A progress note, with an evidence file whose type is judged by its content; starts an OPEN action. */
export async function addActionNote(ctx: RequestContext, input: ActionNoteInput): Promise<ActionNote> {
  const { action: found } = await workableAction(ctx, input.actionId);
  const evidence = input.contentBase64 !== undefined ? await checkEvidence(input.fileName, input.contentBase64) : null;
  return ctx.em.transactional(async (tx) => {
    const action = await lockAction(tx, found.id);
    if (!WORKING.includes(action.status))
      throw conflict(`Notes and evidence are added while the action is OPEN or IN_PROGRESS; it is ${action.status}.`, {
        status: action.status,
      });
    if (action.status === ActionStatus.OPEN) action.status = ActionStatus.IN_PROGRESS;
    const note = tx.create(ActionNote, {
      organization: action.organization,
      actionId: action.id,
      text: input.text.trim(),
      authorId: requirePrincipal(ctx).userId,
      ...(evidence ? { fileName: evidence.fileName, mimeType: evidence.mimeType, size: evidence.size } : {}),
    });
    if (evidence) {
      // The bytes go to the kernel's file store, as cases and field work keep theirs; the row keeps the key.
      note.storageKey = join(action.organization.id, action.id, note.id);
      await fileStore(ctx.config, EVIDENCE_AREA).put(note.storageKey, evidence.content);
    }
    return note;
  });
}

/** Records what was decided for an action flagged for accountability. */
export async function recordConsequence(ctx: RequestContext, input: ConsequenceInput): Promise<ActionConsequence> {
  const { action } = await supervisedAction(ctx, input.actionId);
  if (!action.accountability)
    throw conflict(
      'Consequences are recorded for actions flagged for accountability (two NOT_MET re-checks in a chain).',
    );
  const record = ctx.em.create(ActionConsequence, {
    organization: action.organization,
    actionId: action.id,
    category: input.category,
    text: input.text.trim(),
    decidedBy: requirePrincipal(ctx).userId,
  });
  await ctx.em.flush();
  return record;
}
