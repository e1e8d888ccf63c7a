import { containsPattern } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { requireAccess, requirePrincipal } from '../org/index.js';
import { Permission } from '../org/index.js';
import { loadVersion } from './questionnaire.service.js';
import { Questionnaire, QuestionnaireOrigin } from './questionnaire.entity.js';
import { Template, type TemplateModelSnapshot } from './template.entity.js';
import { TemplateRelease } from './template-release.entity.js';

export interface OfferTemplateInput {
  versionId: string;
  category: string;
  description: string;
  title?: string | null;
  tags?: string[] | null;
  languages?: string[] | null;
}

export interface TemplateFilter {
  search?: string | null;
  category?: string | null;
  language?: string | null;
  tag?: string | null;
}

const clean = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

/**
 * Puts a published version in the shared library. Offering a newer version of the same
 * questionnaire releases it under the same template, so adopters see an update.
 */
export async function offerTemplate(
  ctx: RequestContext,
  input: OfferTemplateInput,
  indicatorModel: TemplateModelSnapshot | null = null,
): Promise<Template> {
  const version = await loadVersion(ctx, input.versionId, Permission.QUESTIONNAIRE_AUTHOR);
  if (!version) throw notFound('Questionnaire version', input.versionId);
  if (version.retiredAt) throw badInput(`Version ${version.number} is retired; offer a current version.`);
  const category = input.category.trim();
  if (!category) throw badInput('A template needs a category, so others can find it.', { field: 'category' });
  const q = version.questionnaire.getEntity();
  return ctx.em.transactional(async (em) => {
    let template = await em.findOne(Template, { questionnaireId: q.id });
    if (template && version.number <= template.latestVersionNumber) {
      throw badInput(
        `Version ${template.latestVersionNumber} of this questionnaire is already offered; offer a newer version.`,
      );
    }
    const fields = {
      title: input.title?.trim() || q.title,
      description: input.description.trim(),
      category,
      languages: input.languages?.length ? clean(input.languages) : version.languages,
      tags: clean(input.tags ?? []),
      latestVersionNumber: version.number,
      updatedAt: new Date(),
    };
    if (template) Object.assign(template, fields);
    else
      template = em.create(Template, {
        organization: requirePrincipal(ctx).orgId,
        questionnaireId: q.id,
        latestReleaseId: '',
        ...fields,
      });
    const release = em.create(TemplateRelease, {
      template,
      versionId: version.id,
      versionNumber: version.number,
      definition: version.definition,
      contentHash: version.contentHash,
      changelog: version.changelog,
      mandatoryElements: version.mandatoryElements,
      indicatorModel,
    });
    template.latestReleaseId = release.id;
    await em.flush();
    return template;
  });
}

/** The shared library, visible to every organisation; most recently updated first. */
export async function listTemplates(
  ctx: RequestContext,
  filter: TemplateFilter,
  args: PageArgs,
): Promise<Page<Template>> {
  const first = pageSize(args);
  const qb = ctx.em.createQueryBuilder(Template, 't');
  const search = filter.search?.trim();
  if (search) {
    const pattern = containsPattern(search);
    qb.andWhere('(t.title ilike ? or t.description ilike ? or t.category ilike ?)', [pattern, pattern, pattern]);
  }
  if (filter.category) qb.andWhere({ category: filter.category });
  if (filter.language) qb.andWhere('t.languages @> ?::jsonb', [JSON.stringify([filter.language])]);
  if (filter.tag) qb.andWhere('t.tags @> ?::jsonb', [JSON.stringify([filter.tag])]);
  const total = await qb.clone().getCount();
  const after = decodeCursor(args.after);
  if (after) qb.andWhere('(t.updated_at, t.id) < (?, ?)', [new Date(String(after[0])), String(after[1])]);
  const rows = await qb
    .orderBy({ updatedAt: 'desc', id: 'desc' })
    .limit(first + 1)
    .getResult();
  return toPage(rows, first, total, (t) => [t.updatedAt.toISOString(), t.id], Boolean(after));
}

export async function getTemplate(ctx: RequestContext, id: string): Promise<Template> {
  const template = await ctx.em.findOne(Template, { id: requireId('Template', id) });
  if (!template) throw notFound('Template', id);
  return template;
}

/**
 * Copies the template's newest release into the adopter's unit as a new questionnaire with
 * lineage. `alongside` adds what travels with the release (its indicator model) to the same
 * unit of work, so the adoption is saved whole or not at all.
 */
export async function adoptTemplate(
  ctx: RequestContext,
  templateId: string,
  unitId: string,
  title?: string | null,
  alongside?: (questionnaire: Questionnaire, release: TemplateRelease, template: Template) => void,
): Promise<Questionnaire> {
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, unitId);
  const template = await getTemplate(ctx, templateId);
  const release = await ctx.em.findOneOrFail(TemplateRelease, { id: template.latestReleaseId });
  const principal = requirePrincipal(ctx);
  const q = ctx.em.create(Questionnaire, {
    organization: principal.orgId,
    unit,
    title: title?.trim() || template.title,
    draft: structuredClone(release.definition),
    origin: QuestionnaireOrigin.TEMPLATE,
    parentId: template.id,
    baseVersionId: release.id,
    draftUpdatedBy: principal.userId,
    createdBy: principal.userId,
  });
  alongside?.(q, release, template);
  await ctx.em.flush();
  return q;
}

export async function releasesOf(ctx: RequestContext, template: Template): Promise<TemplateRelease[]> {
  return ctx.em.find(TemplateRelease, { template }, { orderBy: { versionNumber: 'desc' } });
}
