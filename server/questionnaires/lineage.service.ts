import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { requireAccess, requirePrincipal, requireUsableAt } from '../org/index.js';
import { Permission } from '../org/index.js';
import { loadQuestionnaire, readVersion } from './questionnaire.service.js';
import { QuestionnaireVersion } from './questionnaire-version.entity.js';
import { Questionnaire, QuestionnaireOrigin } from './questionnaire.entity.js';
import { Template } from './template.entity.js';
import { TemplateRelease } from './template-release.entity.js';
import { diffDefinitions, type DefinitionDiff } from './survey-diff.js';
import { mergeDefinitions, type MergeConflict } from './survey-merge.js';
import { parentState } from './parent-state.js';
import type { SurveyJson } from './survey-json.js';

export interface ParentUpdate {
  kind: 'TEMPLATE' | 'PARENT';
  fromVersionNumber: number;
  toVersionNumber: number;
  diff: DefinitionDiff;
}

/** What the parent changed since the version the draft is based on; null when up to date. */
export async function parentUpdate(ctx: RequestContext, q: Questionnaire): Promise<ParentUpdate | null> {
  const state = await parentState(ctx, q);
  if (!state || state.latest.versionNumber <= state.base.versionNumber) return null;
  return {
    kind: state.kind,
    fromVersionNumber: state.base.versionNumber,
    toVersionNumber: state.latest.versionNumber,
    diff: diffDefinitions(state.base.definition, state.latest.definition),
  };
}

export interface MergeResult {
  questionnaire: Questionnaire;
  applied: string[];
  conflicts: MergeConflict[];
}

/**
 * Brings the parent's newer version into the draft: the parent's changes are applied, the
 * draft's own additions kept, and elements changed on both sides reported as conflicts (the
 * draft's side is kept). The draft is then based on the newer version, so publishing accepts
 * the parent's own changes to mandatory elements.
 */
export async function mergeParentUpdate(
  ctx: RequestContext,
  questionnaireId: string,
  expectedRevision: number,
): Promise<MergeResult> {
  return ctx.em.transactional(async (em) => {
    const q = await loadQuestionnaire(ctx, questionnaireId, Permission.QUESTIONNAIRE_AUTHOR, em, true);
    if (q.draftRevision !== expectedRevision) {
      throw conflict(
        `The draft changed since you loaded it (revision ${q.draftRevision}, you had ${expectedRevision}); reload it and merge again.`,
        {
          currentRevision: q.draftRevision,
        },
      );
    }
    const state = await parentState(ctx, q, em);
    if (!state)
      throw badInput(
        'This questionnaire was not adopted from a template nor derived from another questionnaire; there is nothing to merge.',
      );
    if (state.latest.versionNumber <= state.base.versionNumber) {
      throw badInput(`The draft is already based on the parent's newest version (${state.base.versionNumber}).`);
    }
    const outcome = mergeDefinitions(state.base.definition, state.latest.definition, q.draft);
    q.draft = outcome.definition;
    q.baseVersionId = state.latest.id;
    q.draftRevision += 1;
    q.draftUpdatedAt = new Date();
    q.draftUpdatedBy = requirePrincipal(ctx).userId;
    await em.flush();
    return { questionnaire: q, applied: outcome.applied, conflicts: outcome.conflicts };
  });
}

/** A branch's own questionnaire derived from a version of (usually) head office's. */
export async function deriveQuestionnaire(
  ctx: RequestContext,
  versionId: string,
  unitId: string,
  title?: string | null,
): Promise<Questionnaire> {
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, unitId);
  const version = await ctx.em.findOne(
    QuestionnaireVersion,
    { id: requireId('Questionnaire version', versionId) },
    { populate: ['questionnaire'] },
  );
  if (!version) throw notFound('Questionnaire version', versionId);
  const parent = version.questionnaire.getEntity();
  // A unit may always build on the questionnaires of the units above it (head office sets the
  // standard for its branches); anything else needs read access to the source.
  await requireUsableAt(ctx, Permission.QUESTIONNAIRE_READ, unit, parent.unit.id);
  const q = ctx.em.create(Questionnaire, {
    organization: requirePrincipal(ctx).orgId,
    unit,
    title: title?.trim() || `${parent.title} — ${unit.name}`,
    titleTranslations: parent.titleTranslations,
    draft: structuredClone(version.definition),
    origin: QuestionnaireOrigin.DERIVED,
    parentId: parent.id,
    baseVersionId: version.id,
    draftUpdatedBy: requirePrincipal(ctx).userId,
    createdBy: requirePrincipal(ctx).userId,
  });
  await ctx.em.flush();
  return q;
}

