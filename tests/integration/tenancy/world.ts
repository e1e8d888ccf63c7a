import type { GraphQLClient } from '../../support/client.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../../support/factories.js';
import type { TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish } from '../../support/questionnaires.js';
import { storeResponses } from '../../support/responses.js';
import { buildB2Objects, type B2Objects } from './world-objects.js';

/**
 * What the enumerated tenancy suite probes: organisation A (head office, branches B1 and B2) whose
 * objects live under B2; an ADMIN of B1 (the strongest branch principal, outside B2's subtree);
 * organisation B's head-office ADMIN. A questionnaire, its version, a published model and a stored
 * response, all of B2; and in `objects` what else B2 holds (world-objects.ts).
 */
export interface World {
  a: Tenant;
  b: Tenant;
  b1: string;
  b2: string;
  branch: GraphQLClient;
  other: GraphQLClient;
  questionnaireId: string;
  versionId: string;
  secondVersionId: string;
  modelId: string;
  modelVersionId: string;
  responseId: string;
  definition: Record<string, unknown>;
  objects: B2Objects;
}

const survey = { elements: [{ type: 'rating', name: 'q', rateMin: 1, rateMax: 5 }] };

export async function buildWorld(app: TestApp): Promise<World> {
  const a = await newTenant(app, 'Enumerated A');
  const b = await newTenant(app, 'Enumerated B');
  const b1 = (await newUnit(a.admin, a.headOfficeId, 'B1')).id;
  const b2 = (await newUnit(a.admin, a.headOfficeId, 'B2')).id;
  const branch = await newUserWithRole(app, a, 'ADMIN', b1);
  const q = await newQuestionnaire(a.admin, b2, survey);
  const versionId = (await publish(a.admin, q.id, 'first')).id;
  const changed = { elements: [...survey.elements, { type: 'comment', name: 'why' }] };
  const secondVersionId = (await publish(a.admin, q.id, 'second', changed)).id;
  const definition = {
    root: {
      key: 'index',
      kind: 'INDEX',
      label: 'Index',
      children: [{ key: 's', kind: 'SURVEY', label: 'S', items: [{ questionnaireId: q.id, question: 'q' }] }],
    },
  };
  const modelId = (
    await a.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: { unitId: b2, name: 'B2 index', definition },
    })
  ).createIndicatorModel.id;
  const published = await a.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, {
    m: modelId,
  });
  const [responseId] = await storeResponses(app, a.orgId, [
    { unitId: b2, questionnaireId: q.id, versionId, completedAt: '2026-02-10T12:00:00Z', answers: { q: 4 } },
  ]);
  return {
    a,
    b,
    b1,
    b2,
    branch,
    other: b.admin,
    questionnaireId: q.id,
    versionId,
    secondVersionId,
    modelId,
    modelVersionId: published.publishIndicatorModel.id,
    responseId,
    definition,
    objects: await buildB2Objects(app, a, b2, { questionnaireId: q.id, versionId }),
  };
}
