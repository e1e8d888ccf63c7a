import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { scoreNewResponse } from '../indicators/index.js';
import { requireAccess, requirePrincipal } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { lineageOf } from '../questionnaires/index.js';
import { QuestionnaireVersion } from '../questionnaires/index.js';
import { emit } from '../events/index.js';
import './events.js';
import { answerProblemsError } from './response.service.js';
import { INTERVIEWER_CHANNELS, Response, ResponseChangeKind } from './response.entity.js';
import { ResponseChange } from './response-change.entity.js';
import { judgeAnswers } from './validation/judge.js';

function cleanReason(reason: string): string {
  const value = reason.trim();
  if (!value || value.length > 1000)
    throw badInput('Give a reason of 1–1000 characters (e.g. "test entry", "duplicate", "speeder", "keying error").', {
      field: 'reason',
    });
  return value;
}

async function loadResponse(ctx: RequestContext, id: string, permission: Permission): Promise<Response> {
  const response = await ctx.em.findOne(Response, { id: requireId('Response', id) });
  if (!response) throw notFound('Response', id);
  await requireAccess(ctx, permission, response.unit.id);
  return response;
}

export const getResponse = (ctx: RequestContext, id: string) => loadResponse(ctx, id, Permission.RESULTS_READ);

function record(
  ctx: RequestContext,
  response: Response,
  kind: ResponseChangeKind,
  reason: string,
  before: unknown,
  after: unknown,
): void {
  ctx.em.create(ResponseChange, {
    organization: response.organization,
    responseId: response.id,
    kind,
    reason,
    before,
    after,
    changedBy: requirePrincipal(ctx).userId,
  });
}

/** Saves a curated response; subscribers (the rollups) let go of it first, in the same transaction. */
async function flushWithRollups(ctx: RequestContext, response: Response): Promise<void> {
  await ctx.em.transactional(async (tx) => {
    await emit(tx, 'responseCurated', { orgId: response.organization.id, responseId: response.id });
    await tx.flush();
  });
}

/** Marks a response as not counting (test entry, duplicate, speeder…), or counting again. */
export async function setExcluded(
  ctx: RequestContext,
  id: string,
  excluded: boolean,
  reason: string,
): Promise<Response> {
  const why = cleanReason(reason);
  const response = await loadResponse(ctx, id, Permission.QUESTIONNAIRE_AUTHOR);
  if (Boolean(response.excludedAt) === excluded) return response;
  const before = { excludedAt: response.excludedAt, excludedReason: response.excludedReason };
  response.excludedAt = excluded ? new Date() : null;
  response.excludedReason = excluded ? why : null;
  response.excludedBy = excluded ? requirePrincipal(ctx).userId : null;
  record(ctx, response, excluded ? ResponseChangeKind.EXCLUDED : ResponseChangeKind.INCLUDED, why, before, {
    excludedAt: response.excludedAt,
    excludedReason: response.excludedReason,
  });
  await flushWithRollups(ctx, response);
  return response;
}

/** Corrects a keying error in an interviewer-entered response; validated and rescored like a submission. */
export async function correctResponse(
  ctx: RequestContext,
  id: string,
  answers: Record<string, unknown>,
  reason: string,
): Promise<Response> {
  const why = cleanReason(reason);
  const response = await loadResponse(ctx, id, Permission.QUESTIONNAIRE_AUTHOR);
  if (!INTERVIEWER_CHANNELS.includes(response.channel)) {
    throw badInput(
      `Only responses keyed in by an interviewer (phone, paper) can be corrected; this one came by ${response.channel}. Exclude it instead.`,
    );
  }
  const version = await ctx.em.findOneOrFail(QuestionnaireVersion, { id: response.questionnaireVersion.id });
  const { problems, answers: kept } = await judgeAnswers(version, answers);
  if (problems.length) throw answerProblemsError(problems);
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: response.unit.id });
  const scored = await scoreNewResponse(
    ctx.em,
    response.organization.id,
    unit,
    await lineageOf(ctx.em, version.questionnaire.id),
    version,
    kept,
  );
  record(ctx, response, ResponseChangeKind.CORRECTED, why, response.answers, kept);
  response.answers = kept;
  response.score = scored?.score ?? null;
  response.band = scored?.bandKey ?? null;
  response.modelVersionId = scored?.modelVersionId ?? null;
  await flushWithRollups(ctx, response);
  return response;
}

export async function changesOf(ctx: RequestContext, response: Response): Promise<ResponseChange[]> {
  return ctx.em.find(ResponseChange, { responseId: response.id }, { orderBy: { changedAt: 'asc', id: 'asc' } });
}
