import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { containsPattern } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, olderThan, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, readableSubtrees, requireAccess, requireAccessToUnit, requirePrincipal } from '../org/index.js';
import { readsAsAnsweringUnit } from './answering-units.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { User } from '../org/index.js';
import { parentState } from './parent-state.js';
import { validationPathOf, type ValidationPath } from './survey-plan-coverage.js';
import { QuestionnaireVersion } from './questionnaire-version.entity.js';
import { Questionnaire, QuestionnaireStatus, type Translation } from './questionnaire.entity.js';
import { elementsByName, parseDefinition, contentHash, type SurveyJson } from './survey-json.js';
import { expandMandatory, lockedCoreViolations } from './survey-merge.js';
import {
  definitionLanguages,
  publishProblems,
  questionCount,
  validateDefinition,
  type DefinitionProblem,
} from './survey-validation.js';

export const EMPTY_SURVEY: SurveyJson = { pages: [{ name: 'page1', elements: [] }] };

export interface CreateQuestionnaireInput {
  unitId: string;
  title: string;
  titleTranslations?: Translation[] | null;
  definition?: unknown;
}

export interface SaveDraftInput {
  questionnaireId: string;
  expectedRevision: number;
  definition: unknown;
  mandatoryElements?: string[] | null;
  title?: string | null;
  titleTranslations?: Translation[] | null;
}

export interface PublishInput {
  questionnaireId: string;
  changelog?: string | null;
  expectedRevision?: number | null;
  definition?: unknown;
}

export interface QuestionnaireFilter {
  under?: string | null;
  status?: QuestionnaireStatus | null;
  search?: string | null;
}

function cleanTitle(title: string): string {
  const value = title.trim();
  if (!value || value.length > 300) throw badInput('A questionnaire title needs 1–300 characters.', { field: 'title' });
  return value;
}

function cleanTranslations(list: Translation[]): Translation[] {
  return list.map((t) => {
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t.locale))
      throw badInput(`"${t.locale}" is not a language code (e.g. uk, zh-cn).`, { field: 'titleTranslations' });
    return { locale: t.locale.toLowerCase(), text: cleanTitle(t.text) };
  });
}

export function statusOf(q: Questionnaire): QuestionnaireStatus {
  if (q.archivedAt) return QuestionnaireStatus.ARCHIVED;
  return q.latestVersionNumber > 0 ? QuestionnaireStatus.PUBLISHED : QuestionnaireStatus.DRAFT;
}

/** A questionnaire of the caller's organisation that they may act on with `permission`. */
export async function loadQuestionnaire(
  ctx: RequestContext,
  id: string,
  permission: Permission,
  em: EntityManager = ctx.em,
  lock = false,
): Promise<Questionnaire> {
  const q = await em.findOne(
    Questionnaire,
    { id: requireId('Questionnaire', id) },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!q) throw notFound('Questionnaire', id);
  // Through `em`, not the request's loaders: inside a transaction a second connection could starve the pool.
  await requireAccess(ctx, permission, q.unit.id, em);
  return q;
}

/** A questionnaire to read: where it lives, or where it is answered (docs/security.md); never to change. */
export async function getQuestionnaire(ctx: RequestContext, id: string): Promise<Questionnaire> {
  const q = await ctx.em.findOne(Questionnaire, { id: requireId('Questionnaire', id) });
  if (!q) throw notFound('Questionnaire', id);
  await requireReadable(ctx, q);
  return q;
}

async function requireReadable(ctx: RequestContext, q: Questionnaire): Promise<void> {
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: q.unit.id });
  const principal = requirePrincipal(ctx);
  if (canAccessPath(principal, Permission.QUESTIONNAIRE_READ, unit.path)) return;
  if (await readsAsAnsweringUnit(ctx, q.id)) return;
  requireAccessToUnit(principal, Permission.QUESTIONNAIRE_READ, unit);
}

/** A published version to read, under the same rule as its questionnaire (getQuestionnaire); null if none. */
export async function readVersion(ctx: RequestContext, id: string): Promise<QuestionnaireVersion | null> {
  const version = await ctx.em.findOne(
    QuestionnaireVersion,
    { id: requireId('Questionnaire version', id) },
    { populate: ['questionnaire'] },
  );
  if (version) await requireReadable(ctx, version.questionnaire.getEntity());
  return version;
}

