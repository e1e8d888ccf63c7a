import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { computeScores, emptyStats, type ModelDefinition } from '../indicators/index.js';
import { publishedVersion, walkElements } from '../questionnaires/index.js';
import { requirePrincipal, timeZoneOf } from '../org/index.js';
import { startOf } from './breakdown.service.js';
import { isDay } from './days.js';
import type { KeyClientReportType } from './fieldwork.types.js';
import { statsOfVisits } from './inspection-stats.js';
import { keyClientById } from './register.service.js';
import { Visit } from './visit.entity.js';

const RATED = new Set(['rating', 'boolean']);

/** A one-leaf model binding every rated question of the visit questionnaire: the engine's item scores. */
function sheetModel(questionnaireId: string, names: string[]): ModelDefinition {
  const items = names.map((question) => ({
    questionnaireId,
    question,
    weight: 1,
    reverse: false,
    notApplicable: [],
    aliases: [],
  }));
  const node = { labelTranslations: [], weight: 1, mandatory: false, pairs: [], children: [] };
  return {
    root: {
      ...node,
      key: 'index',
      kind: 'INDEX',
      label: 'Key client',
      items: [],
      children: [{ ...node, key: 'visit', kind: 'INSPECTION', label: 'Visit', items }],
    },
    bands: [],
    minResponses: 1,
  };
}

/**
 * The key-client report over [from, to) (domain.md, Key clients): the visits ending in the
 * period, each rated question's mean 0–100 score by the engine's item rule (design.md §4) and
 * their mean, the answers to the chosen questions (latent needs, suggestions), and the count of
 * non-conformities. Complaints join once the cases module exists.
 */
export async function keyClientReport(
  ctx: RequestContext,
  input: { keyClientId: string; from: string; to: string; questions: string[] },
): Promise<KeyClientReportType> {
  const client = await keyClientById(ctx, input.keyClientId);
  for (const [field, day] of [
    ['from', input.from],
    ['to', input.to],
  ] as const)
    if (!isDay(day)) throw badInput(`${field} must be a day, YYYY-MM-DD (it is "${day}").`, { field });
  const timeZone = await timeZoneOf(ctx.em, requirePrincipal(ctx).orgId);
  const visits = await ctx.em.find(
    Visit,
    {
      keyClient: client,
      supersededAt: null,
      endedAt: { $gte: startOf(input.from, timeZone), $lt: startOf(input.to, timeZone) },
    },
    { orderBy: { endedAt: 'asc' } },
  );
  const items: KeyClientReportType['items'] = [];
  for (const versionId of new Set(visits.map((v) => v.questionnaireVersionId))) {
    const version = await publishedVersion(ctx.em, versionId);
    const names = [...walkElements(version.definition)]
      .filter((e) => RATED.has(String(e.element.type)) && typeof e.element.name === 'string')
      .map((e) => e.element.name as string);
    const model = sheetModel(version.questionnaireId, names);
    const ofVersion = visits.filter((v) => v.questionnaireVersionId === versionId);
    const scores = computeScores(model, emptyStats(), new Map(), await statsOfVisits(ctx.em, model, ofVersion));
    for (const item of scores.items) items.push({ question: item.question, mean: item.mean, n: item.n });
  }
  const present = items.filter((i) => i.mean !== null);
  return {
    keyClient: { id: client.id, name: client.name },
    visitCount: visits.length,
    score: present.length ? present.reduce((s, i) => s + i.mean!, 0) / present.length : null,
    items,
    notes: visits.flatMap((v) =>
      input.questions.flatMap((question) => {
        const text = v.answers[question];
        return typeof text === 'string' && text.trim()
          ? [{ question, text, visitId: v.rootId, endedAt: v.endedAt }]
          : [];
      }),
    ),
    nonConformities: visits.reduce((s, v) => s + v.nonConformities.length, 0),
  };
}