/** Ids of every questionnaire of the organisation, in one plain read (results ask it on every query). */
export async function questionnaireIdsOf(em: EntityManager, orgId: string): Promise<string[]> {
  const rows: { id: string }[] = await em.execute('select id from questionnaire where organization_id = ?', [orgId]);
  return rows.map((r) => r.id);
}

/**
 * A questionnaire and those it was derived or adopted from, nearest first. Crosses
 * organisations only through templates, which are public, and reads nothing but the links.
 */
export async function lineageOf(em: EntityManager, questionnaireId: string): Promise<string[]> {
  // Lineage is fixed when a questionnaire is created (adopted, derived or original), so it is cached.
  const cached = lineages.get(questionnaireId);
  if (cached) return cached;
  const chain = [questionnaireId];
  for (let depth = 0; depth < 50; depth++) {
    const q = await em.findOne(
      Questionnaire,
      { id: chain.at(-1)! },
      { filters: false, fields: ['origin', 'parentId'] },
    );
    if (!q?.parentId || q.origin === QuestionnaireOrigin.ORIGINAL) break;
    chain.push(
      q.origin === QuestionnaireOrigin.DERIVED
        ? q.parentId
        : (await em.findOneOrFail(Template, { id: q.parentId })).questionnaireId,
    );
  }
  if (lineages.size > 10_000) lineages.clear();
  lineages.set(questionnaireId, chain);
  return chain;
}

const lineages = new Map<string, string[]>();

/** A version to compare: one of the caller's organisation, or a released template version. */
export interface ComparableVersion {
  versionId: string;
  number: number;
  definition: SurveyJson;
  questionnaireId: string;
  ownVersion: QuestionnaireVersion | null;
  release: TemplateRelease | null;
}

export async function comparableVersion(ctx: RequestContext, id: string): Promise<ComparableVersion> {
  const own = await readVersion(ctx, id);
  if (own)
    return {
      versionId: own.id,
      number: own.number,
      definition: own.definition,
      questionnaireId: own.questionnaire.id,
      ownVersion: own,
      release: null,
    };
  const release = await ctx.em.findOne(
    TemplateRelease,
    { versionId: requireId('Questionnaire version', id) },
    { populate: ['template'] },
  );
  if (!release) throw notFound('Questionnaire version', id);
  return {
    versionId: release.versionId,
    number: release.versionNumber,
    definition: release.definition,
    questionnaireId: release.template.getEntity().questionnaireId,
    ownVersion: null,
    release,
  };
}

/** Diffs two versions of one questionnaire, or of questionnaires related by lineage. */
export async function diffVersions(
  ctx: RequestContext,
  fromId: string,
  toId: string,
): Promise<{ from: ComparableVersion; to: ComparableVersion; diff: DefinitionDiff }> {
  const [from, to] = await Promise.all([comparableVersion(ctx, fromId), comparableVersion(ctx, toId)]);
  if (from.questionnaireId !== to.questionnaireId) {
    const [a, b] = await Promise.all([lineageOf(ctx.em, from.questionnaireId), lineageOf(ctx.em, to.questionnaireId)]);
    if (a.at(-1) !== b.at(-1)) {
      throw badInput(
        'These versions belong to unrelated questionnaires; compare versions of one questionnaire, or of questionnaires adopted or derived from one another.',
      );
    }
  }
  return { from, to, diff: diffDefinitions(from.definition, to.definition) };
}
