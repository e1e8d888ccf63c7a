import { randomUUID } from 'node:crypto';
import { emit } from '../events/index.js';
import './events.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { pgArray } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput, forbidden, notFound, requireId } from '../graphql/errors.js';
import { pickModel, scoreWith } from '../indicators/index.js';
import { canAccessPath, requireAccess, requirePrincipal } from '../org/index.js';
import { Permission } from '../org/index.js';
import { hashSecret, newSecret } from '../org/index.js';
import { lineageOf } from '../questionnaires/index.js';
import { loadVersion, publishedVersion, type PublishedVersion } from '../questionnaires/index.js';
import { ResponseLink } from './response-link.entity.js';
import { Channel, INTERVIEWER_CHANNELS, monthOf, Response, ResponseStatus } from './response.entity.js';
import { RESPONSE_COLUMNS, responseWriter, storedFact, withinQuota, type NewResponse } from './response-writer.js';
import { hasAnswer, planFor, type AnswerProblem } from './validation-plan.js';
import { judgeAnswers, ownsKey } from './validation/judge.js';
import { submissionGate, type LinkInfo } from './submission-gate.js';
import { staffOf } from './staff-register.js';
import { jsonProblem, parsePublic } from '../http/public-input.js';
import { durationSeconds, PARTIAL, SUBMISSION } from './submission-input.js';

