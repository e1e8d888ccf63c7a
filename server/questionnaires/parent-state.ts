import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { QuestionnaireVersion } from './questionnaire-version.entity.js';
import { Questionnaire, QuestionnaireOrigin } from './questionnaire.entity.js';
import type { SurveyJson } from './survey-json.js';
import { Template } from './template.entity.js';
import { TemplateRelease } from './template-release.entity.js';

/** A parent version as lineage needs it: a questionnaire version or a template release. */
export interface ParentVersion {
  id: string;
  versionNumber: number;
  definition: SurveyJson;
  mandatoryElements: string[];
}

export interface ParentState {
  kind: 'TEMPLATE' | 'PARENT';
  base: ParentVersion;
  latest: ParentVersion;
}

const fromRelease = (r: TemplateRelease): ParentVersion => ({
  id: r.id,
  versionNumber: r.versionNumber,
  definition: r.definition,
  mandatoryElements: r.mandatoryElements,
});
const fromVersion = (v: QuestionnaireVersion): ParentVersion => ({
  id: v.id,
  versionNumber: v.number,
  definition: v.definition,
  mandatoryElements: v.mandatoryElements,
});

/** The parent's version the draft is based on, and the parent's newest one; null for originals. */
export async function parentState(
  ctx: RequestContext,
  q: Questionnaire,
  em: EntityManager = ctx.em,
): Promise<ParentState | null> {
  if (q.origin === QuestionnaireOrigin.TEMPLATE && q.parentId && q.baseVersionId) {
    const template = await em.findOneOrFail(Template, { id: q.parentId });
    const [base, latest] = await Promise.all([
      em.findOneOrFail(TemplateRelease, { id: q.baseVersionId }),
      em.findOneOrFail(TemplateRelease, { id: template.latestReleaseId }),
    ]);
    return { kind: 'TEMPLATE', base: fromRelease(base), latest: fromRelease(latest) };
  }
  if (q.origin === QuestionnaireOrigin.DERIVED && q.parentId && q.baseVersionId) {
    const base = await em.findOneOrFail(QuestionnaireVersion, { id: q.baseVersionId });
    const latest = await em.findOne(
      QuestionnaireVersion,
      { questionnaire: q.parentId, retiredAt: null },
      { orderBy: { number: 'desc' } },
    );
    return { kind: 'PARENT', base: fromVersion(base), latest: fromVersion(latest ?? base) };
  }
  return null;
}
