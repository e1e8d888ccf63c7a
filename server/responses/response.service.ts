import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput, forbidden, notFound, requireId } from '../graphql/errors.js';
import { scoreNewResponse, type ResponseScore } from '../indicators/response-scoring.service.js';
import { canAccessPath, requireAccess, requirePrincipal } from '../org/access.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Permission } from '../org/roles.js';
import { hashSecret, newSecret } from '../org/tokens.js';
import { lineageOf } from '../questionnaires/lineage.service.js';
import { loadVersion } from '../questionnaires/questionnaire.service.js';
import { QuestionnaireVersion } from '../questionnaires/questionnaire-version.entity.js';
import { ResponseLink } from './response-link.entity.js';
import { Channel, INTERVIEWER_CHANNELS, Response, ResponseKey, ResponseStatus } from './response.entity.js';
import { planFor, validateAnswers, type AnswerProblem } from './validation-plan.js';

export const MAX_ANSWERS_BYTES = 1024 * 1024;
const TOKEN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export interface SubmitInput {
  token: string;
  answers: unknown;
  clientRequestId: string;
  language?: string | null;
  respondentCategory?: string | null;
  serviceSituation?: string | null;
  startedAt?: Date | null;
  resumeKey?: string | null;
}

export interface SubmitResult {
  responseId: string;
  score: number | null;
  bandKey: string | null;
  bandLabel: string | null;
  /** A retry of an earlier submission: nothing new was stored. */
  duplicate: boolean;
}

/** Opens a version for direct submission at a unit (replaced by distributions later). */
export async function openLink(ctx: RequestContext, input: { versionId: string; unitId: string; channel?: Channel | null; testMode?: boolean | null }): Promise<ResponseLink> {
  const principal = requirePrincipal(ctx);
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, input.unitId);
  const version = await loadVersion(ctx, input.versionId, Permission.QUESTIONNAIRE_READ);
  if (!version) throw notFound('Questionnaire version', input.versionId);
  if (version.retiredAt) throw badInput(`Version ${version.number} is retired; open a current version.`, { field: 'versionId' });
  const link = ctx.em.create(ResponseLink, {
    organization: principal.orgId,
    questionnaireVersion: version,
    unit,
    channel: input.channel ?? Channel.WEB_LINK,
    testMode: input.testMode ?? false,
    token: `${principal.orgId}.${newSecret()}`,
    createdBy: principal.userId,
  });
  await ctx.em.flush();
  return link;
}

export async function closeLink(ctx: RequestContext, id: string): Promise<ResponseLink> {
  const link = await ctx.em.findOne(ResponseLink, { id: requireId('Link', id) });
  if (!link) throw notFound('Link', id);
  await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, link.unit.id);
  link.closedAt ??= new Date();
  await ctx.em.flush();
  return link;
}

/**
 * Resolves a public token to its link and binds the request to the link's organisation, so the
 * rest of the request is tenant-filtered like any other. Unknown and closed links read the same
 * to a respondent: a clear sentence, no internals.
 */
export async function linkForToken(ctx: RequestContext, token: string): Promise<ResponseLink> {
  const match = TOKEN.exec(token.trim());
  const link = match ? await ctx.em.findOne(ResponseLink, { token: token.trim(), organization: match[1] }, { filters: false, populate: ['questionnaireVersion', 'unit'] }) : null;
  if (!link) throw notFound('Survey link', token.slice(0, 12) + '…');
  if (link.closedAt) throw badInput('This survey is closed and no longer accepts responses. Thank you for your interest.', { reason: 'CLOSED' });
  if (ctx.principal && ctx.principal.orgId !== link.organization.id) throw notFound('Survey link', token.slice(0, 12) + '…');
  ctx.em.setFilterParams('tenant', { orgId: link.organization.id });
  return link;
}

function checkAnswers(answers: unknown): Record<string, unknown> {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw badInput('answers must be an object of question name → value (SurveyJS data).', { field: 'answers' });
  }
  const size = Buffer.byteLength(JSON.stringify(answers));
  if (size > MAX_ANSWERS_BYTES) throw badInput(`The answers are ${(size / 1024 / 1024).toFixed(1)} MB; a response can have at most 1 MB.`, { field: 'answers' });
  return answers as Record<string, unknown>;
}

function checkClientRequestId(id: string): string {
  const value = id.trim();
  if (!/^[\w.:-]{8,100}$/.test(value)) throw badInput('clientRequestId must be 8–100 letters, digits, ".", ":", "-" or "_" (a UUID is ideal).', { field: 'clientRequestId' });
  return value;
}

export function answerProblemsError(problems: AnswerProblem[]) {
  return badInput(`The response has ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${problems.map((p) => `"${p.question}" ${p.message}`).join(' ')}`, { problems });
}

/** An interviewer channel needs a signed-in user allowed to enter responses for the unit. */
function enteredBy(ctx: RequestContext, link: ResponseLink, unit: OrgUnit): string | null {
  if (!INTERVIEWER_CHANNELS.includes(link.channel)) return null;
  if (!ctx.principal?.userId || !canAccessPath(ctx.principal, Permission.RESPONSE_ENTER, unit.path)) {
    throw forbidden(`Responses on the ${link.channel} channel are entered by an interviewer of "${unit.name}"; sign in as one.`);
  }
  return ctx.principal.userId;
}

async function existingResult(em: EntityManager, responseId: string): Promise<SubmitResult> {
  const response = await em.findOneOrFail(Response, { id: responseId });
  return { responseId, score: response.score, bandKey: response.band, bandLabel: null, duplicate: true };
}