export async function createQuestionnaire(
  ctx: RequestContext,
  input: CreateQuestionnaireInput,
): Promise<Questionnaire> {
  const principal = requirePrincipal(ctx);
  const title = cleanTitle(input.title);
  const titleTranslations = cleanTranslations(input.titleTranslations ?? []);
  const draft =
    input.definition === undefined || input.definition === null
      ? structuredClone(EMPTY_SURVEY)
      : parseDefinition(input.definition);
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, input.unitId);
  const q = ctx.em.create(Questionnaire, {
    organization: principal.orgId,
    unit,
    title,
    titleTranslations,
    draft,
    draftUpdatedBy: principal.userId,
    createdBy: principal.userId,
  });
  await ctx.em.flush();
  return q;
}

async function staleRevision(ctx: RequestContext, q: Questionnaire, expected: number): Promise<never> {
  const by = q.draftUpdatedBy ? await ctx.em.findOne(User, { id: q.draftUpdatedBy }) : null;
  throw conflict(
    `The draft changed since you loaded it (you had revision ${expected}; it is now revision ${q.draftRevision}, saved by ${by?.displayName ?? 'someone'} at ${q.draftUpdatedAt.toISOString()}). Reload it, re-apply your changes, and save again.`,
    { currentRevision: q.draftRevision, updatedBy: by?.displayName ?? null, updatedAt: q.draftUpdatedAt.toISOString() },
  );
}

function checkMandatoryNames(definition: SurveyJson, names: string[]): string[] {
  const known = elementsByName(definition);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length)
    throw badInput(`Mandatory elements must exist in the questionnaire; not found: ${unknown.join(', ')}.`, {
      field: 'mandatoryElements',
    });
  return [...new Set(names)].sort();
}

/**
 * Saves the draft if nobody else saved since `expectedRevision`. The conditional UPDATE makes
 * two authors' saves exclusive: one wins, the other gets CONFLICT and overwrites nothing.
 * Drafts may be incomplete; their problems are returned, and publishing refuses them.
 */
export async function saveDraft(
  ctx: RequestContext,
  input: SaveDraftInput,
): Promise<{ questionnaire: Questionnaire; problems: DefinitionProblem[] }> {
  const q = await loadQuestionnaire(ctx, input.questionnaireId, Permission.QUESTIONNAIRE_AUTHOR);
  const draft = parseDefinition(input.definition);
  const changes: Partial<Questionnaire> = {
    draft,
    draftRevision: input.expectedRevision + 1,
    draftUpdatedAt: new Date(),
    draftUpdatedBy: requirePrincipal(ctx).userId,
  };
  if (input.mandatoryElements) changes.draftMandatory = checkMandatoryNames(draft, input.mandatoryElements);
  if (input.title != null) changes.title = cleanTitle(input.title);
  if (input.titleTranslations) changes.titleTranslations = cleanTranslations(input.titleTranslations);
  const updated = await ctx.em.nativeUpdate(
    Questionnaire,
    { id: q.id, draftRevision: input.expectedRevision, archivedAt: null },
    changes,
  );
  await ctx.em.refresh(q);
  if (q.archivedAt) throw badInput('This questionnaire is archived; restore it before editing.');
  if (!updated) await staleRevision(ctx, q, input.expectedRevision);
  return { questionnaire: q, problems: validateDefinition(draft) };
}

export function problemsError(problems: DefinitionProblem[]) {
  const list = problems.map((p) => `${p.element ? `"${p.element}"` : p.path || 'survey'}: ${p.message}`);
  return badInput(
    `The questionnaire cannot be published: ${problems.length} problem${problems.length > 1 ? 's' : ''}. ${list.join(' ')}`,
    { problems },
  );
}

/**
 * Freezes the draft into the next version. The questionnaire row is locked for the whole
 * transaction, so concurrent publishes get consecutive numbers, never the same one.
 */
