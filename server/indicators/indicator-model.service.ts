import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, olderThan, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, readableSubtrees, requireAccess, requirePrincipal, requireUsableAt } from '../org/index.js';
import { Permission } from '../org/index.js';
import { contentHash } from '../questionnaires/index.js';
import { latestPublished } from '../questionnaires/index.js';
import type { ModelDefinition, Translation } from './engine/types.js';
import { validateModel, type ModelProblem } from './engine/validate.js';
import { variantProblems } from './engine/variant.js';
import { IndicatorModel } from './indicator-model.entity.js';
import { IndicatorModelVersion } from './indicator-model-version.entity.js';
import { boundQuestionnaires, emptyDefinition } from './model-definition.js';
import { modelsReadAsAnsweringUnit } from './model-readers.js';
import { metricDefinitions } from './metric.service.js';
import { emit } from '../events/index.js';
import './events.js';

function cleanName(name: string): string {
  const value = name.trim();
  if (!value || value.length > 300) throw badInput('A model name needs 1–300 characters.', { field: 'name' });
  return value;
}

export async function loadModel(
  ctx: RequestContext,
  id: string,
  permission: Permission,
  em: EntityManager = ctx.em,
  lock = false,
): Promise<IndicatorModel> {
  const model = await em.findOne(
    IndicatorModel,
    { id: requireId('Indicator model', id) },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!model) throw notFound('Indicator model', id);
  if (permission !== Permission.QUESTIONNAIRE_READ || !(await readsAsAnsweringUnit(ctx, model.id)))
    await requireAccess(ctx, permission, model.unit.id, em);
  return model;
}

/** Read only: a model the caller's units answer (model-readers.ts), checked only where the unit rule refuses. */
async function readsAsAnsweringUnit(ctx: RequestContext, modelId: string): Promise<boolean> {
  const model = await ctx.em.findOneOrFail(IndicatorModel, { id: modelId }, { populate: ['unit'] });
  if (canAccessPath(requirePrincipal(ctx), Permission.QUESTIONNAIRE_READ, model.unit.getEntity().path)) return false;
  return (await modelsReadAsAnsweringUnit(ctx)).has(modelId);
}

export async function loadModelVersion(
  ctx: RequestContext,
  id: string,
  permission = Permission.QUESTIONNAIRE_READ,
): Promise<IndicatorModelVersion> {
  const version = await ctx.em.findOne(
    IndicatorModelVersion,
    { id: requireId('Indicator model version', id) },
    { populate: ['model'] },
  );
  if (!version) throw notFound('Indicator model version', id);
  if (permission !== Permission.QUESTIONNAIRE_READ || !(await readsAsAnsweringUnit(ctx, version.model.id)))
    await requireAccess(ctx, permission, version.model.getEntity().unit.id);
  return version;
}

export async function createModel(
  ctx: RequestContext,
  input: { unitId: string; name: string; nameTranslations?: Translation[] | null; definition?: ModelDefinition | null },
): Promise<IndicatorModel> {
  const principal = requirePrincipal(ctx);
  const name = cleanName(input.name);
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, input.unitId);
  const model = ctx.em.create(IndicatorModel, {
    organization: principal.orgId,
    unit,
    name,
    nameTranslations: input.nameTranslations ?? [],
    draft: input.definition ?? emptyDefinition(name),
    draftUpdatedBy: principal.userId,
    createdBy: principal.userId,
  });
  await ctx.em.flush();
  return model;
}

/** Everything that stops a definition from being published, each naming its node. */
export async function publishProblems(
  ctx: RequestContext,
  model: IndicatorModel,
  definition: ModelDefinition,
): Promise<ModelProblem[]> {
  const metrics = await metricDefinitions(ctx);
  const questionnaires = await latestPublished(ctx, boundQuestionnaires(definition, true));
  const problems = validateModel(definition, { metrics, questionnaires });
  if (model.baseVersionId) {
    const base = await ctx.em.findOneOrFail(IndicatorModelVersion, { id: model.baseVersionId });
    problems.push(...variantProblems(base.definition, definition));
  }
  return problems;
}

export async function saveModelDraft(
  ctx: RequestContext,
  input: { modelId: string; expectedRevision: number; definition: ModelDefinition; name?: string | null },
): Promise<{ model: IndicatorModel; problems: ModelProblem[] }> {
  const model = await loadModel(ctx, input.modelId, Permission.QUESTIONNAIRE_AUTHOR);
  const changes: Partial<IndicatorModel> = {
    draft: input.definition,
    draftRevision: input.expectedRevision + 1,
    draftUpdatedAt: new Date(),
    draftUpdatedBy: requirePrincipal(ctx).userId,
  };
  if (input.name != null) changes.name = cleanName(input.name);
  const updated = await ctx.em.nativeUpdate(
    IndicatorModel,
    { id: model.id, draftRevision: input.expectedRevision },
    changes,
  );
  await ctx.em.refresh(model);
  if (!updated) {
    throw conflict(
      `The model changed since you loaded it (you had revision ${input.expectedRevision}; it is now ${model.draftRevision}). Reload it and save again.`,
      {
        currentRevision: model.draftRevision,
      },
    );
  }
  return { model, problems: await publishProblems(ctx, model, model.draft) };
}

