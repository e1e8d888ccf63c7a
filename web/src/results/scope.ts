import type { Channel, ResultsFilterInput, ScoresInput } from '../gql/graphql';

/** What the dashboard, its exports and the transparency report show: a model, a unit subtree, a period, filters. */
export interface Scope {
  modelId: string;
  unitId: string;
  from: string;
  to: string;
  channel: Channel | '';
  category: string;
  /** The service situation filter (design.md §4, equal treatment); '' or absent: every situation. */
  situation?: string;
  versionId: string;
}

export const CHANNELS: Channel[] = ['WEB_LINK', 'KIOSK', 'EMAIL', 'SMS', 'PHONE', 'PAPER', 'IVR', 'EMBED', 'API'];

export function scoresInput(s: Scope): ScoresInput {
  const filters: ResultsFilterInput = {};
  if (s.channel) filters.channel = s.channel;
  if (s.category) filters.respondentCategory = s.category;
  if (s.situation) filters.serviceSituation = s.situation;
  if (s.versionId) filters.questionnaireVersionId = s.versionId;
  return { modelId: s.modelId, unitId: s.unitId, from: s.from, to: s.to, filters };
}

/** The questionnaires a model version binds (from its nested JSON). */
export function boundQuestionnaires(json: unknown): string[] {
  const ids = new Set<string>();
  type Ref = { questionnaireId: string };
  type Node = { items?: Ref[]; pairs?: { expectation: Ref; perception: Ref }[]; children?: Node[] } | undefined;
  const visit = (node: Node) => {
    for (const item of node?.items ?? []) ids.add(item.questionnaireId);
    for (const pair of node?.pairs ?? [])
      ids.add(pair.expectation.questionnaireId).add(pair.perception.questionnaireId);
    for (const child of node?.children ?? []) visit(child);
  };
  visit((json as { root?: Node })?.root);
  return [...ids];
}

/** The default period: the last twelve months including this one, as [from, to) dates. */
export function lastTwelveMonths(today = new Date()): { from: string; to: string } {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    from: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1))),
    to: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1))),
  };
}

export const fixed = (x: number | null | undefined) =>
  x == null ? '—' : (Math.round((x + Number.EPSILON) * 10) / 10).toFixed(1);
