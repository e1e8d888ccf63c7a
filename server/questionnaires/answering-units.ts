import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { Permission, readableSubtrees, requirePrincipal } from '../org/index.js';
import { QuestionnaireVersion } from './questionnaire-version.entity.js';

/**
 * A port (docs/architecture.md, The composition root): where questionnaires are answered. The
 * responses module, which comes after this one, fills it in from the links it opens (a
 * distribution opens one per unit); the default knows no links.
 */
export interface AnsweringUnits {
  /** The paths of the units where one of the versions is (or was) open for counted responses. */
  pathsOf(em: EntityManager, orgId: string, versionIds: string[]): Promise<string[]>;
  /** The versions open (or once open) for counted responses at a unit under one of `paths`. */
  answeredUnder(em: EntityManager, orgId: string, paths: string[]): Promise<string[]>;
}

let source: AnsweringUnits = { pathsOf: () => Promise.resolve([]), answeredUnder: () => Promise.resolve([]) };

/** Installed once by the composition root (server/app/modules.ts). */
export function useAnsweringUnits(next: AnsweringUnits): void {
  source = next;
}

/**
 * docs/security.md, "Reading what your units answer": whoever reads results over a unit reads
 * the questionnaires answered in its subtree, as `scores` there counts those responses. The
 * subtree only, never the units above: responses at a region are not in its branch's scores.
 */
export async function readsAsAnsweringUnit(
  ctx: RequestContext,
  questionnaireId: string,
  em: EntityManager = ctx.em,
): Promise<boolean> {
  const subtrees = await readableSubtrees(ctx, Permission.RESULTS_READ);
  if (!subtrees.length) return false;
  const versions = await em.find(QuestionnaireVersion, { questionnaire: questionnaireId }, { fields: ['id'] });
  const paths = await source.pathsOf(
    em,
    requirePrincipal(ctx).orgId,
    versions.map((v) => v.id),
  );
  return paths.some((path) => subtrees.some((s) => path.startsWith(s)));
}

/** The questionnaires the caller reads only because their units answer them (see readsAsAnsweringUnit). */
export async function answeredInReadableUnits(ctx: RequestContext): Promise<string[]> {
  const subtrees = await readableSubtrees(ctx, Permission.RESULTS_READ);
  if (!subtrees.length) return [];
  const versionIds = await source.answeredUnder(ctx.em, requirePrincipal(ctx).orgId, subtrees);
  if (!versionIds.length) return [];
  const versions = await ctx.em.find(QuestionnaireVersion, { id: { $in: versionIds } }, { fields: ['questionnaire'] });
  return [...new Set(versions.map((v) => v.questionnaire.id))];
}
