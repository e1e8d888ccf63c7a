import type { RequestContext } from '../graphql/context.js';

/**
 * The ports through which an action checks that the case or visit finding it is opened from exists and that the
 * caller may see it (docs/actions.md). Cases and fieldwork fill them at start-up (server/app/modules.ts), so actions
 * never reads their tables; each throws NOT_FOUND (missing, another organisation) or FORBIDDEN with a sentence.
 */
export type CaseSource = (ctx: RequestContext, caseId: string) => Promise<{ reference: string; unitId: string }>;
export type FindingSource = (
  ctx: RequestContext,
  visitId: string,
  finding: number,
) => Promise<{ title: string; unitId: string }>;

let caseSource: CaseSource | null = null;
let findingSource: FindingSource | null = null;

/** Connects the sources (the composition root); a source not connected is not checked (module absent). */
export function useActionSources(sources: { case?: CaseSource; finding?: FindingSource }): void {
  caseSource = sources.case ?? caseSource;
  findingSource = sources.finding ?? findingSource;
}

export const actionSources = () => ({ caseSource, findingSource });