export const MAX_ANSWERS_BYTES = 1024 * 1024;
const TOKEN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export interface SubmitInput {
  token: string;
  answers: unknown;
  clientRequestId: string;
  language?: string | null;
  respondentCategory?: string | null;
  serviceSituation?: string | null;
  /** A Date, or an ISO 8601 string (plain HTTP). */
  startedAt?: Date | string | null;
  resumeKey?: string | null;
  /** A staff code or id of the link's unit: who served the respondent. */
  staff?: string | null;
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
export async function openLink(
  ctx: RequestContext,
  input: {
    versionId: string;
    unitId: string;
    channel?: Channel | null;
    testMode?: boolean | null;
    serviceSituation?: string | null;
  },
): Promise<ResponseLink> {
  const principal = requirePrincipal(ctx);
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, input.unitId);
  const version = await loadVersion(ctx, input.versionId, Permission.QUESTIONNAIRE_READ);
  if (!version) throw notFound('Questionnaire version', input.versionId);
  if (version.retiredAt)
    throw badInput(`Version ${version.number} is retired; open a current version.`, { field: 'versionId' });
  const link = ctx.em.create(ResponseLink, {
    organization: principal.orgId,
    questionnaireVersion: version,
    unit,
    channel: input.channel ?? Channel.WEB_LINK,
    testMode: input.testMode ?? false,
    serviceSituation: input.serviceSituation?.trim() || null,
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

interface LinkRow {
  id: string;
  organization_id: string;
  questionnaire_version_id: string;
  unit_id: string;
  path: string;
  name: string;
  channel: Channel;
  test_mode: boolean;
  closed_at: Date | null;
  /** The link's version was retired (questionnaires' `questionnaire_version_state`). */
  retired: boolean;
  model_version_ids: string[];
  token: string;
  distribution_id: string | null;
  service_situation: string | null;
  /** The distribution's row of `distribution_gate`, as JSON (the gate reads it). */
  gate: unknown;
}

const linkLoaders = new WeakMap<object, DataLoader<string, LinkRow | null>>();

/**
 * Lookups running at once. Under load the next lookup waits for one to finish, and every
 * submission arriving meanwhile joins it: one query for many instead of one each (the bare
 * endpoint's whole cost is one statement per request; this one must cost less).
 */
const LOOKUPS_IN_FLIGHT = 2;

/**
 * Link lookups of submissions arriving together share one query. No cache: every lookup reads
 * the link as it is now, after the submission arrived (a link closed a moment ago refuses at once).
 */
function linkLoader(em: EntityManager): DataLoader<string, LinkRow | null> {
  const connection = em.getConnection();
  let loader = linkLoaders.get(connection);
  if (!loader) {
    let running = 0;
    const waiting: (() => void)[] = [];
    const release = () => {
      running--;
      const next = waiting.shift();
      if (!next) return;
      running++;
      next();
    };
    const start = (run: () => void) => {
      if (running >= LOOKUPS_IN_FLIGHT) return void waiting.push(run);
      running++;
      run();
    };
    loader = new DataLoader<string, LinkRow | null>(
      async (tokens) => {
        try {
          return await lookUpLinks(connection, tokens);
        } finally {
          release();
        }
      },
      { cache: false, maxBatchSize: 64, batchScheduleFn: (run) => setImmediate(() => start(run)) },
    );
    linkLoaders.set(connection, loader);
  }
  return loader;
}

/** One query for the links of `tokens`, in their order (null: no such link). */
async function lookUpLinks(
  connection: ReturnType<EntityManager['getConnection']>,
  tokens: readonly string[],
): Promise<(LinkRow | null)[]> {
  const rows: LinkRow[] = await connection.execute(
    `select l.token, l.id, l.organization_id, l.questionnaire_version_id, l.unit_id, u.path, u.name, l.channel, l.test_mode, l.closed_at, l.distribution_id, l.service_situation,
              (select s.retired_at is not null from questionnaire_version_state s
                where s.id = l.questionnaire_version_id and s.organization_id = l.organization_id) as retired,
              (select to_jsonb(g) from distribution_gate g where g.distribution_id = l.distribution_id and g.organization_id = l.organization_id) as gate,
              array(select s.model_version_id from indicator_model_scope s
                     where s.organization_id = l.organization_id and u.path like s.unit_path || '%'
                     order by length(s.unit_path) desc, s.published_at desc) as model_version_ids
         from response_link l join org_unit u on u.id = l.unit_id
        where (l.organization_id, l.token) in (select * from unnest(?::uuid[], ?::text[]))`,
    // Tokens name their organisation, so the lookup stays within tenants (a Citus router query per tenant).
    [pgArray(tokens.map((t) => TOKEN.exec(t)![1])), pgArray([...tokens])],
  );
  const byToken = new Map(rows.map((r) => [r.token, r]));
  return tokens.map((t) => byToken.get(t) ?? null);
}

/**
 * Resolves a public token to its link and binds the request to the link's organisation, so the
 * rest of the request is tenant-filtered like any other. Unknown and closed links read the same
 * to a respondent: a clear sentence, no internals.
 */
export async function linkForToken(ctx: RequestContext, token: string): Promise<LinkInfo> {
  const match = TOKEN.exec(token.trim());
  const unknown = () => notFound('Survey link', token.slice(0, 12) + '…');
  if (!match) throw unknown();
  let row = await linkLoader(ctx.em).load(token.trim());
  // Not a link: perhaps a personal invitation, answered through its distribution's link.
  const invited = row ? null : await submissionGate().invitationLinkToken(ctx.em, match[1], token.trim());
  if (invited) row = await linkLoader(ctx.em).load(invited.linkToken);
  if (row && row.organization_id !== match[1]) throw unknown();
  if (!row || (ctx.principal && ctx.principal.orgId !== row.organization_id)) throw unknown();
  if (row.closed_at)
    throw badInput('This survey is closed and no longer accepts responses. Thank you for your interest.', {
      reason: 'CLOSED',
    });
  // A distribution that follows the latest version answers with that; a pinned or plain link keeps its own.
  const followsLatest =
    row.distribution_id !== null && !(row.gate as { pinned_version_id?: string } | null)?.pinned_version_id;
  if (row.retired && !followsLatest) {
    throw badInput(
      'This version of the survey was retired and no longer accepts responses. Thank you for your interest.',
      {
        reason: 'RETIRED',
      },
    );
  }
  ctx.em.setFilterParams('tenant', { orgId: row.organization_id });
  const info: LinkInfo = {
    id: row.id,
    orgId: row.organization_id,
    versionId: row.questionnaire_version_id,
    unitId: row.unit_id,
    unitPath: row.path,
    unitName: row.name,
    channel: row.channel,
    testMode: row.test_mode,
    modelVersionIds: row.model_version_ids,
    distributionId: row.distribution_id,
    invitationId: invited?.invitationId ?? null,
    defaultSituation: row.service_situation,
  };
  if (info.distributionId) await submissionGate().apply(ctx, info, row.gate);
  return info;
}

export function checkAnswers(answers: unknown): Record<string, unknown> {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw badInput('answers must be an object of question name → value (SurveyJS data).', { field: 'answers' });
  }
  const problem = jsonProblem(answers);
  if (problem) throw badInput(`The answers cannot be stored: ${problem}.`, { field: 'answers' });
  const size = Buffer.byteLength(JSON.stringify(answers));
  if (size > MAX_ANSWERS_BYTES)
    throw badInput(`The answers are ${(size / 1024 / 1024).toFixed(1)} MB; a response can have at most 1 MB.`, {
      field: 'answers',
    });
  return answers as Record<string, unknown>;
}

function checkClientRequestId(id: string): string {
  const value = id.trim();
  if (!/^[\w.:-]{8,100}$/.test(value))
    throw badInput('clientRequestId must be 8–100 letters, digits, ".", ":", "-" or "_" (a UUID is ideal).', {
      field: 'clientRequestId',
    });
  return value;
}

export function answerProblemsError(problems: AnswerProblem[]) {
  return badInput(
    `The response has ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${problems.map((p) => `"${p.question}" ${p.message}`).join(' ')}`,
    { problems },
  );
}

/** An interviewer channel needs a signed-in user allowed to enter responses for the unit. */
function enteredBy(ctx: RequestContext, link: LinkInfo): string | null {
  if (!INTERVIEWER_CHANNELS.includes(link.channel)) return null;
  if (!ctx.principal?.userId || !canAccessPath(ctx.principal, Permission.RESPONSE_ENTER, link.unitPath)) {
    throw forbidden(
      `Responses on the ${link.channel} channel are entered by an interviewer of "${link.unitName}"; sign in as one.`,
    );
  }
  return ctx.principal.userId;
}

const COLUMNS = RESPONSE_COLUMNS.map(([name]) => name);

/**
 * Validates and stores a completed response. A retry with the same clientRequestId returns
 * the first result and stores nothing: one statement claims the key and inserts the response,
 * so a concurrent retry waits on the key's unique index and then reads the winner's result.
 * The reply is sent only after that statement commits, so an acknowledged response is durable.
 * This is the hot path: one query for the link, cached versions, plans and scorers, one write.
 */
export async function submitResponse(ctx: RequestContext, raw: SubmitInput): Promise<SubmitResult> {
  const input = parsePublic(SUBMISSION, raw);
  const clientRequestId = checkClientRequestId(input.clientRequestId);
  const answers = checkAnswers(input.answers);
  const link = await linkForToken(ctx, input.token);
  const version = await publishedVersion(ctx.em, link.versionId);
  const interviewer = enteredBy(ctx, link);
  const staffId = await staffOf(ctx.em, link.orgId, { id: link.unitId, name: link.unitName }, input.staff);
  const { problems, answers: kept } = await judgeAnswers(version, answers);
  const plan = planFor(version.id, version.definition);
  if (problems.length) throw answerProblemsError(problems);
  // An empty completion is a click, not an opinion: counted, it would skew every rate (design.md).
  if (!hasAnswer(plan, kept) && version.definition.allowEmptyResponses !== true) {
    throw badInput('The response has no answer at all: answer at least one question before completing the survey.', {
      field: 'answers',
      reason: 'EMPTY_RESPONSE',
    });
  }
  const lineage = await lineageOf(ctx.em, version.questionnaireId);
  const model = await pickModel(ctx.em, link.modelVersionIds, lineage);
  const scored = model ? scoreWith(model, version, lineage, kept) : null;

  const now = new Date();
  const duration = durationSeconds(input.startedAt, now);
  const startedAt = duration === null ? null : input.startedAt;
  const responseId = randomUUID();
  const values = [
    responseId,
    link.orgId,
    link.unitId,
    version.questionnaireId,
    version.id,
    link.id,
    link.channel,
    input.respondentCategory || link.defaultCategory || null,
    input.serviceSituation || link.defaultSituation || null,
    input.language,
    ResponseStatus.COMPLETE,
    startedAt,
    now,
    now,
    duration,
    link.testMode,
    JSON.stringify(kept),
    interviewer,
    scored?.score ?? null,
    scored?.bandKey ?? null,
    scored?.modelVersionId ?? null,
    link.confidential ?? false,
    staffId,
  ];
  const counter =
    link.distributionId && !link.testMode ? { distributionId: link.distributionId, quota: link.quota ?? null } : null;
  const item = { orgId: link.orgId, clientRequestId, responseId, values, counter };
  const resumeKey = input.resumeKey;
  const stored = resumeKey
    ? await completePartial(ctx.em, item, hashSecret(resumeKey), link.id)
    : await responseWriter(ctx.em).write(item);
  // Stored and counted: from here on nothing may turn the answer into an error.
  if (stored) await submissionGate().noteCompleted(ctx, link, responseId);
  if (stored)
    return {
      responseId,
      score: scored?.score ?? null,
      bandKey: scored?.bandKey ?? null,
      bandLabel: scored?.bandLabel ?? null,
      duplicate: false,
    };
  // Another request with this id committed first: answer as it did.
  const [first] = await ctx.em
    .getConnection()
    .execute(
      `select r.id, r.score, r.band from response_key k join response r on r.id = k.response_id where k.organization_id = ? and k.client_request_id = ?`,
      [link.orgId, clientRequestId],
    );
  return { responseId: first.id, score: first.score, bandKey: first.band, bandLabel: null, duplicate: true };
}

/** The month a completed response is filed under: its completion's (see Response.partitionMonth). */
const filedMonth = (item: NewResponse) => monthOf(item.values[COLUMNS.indexOf('completed_at')] as Date);

/** Completes a saved partial: claims the key, removes the partial and inserts the response, in a statement of its own. */
function completePartial(
  em: EntityManager,
  item: NewResponse,
  resumeKeyHash: string,
  linkId: string,
): Promise<boolean> {
  const write = async (tx: EntityManager) => {
    const claimed: { id: string }[] = await tx.execute(
      `with claimed as (
         insert into response_key (id, organization_id, client_request_id, response_id, created_at)
         values (gen_random_uuid(), ?, ?, ?, now()) on conflict (organization_id, client_request_id) do nothing returning response_id
       ), resumed as (
         delete from response where resume_key_hash = ? and status = 'PARTIAL' and link_id = ? and exists (select 1 from claimed)
       )
       insert into response (${COLUMNS.join(', ')}, partition_month)
       select ${COLUMNS.map(() => '?').join(', ')}, ?::date from claimed returning id`,
      [item.orgId, item.clientRequestId, item.responseId, resumeKeyHash, linkId, ...item.values, filedMonth(item)],
    );
    if (claimed.length) await emit(tx, 'responsesStored', { responses: [storedFact(item)] });
    return claimed.length > 0;
  };
  if (item.counter?.quota != null) return withinQuota(em, item, write);
  return em.fork().transactional(write);
}

/**
 * Saves answers so far, to resume later with the returned key. Partials are not validated
 * beyond their shape and never count in results.
 */
export async function savePartialResponse(
  ctx: RequestContext,
  raw: { token: string; answers: unknown; resumeKey?: string | null; language?: string | null },
): Promise<{ resumeKey: string; responseId: string }> {
  const input = parsePublic(PARTIAL, raw);
  const answers = checkAnswers(input.answers);
  const link = await linkForToken(ctx, input.token);
  const version = await publishedVersion(ctx.em, link.versionId);
  const unknown = Object.keys(answers).filter((k) => !ownsKey(version, k));
  if (unknown.length) throw badInput(`Not questions of this survey: ${unknown.join(', ')}.`, { field: 'answers' });
  if (input.resumeKey) {
    const partial = await ctx.em.findOne(Response, {
      resumeKeyHash: hashSecret(input.resumeKey),
      status: ResponseStatus.PARTIAL,
      linkId: link.id,
    });
    if (!partial) throw notFound('Saved response', 'for this resume key');
    partial.answers = answers;
    partial.submittedAt = new Date();
    await ctx.em.flush();
    return { resumeKey: input.resumeKey, responseId: partial.id };
  }
  await submissionGate().noteStarted(ctx, link);
  const resumeKey = newSecret();
  const partial = ctx.em.create(Response, {
    organization: link.orgId,
    unit: link.unitId,
    questionnaire: version.questionnaireId,
    questionnaireVersion: version.id,
    linkId: link.id,
    channel: link.channel,
    category: null,
    situation: null,
    language: input.language,
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
export async function surveyForToken(
  ctx: RequestContext,
  token: string,
  resumeKey?: string | null,
): Promise<{ link: LinkInfo; version: PublishedVersion; answers: Record<string, unknown> | null }> {
  const link = await linkForToken(ctx, token);
  const partial = resumeKey
    ? await ctx.em.findOne(Response, {
        resumeKeyHash: hashSecret(resumeKey),
        status: ResponseStatus.PARTIAL,
        linkId: link.id,
      })
    : null;
  if (resumeKey && !partial) throw notFound('Saved response', 'for this resume key');
  await submissionGate().noteOpened(ctx, link);
  await ctx.em.getConnection().execute(
    `insert into link_view (organization_id, link_id, day, views) values (?, ?, current_date, 1)
     on conflict (link_id, day) do update set views = link_view.views + 1`,
    [link.orgId, link.id],
  );
  return { link, version: await publishedVersion(ctx.em, link.versionId), answers: partial?.answers ?? null };
}