export async function publish(ctx: RequestContext, input: PublishInput): Promise<QuestionnaireVersion> {
  const changelog = (input.changelog ?? '').trim();
  if (changelog.length > 5000) throw badInput('A changelog can have at most 5000 characters.', { field: 'changelog' });
  const given = input.definition === undefined || input.definition === null ? null : parseDefinition(input.definition);
  return ctx.em.transactional(async (em) => {
    const q = await loadQuestionnaire(ctx, input.questionnaireId, Permission.QUESTIONNAIRE_AUTHOR, em, true);
    if (q.archivedAt) throw badInput('This questionnaire is archived; restore it before publishing.');
    if (input.expectedRevision != null && input.expectedRevision !== q.draftRevision)
      await staleRevision(ctx, q, input.expectedRevision);
    if (given) {
      q.draft = given;
      q.draftRevision += 1;
      q.draftUpdatedAt = new Date();
      q.draftUpdatedBy = requirePrincipal(ctx).userId;
    }
    const definition = q.draft;
    const problems = publishProblems(definition);
    if (problems.length) throw problemsError(problems);

    const parent = await parentState(ctx, q, em);
    if (parent) {
      const violations = lockedCoreViolations(parent.base.definition, parent.base.mandatoryElements, definition);
      if (violations.length) {
        throw badInput(
          `The questionnaire cannot be published: it lowers the parent's standard. ${violations.map((v) => v.message).join(' ')}`,
          { violations },
        );
      }
    }
    const mandatoryElements = expandMandatory(definition, [
      ...(parent?.base.mandatoryElements ?? []),
      ...q.draftMandatory,
    ]);
    const hash = contentHash(definition);
    if (q.latestVersionNumber > 0) {
      const latest = await em.findOneOrFail(QuestionnaireVersion, { questionnaire: q, number: q.latestVersionNumber });
      if (latest.contentHash === hash && latest.mandatoryElements.join() === mandatoryElements.join()) {
        throw badInput(
          `Nothing to publish: the draft is identical to version ${latest.number}. Change something first.`,
        );
      }
    }
    q.latestVersionNumber += 1;
    const version = em.create(QuestionnaireVersion, {
      organization: q.organization,
      questionnaire: q,
      number: q.latestVersionNumber,
      definition: structuredClone(definition),
      contentHash: hash,
      changelog,
      authorId: requirePrincipal(ctx).userId,
      languages: definitionLanguages(definition),
      mandatoryElements,
      baseVersionId: q.baseVersionId,
      questionCount: questionCount(definition),
      validationPath: validationPathOf(definition).path,
    });
    await em.flush();
    return version;
  });
}

/** A version of the caller's organisation, with `permission` on its questionnaire. */
export async function loadVersion(
  ctx: RequestContext,
  id: string,
  permission: Permission,
  em: EntityManager = ctx.em,
): Promise<QuestionnaireVersion | null> {
  const version = await em.findOne(
    QuestionnaireVersion,
    { id: requireId('Questionnaire version', id) },
    { populate: ['questionnaire'] },
  );
  if (!version) return null;
  await requireAccess(ctx, permission, version.questionnaire.getEntity().unit.id, em);
  return version;
}

export async function setVersionRetired(
  ctx: RequestContext,
  id: string,
  retired: boolean,
): Promise<QuestionnaireVersion> {
  const version = await loadVersion(ctx, id, Permission.QUESTIONNAIRE_AUTHOR);
  if (!version) throw notFound('Questionnaire version', id);
  // Retirement is about use, not content: the definition stays as published.
  await ctx.em.nativeUpdate(
    QuestionnaireVersion,
    { id: version.id },
    { retiredAt: retired ? (version.retiredAt ?? new Date()) : null },
  );
  return ctx.em.refresh(version) as Promise<QuestionnaireVersion>;
}

/** Starts a new draft from any earlier version of the same questionnaire. */
export async function restoreDraftFromVersion(
  ctx: RequestContext,
  questionnaireId: string,
  versionId: string,
  expectedRevision: number,
): Promise<Questionnaire> {
  const q = await loadQuestionnaire(ctx, questionnaireId, Permission.QUESTIONNAIRE_AUTHOR);
  const version = await loadVersion(ctx, versionId, Permission.QUESTIONNAIRE_READ);
  if (!version) throw notFound('Questionnaire version', versionId);
  if (version.questionnaire.id !== q.id) {
    throw badInput(
      `Version ${version.number} belongs to another questionnaire ("${version.questionnaire.getEntity().title}"); a draft can only be restored from its own versions. To reuse that questionnaire, derive from it.`,
      { field: 'versionId' },
    );
  }
  const inherited = new Set((await parentState(ctx, q))?.base.mandatoryElements ?? []);
  const { questionnaire } = await saveDraft(ctx, {
    questionnaireId: q.id,
    expectedRevision,
    definition: structuredClone(version.definition),
    mandatoryElements: version.mandatoryElements.filter((n) => !inherited.has(n)),
  });
  return questionnaire;
}