/**
 * Validates and stores a completed response. A retry with the same clientRequestId returns
 * the first result and stores nothing: the key and the response are written in one
 * transaction, and a concurrent retry waits on the key's unique index, then reads the winner.
 * The reply is sent only after the commit, so an acknowledged response is durable.
 */
export async function submitResponse(ctx: RequestContext, input: SubmitInput): Promise<SubmitResult> {
  const clientRequestId = checkClientRequestId(input.clientRequestId);
  const answers = checkAnswers(input.answers);
  const link = await linkForToken(ctx, input.token);
  const orgId = link.organization.id;
  const earlier = await ctx.em.findOne(ResponseKey, { clientRequestId });
  if (earlier) return existingResult(ctx.em, earlier.responseId);

  const version = link.questionnaireVersion.getEntity();
  const unit = link.unit.getEntity();
  const interviewer = enteredBy(ctx, link, unit);
  const { problems, answers: kept } = validateAnswers(planFor(version.id, version.definition), answers);
  if (problems.length) throw answerProblemsError(problems);
  const lineage = await lineageOf(ctx.em, version.questionnaire.id);
  const scored: ResponseScore | null = await scoreNewResponse(ctx.em, unit, lineage, version.definition, kept);

  const now = new Date();
  const startedAt = input.startedAt && input.startedAt <= now ? input.startedAt : null;
  const response = ctx.em.create(Response, {
    organization: orgId,
    unit,
    questionnaire: version.questionnaire.id,
    questionnaireVersion: version,
    linkId: link.id,
    channel: link.channel,
    category: input.respondentCategory?.trim() || null,
    situation: input.serviceSituation?.trim() || null,
    language: input.language?.trim() || null,
    status: ResponseStatus.COMPLETE,
    startedAt,
    completedAt: now,
    durationSeconds: startedAt ? Math.round((now.getTime() - startedAt.getTime()) / 1000) : null,
    isTest: link.testMode,
    answers: kept,
    enteredBy: interviewer,
    score: scored?.score ?? null,
    band: scored?.bandKey ?? null,
    modelVersionId: scored?.modelVersionId ?? null,
  });
  const resumeKeyHash = input.resumeKey ? hashSecret(input.resumeKey) : null;

  return ctx.em.transactional(async (em) => {
    const claimed = await em.execute(
      `insert into response_key (id, organization_id, client_request_id, response_id, created_at) values (gen_random_uuid(), ?, ?, ?, now())
       on conflict (organization_id, client_request_id) do nothing returning response_id`,
      [orgId, clientRequestId, response.id],
    );
    if (!claimed.length) {
      // Another request with this id committed first: answer as it did.
      em.clear();
      const key = await em.findOneOrFail(ResponseKey, { clientRequestId });
      return existingResult(em, key.responseId);
    }
    if (resumeKeyHash) await em.nativeDelete(Response, { resumeKeyHash, status: ResponseStatus.PARTIAL, linkId: link.id });
    em.persist(response);
    await em.flush();
    return { responseId: response.id, score: response.score, bandKey: scored?.bandKey ?? null, bandLabel: scored?.bandLabel ?? null, duplicate: false };
  });
}

/**
 * Saves answers so far, to resume later with the returned key. Partials are not validated
 * beyond their shape and never count in results.
 */
export async function savePartialResponse(ctx: RequestContext, input: { token: string; answers: unknown; resumeKey?: string | null; language?: string | null }): Promise<{ resumeKey: string; responseId: string }> {
  const answers = checkAnswers(input.answers);
  const link = await linkForToken(ctx, input.token);
  const version = link.questionnaireVersion.getEntity();
  const unknown = Object.keys(answers).filter((k) => !planFor(version.id, version.definition).byName.has(k.replace(/-Comment$/, '')));
  if (unknown.length) throw badInput(`Not questions of this survey: ${unknown.join(', ')}.`, { field: 'answers' });
  if (input.resumeKey) {
    const partial = await ctx.em.findOne(Response, { resumeKeyHash: hashSecret(input.resumeKey), status: ResponseStatus.PARTIAL, linkId: link.id });
    if (!partial) throw notFound('Saved response', 'for this resume key');
    partial.answers = answers;
    partial.submittedAt = new Date();
    await ctx.em.flush();
    return { resumeKey: input.resumeKey, responseId: partial.id };
  }
  const resumeKey = newSecret();
  const partial = ctx.em.create(Response, {
    organization: link.organization.id,
    unit: link.unit.id,
    questionnaire: version.questionnaire.id,
    questionnaireVersion: version,
    linkId: link.id,
    channel: link.channel,
    category: null,
    situation: null,
    language: input.language ?? null,
    status: ResponseStatus.PARTIAL,
    startedAt: new Date(),
    completedAt: null,
    durationSeconds: null,
    isTest: link.testMode,
    answers,
    resumeKeyHash: hashSecret(resumeKey),
  });
  await ctx.em.flush();
  return { resumeKey, responseId: partial.id };
}

/** What the runner needs to show a survey for a token, with saved answers when resuming. */
export async function surveyForToken(ctx: RequestContext, token: string, resumeKey?: string | null): Promise<{ link: ResponseLink; version: QuestionnaireVersion; answers: Record<string, unknown> | null }> {
  const link = await linkForToken(ctx, token);
  const partial = resumeKey ? await ctx.em.findOne(Response, { resumeKeyHash: hashSecret(resumeKey), status: ResponseStatus.PARTIAL, linkId: link.id }) : null;
  if (resumeKey && !partial) throw notFound('Saved response', 'for this resume key');
  return { link, version: link.questionnaireVersion.getEntity(), answers: partial?.answers ?? null };
}