/** Freezes the draft into the next version; the model row is locked, so numbers never repeat. */
export async function publishModel(
  ctx: RequestContext,
  input: { modelId: string; changelog?: string | null; expectedRevision?: number | null },
): Promise<IndicatorModelVersion> {
  const checked = await loadModel(ctx, input.modelId, Permission.QUESTIONNAIRE_AUTHOR);
  const problems = await publishProblems(ctx, checked, checked.draft);
  if (problems.length) {
    throw badInput(
      `The model cannot be published: ${problems.map((p) => (p.nodeKey ? `"${p.nodeKey}": ${p.message}` : p.message)).join(' ')}`,
      { problems },
    );
  }
  return ctx.em.transactional(async (em) => {
    const model = await loadModel(ctx, input.modelId, Permission.QUESTIONNAIRE_AUTHOR, em, true);
    if (input.expectedRevision != null && input.expectedRevision !== model.draftRevision) {
      throw conflict(
        `The model changed since you loaded it (revision ${model.draftRevision}); reload it before publishing.`,
        { currentRevision: model.draftRevision },
      );
    }
    if (model.draftRevision !== checked.draftRevision)
      throw conflict('The model was saved while it was being checked; publish again.');
    const hash = contentHash(model.draft);
    const superseded = model.latestVersionNumber
      ? await em.findOneOrFail(IndicatorModelVersion, { model, number: model.latestVersionNumber })
      : null;
    if (superseded?.contentHash === hash) {
      throw badInput(`Nothing to publish: the draft is identical to version ${superseded.number}.`);
    }
    model.latestVersionNumber += 1;
    const version = em.create(IndicatorModelVersion, {
      organization: model.organization,
      model,
      number: model.latestVersionNumber,
      definition: structuredClone(model.draft),
      contentHash: hash,
      changelog: (input.changelog ?? '').trim(),
      authorId: requirePrincipal(ctx).userId,
      baseVersionId: model.baseVersionId,
    });
    await em.flush();
    const event = { modelId: model.id, versionId: version.id, supersededVersionId: superseded?.id ?? null };
    await emit(em, 'modelPublished', { orgId: model.organization.id, ...event });
    return version;
  });
}

/** A branch's variant of head office's model version: it may add local nodes and re-weight within bounds. */
export async function deriveModel(
  ctx: RequestContext,
  versionId: string,
  unitId: string,
  name?: string | null,
): Promise<IndicatorModel> {
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, unitId);
  const version = await ctx.em.findOne(
    IndicatorModelVersion,
    { id: requireId('Indicator model version', versionId) },
    { populate: ['model'] },
  );
  if (!version) throw notFound('Indicator model version', versionId);
  const parent = version.model.getEntity();
  await requireUsableAt(ctx, Permission.QUESTIONNAIRE_READ, unit, parent.unit.id);
  const model = ctx.em.create(IndicatorModel, {
    organization: requirePrincipal(ctx).orgId,
    unit,
    name: name?.trim() || `${parent.name} — ${unit.name}`,
    nameTranslations: parent.nameTranslations,
    draft: structuredClone(version.definition),
    parentId: parent.id,
    baseVersionId: version.id,
    draftUpdatedBy: requirePrincipal(ctx).userId,
    createdBy: requirePrincipal(ctx).userId,
  });
  await ctx.em.flush();
  return model;
}

export async function listModels(
  ctx: RequestContext,
  filter: { under?: string | null },
  args: PageArgs,
): Promise<Page<IndicatorModel>> {
  const first = pageSize(args);
  const subtrees = await readableSubtrees(ctx, Permission.QUESTIONNAIRE_READ, filter.under);
  // Below a named unit: that unit's own models; otherwise also those the caller's units answer.
  const answered = filter.under ? [] : [...(await modelsReadAsAnsweringUnit(ctx))];
  if (!subtrees.length && !answered.length) return toPage([], first, 0, () => [], false);
  const where = {
    $or: [
      ...subtrees.map((p) => ({ unit: { path: { $like: `${p}%` } } })),
      ...(answered.length ? [{ id: { $in: answered } }] : []),
    ],
  };
  const after = decodeCursor(args.after);
  const page = after ? { $and: [where, olderThan('createdAt', after)] } : where;
  const [rows, total] = await Promise.all([
    ctx.em.find(IndicatorModel, page, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
    ctx.em.count(IndicatorModel, where),
  ]);
  return toPage(rows, first, total, (m) => [m.createdAt.toISOString(), m.id], Boolean(after));
}

export async function modelVersions(ctx: RequestContext, model: IndicatorModel): Promise<IndicatorModelVersion[]> {
  return ctx.em.find(IndicatorModelVersion, { model }, { orderBy: { number: 'desc' } });
}

/** The latest published version of every model of every organisation (what the rollups keep). */
export async function latestModelVersions(em: EntityManager, orgId?: string): Promise<{ orgId: string; id: string }[]> {
  const rows: { organization_id: string; id: string }[] = await em.execute(
    `select m.organization_id, mv.id from indicator_model m
       join indicator_model_version mv on mv.model_id = m.id and mv.number = m.latest_version_number
      ${orgId ? 'where m.organization_id = ?' : ''}`,
    orgId ? [orgId] : [],
  );
  return rows.map((r) => ({ orgId: r.organization_id, id: r.id }));
}