export async function setArchived(ctx: RequestContext, id: string, archived: boolean): Promise<Questionnaire> {
  const q = await loadQuestionnaire(ctx, id, Permission.QUESTIONNAIRE_AUTHOR);
  q.archivedAt = archived ? (q.archivedAt ?? new Date()) : null;
  await ctx.em.flush();
  return q;
}

/** Questionnaires in the units the caller may read, newest first. */
export async function listQuestionnaires(
  ctx: RequestContext,
  filter: QuestionnaireFilter,
  args: PageArgs,
): Promise<Page<Questionnaire>> {
  const first = pageSize(args);
  const subtrees = await readableSubtrees(ctx, Permission.QUESTIONNAIRE_READ, filter.under);
  if (!subtrees.length) return toPage([], first, 0, () => [], false);
  const where: Record<string, unknown>[] = [{ unit: { $or: subtrees.map((p) => ({ path: { $like: `${p}%` } })) } }];
  const search = filter.search?.trim();
  if (search) where.push({ title: { $ilike: containsPattern(search) } });
  if (filter.status === QuestionnaireStatus.ARCHIVED) where.push({ archivedAt: { $ne: null } });
  else if (filter.status)
    where.push({ archivedAt: null, latestVersionNumber: filter.status === QuestionnaireStatus.DRAFT ? 0 : { $gt: 0 } });
  const after = decodeCursor(args.after);
  const pageWhere = after ? [...where, olderThan('createdAt', after)] : where;
  const [rows, total] = await Promise.all([
    ctx.em.find(
      Questionnaire,
      { $and: pageWhere },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['unit'] },
    ),
    ctx.em.count(Questionnaire, { $and: where }),
  ]);
  return toPage(rows, first, total, (q) => [q.createdAt.toISOString(), q.id], Boolean(after));
}

export async function versionsOf(ctx: RequestContext, q: Questionnaire): Promise<QuestionnaireVersion[]> {
  return ctx.em.find(QuestionnaireVersion, { questionnaire: q }, { orderBy: { number: 'desc' } });
}

export async function unitOf(ctx: RequestContext, q: Questionnaire): Promise<OrgUnit> {
  return (await ctx.loaders.unit.load(q.unit.id))!;
}

/**
 * The latest published definition of each questionnaire of the caller's organisation: null for
 * one never published; ids not in the organisation are left out.
 */
export async function latestPublished(
  ctx: RequestContext,
  ids: string[],
): Promise<Map<string, { title: string; definition: SurveyJson } | null>> {
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const questionnaires = valid.length ? await ctx.em.find(Questionnaire, { id: { $in: valid } }) : [];
  const out = new Map<string, { title: string; definition: SurveyJson } | null>();
  for (const q of questionnaires) {
    const latest = q.latestVersionNumber
      ? await ctx.em.findOne(QuestionnaireVersion, { questionnaire: q, number: q.latestVersionNumber })
      : null;
    out.set(q.id, latest ? { title: q.title, definition: latest.definition } : null);
  }
  return out;
}

/**
 * The questionnaire's name as a SurveyJS localizable title ({ default, uk, "zh-cn"… }): what
 * respondents see when the definition has no title of its own. Read at each call (names change).
 */
export async function surveyTitle(em: EntityManager, questionnaireId: string): Promise<Record<string, string> | null> {
  const q = await em.findOne(Questionnaire, { id: questionnaireId }, { fields: ['title', 'titleTranslations'] });
  if (!q) return null;
  return { default: q.title, ...Object.fromEntries(q.titleTranslations.map((t) => [t.locale, t.text])) };
}

/** A published version as the respondent path needs it; versions never change, so it is cached. */
export interface PublishedVersion {
  id: string;
  number: number;
  questionnaireId: string;
  definition: SurveyJson;
  languages: string[];
  validationPath: ValidationPath;
}

const published = new Map<string, PublishedVersion>();

export async function publishedVersion(em: EntityManager, id: string): Promise<PublishedVersion> {
  const cached = published.get(id);
  if (cached) return cached;
  const v = await em.findOneOrFail(QuestionnaireVersion, { id });
  const version = {
    id: v.id,
    number: v.number,
    questionnaireId: v.questionnaire.id,
    definition: v.definition,
    languages: v.languages,
    validationPath: v.validationPath,
  };
  if (published.size > 2000) published.clear();
  published.set(id, version);
  return version;
}
