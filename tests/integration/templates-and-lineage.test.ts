import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { DIFF, PUBLISH, fixture, newQuestionnaire, publish, saveDraft } from '../support/questionnaires.js';

let app: TestApp;
let ministry: Tenant; // offers the template
let court: Tenant; // adopts it

const OFFER = `mutation($input: OfferTemplateInput!) { offerTemplate(input: $input) { id title category languages tags latestVersionNumber offeredBy releases { versionNumber } } }`;
const STATE = `query($id: ID!) { questionnaire(id: $id) {
  origin draftRevision draft templateUpdateAvailable baseVersionNumber lockedElements template { title }
  parentUpdate { kind fromVersionNumber toVersionNumber added { name } removed { name } changed { name changes { aspect } } }
} }`;
const MERGE = `mutation($id: ID!, $rev: Int!) { mergeTemplateUpdate(questionnaireId: $id, expectedRevision: $rev) {
  applied conflicts { name reason ours theirs } questionnaire { draftRevision draft templateUpdateAvailable baseVersionNumber }
} }`;

const element = (type: string, name: string, extra: Record<string, unknown> = {}) => ({ type, name, ...extra });
const likert = (name: string, title: string) => element('rating', name, { title, rateMin: 1, rateMax: 5 });

/** The ministry's court-user template, version 1. */
const templateV1 = {
  title: 'Court users',
  pages: [
    {
      name: 'service',
      elements: [
        likert('polite', 'Court staff are polite and professional'),
        likert('timely', 'My hearing started on time'),
        likert('signage', 'It was easy to find my way'),
      ],
    },
    {
      name: 'overall',
      elements: [likert('overall', 'Overall satisfaction'), element('comment', 'remarks', { title: 'Anything else?' })],
    },
  ],
};

beforeAll(async () => {
  app = await startTestApp();
  ministry = await newTenant(app, 'Ministry of Justice');
  court = await newTenant(app, 'District Court');
});
afterAll(() => app?.close());

async function offerV1() {
  const q = await newQuestionnaire(ministry.admin, ministry.headOfficeId, templateV1, 'Court users');
  await saveDraft(ministry.admin, q.id, 1, templateV1, { mandatoryElements: ['polite', 'overall'] });
  const v1 = await publish(ministry.admin, q.id, 'First national version');
  expect(v1.mandatoryElements).toEqual(['overall', 'polite']);
  const offered = await ministry.admin.ok(OFFER, {
    input: {
      versionId: v1.id,
      category: 'courts',
      description: 'SERVQUAL-style court user survey',
      tags: ['servqual', 'courts'],
    },
  });
  return { q, v1, template: offered.offerTemplate };
}

describe('the shared template library', () => {
  it('is visible to every organisation, searchable, and adoption copies it with lineage', async () => {
    const { template, v1 } = await offerV1();
    expect(template).toMatchObject({
      title: 'Court users',
      category: 'courts',
      languages: ['en'],
      latestVersionNumber: 1,
      offeredBy: 'Ministry of Justice',
    });

    const found = await court.admin.ok(
      `{ templates(filter: { search: "servqual", tag: "courts", language: "en" }) { totalCount edges { node { id title } } } }`,
    );
    expect(found.templates.edges.map((e: any) => e.node.id)).toContain(template.id);
    expect(
      (await court.admin.ok(`{ templates(filter: { language: "uk" }) { edges { node { id } } } }`)).templates.edges.map(
        (e: any) => e.node.id,
      ),
    ).not.toContain(template.id);

    const adopted = await court.admin.ok(
      `mutation { adoptTemplate(templateId: "${template.id}", unitId: "${court.headOfficeId}") { id title origin draft } }`,
    );
    expect(adopted.adoptTemplate).toMatchObject({ title: 'Court users', origin: 'TEMPLATE', draft: templateV1 });
    const state = await court.admin.ok(STATE, { id: adopted.adoptTemplate.id });
    expect(state.questionnaire).toMatchObject({
      templateUpdateAvailable: false,
      parentUpdate: null,
      baseVersionNumber: 1,
      lockedElements: ['overall', 'polite'],
      template: { title: 'Court users' },
    });

    // Adopter's versions can be compared with the template's: they share a lineage.
    const own = await publish(court.admin, adopted.adoptTemplate.id, 'Our first version');
    const diff = await court.admin.ok(DIFF, { from: v1.id, to: own.id });
    expect(diff.questionnaireVersionDiff).toMatchObject({ added: [], removed: [], changed: [] });

    // The ministry's own questionnaire stays invisible to the court; only the template is shared.
    expect((await court.admin.fails(`{ questionnaire(id: "${template.id}") { id } }`)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses adoption into a unit the user cannot author in', async () => {
    const { template } = await offerV1();
    const branch = await newUnit(court.admin, court.headOfficeId, `ADOPT-${Date.now()}`);
    const analyst = await newUserWithRole(app, court, 'ANALYST', court.headOfficeId);
    expect(
      (await analyst.fails(`mutation { adoptTemplate(templateId: "${template.id}", unitId: "${branch.id}") { id } }`))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const author = await newUserWithRole(app, court, 'AUTHOR', branch.id);
    expect(
      (
        await author.fails(
          `mutation { adoptTemplate(templateId: "${template.id}", unitId: "${court.headOfficeId}") { id } }`,
        )
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await ministry.admin.fails(
          `mutation { adoptTemplate(templateId: "${template.id}", unitId: "${branch.id}") { id } }`,
        )
      ).extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('shows a template update with its diff, merges it keeping local additions, and reports a conflict', async () => {
    const { q, template } = await offerV1();
    const adopted = (
      await court.admin.ok(
        `mutation { adoptTemplate(templateId: "${template.id}", unitId: "${court.headOfficeId}") { id draftRevision } }`,
      )
    ).adoptTemplate;

    // The court adds its own question and rewords "remarks"; both are allowed (not mandatory).
    const local = structuredClone(templateV1);
    local.pages[0].elements.push(likert('parking', 'Parking near the court was easy'));
    (local.pages[1].elements[1] as any).title = 'Tell us more';
    await saveDraft(court.admin, adopted.id, adopted.draftRevision, local);

    // The ministry publishes v2: rewords "timely", removes "signage", adds "forms", and rewords "remarks" too.
    const v2 = structuredClone(templateV1);
    (v2.pages[0].elements[1] as any).title = 'My hearing started at the announced time';
    v2.pages[0].elements.splice(2, 1);
    v2.pages[0].elements.push(likert('forms', 'Forms were easy to understand'));
    (v2.pages[1].elements[1] as any).title = 'Any other comments?';
    const version2 = await publish(ministry.admin, q.id, 'v2', v2);
    await ministry.admin.ok(OFFER, { input: { versionId: version2.id, category: 'courts', description: 'v2' } });

    const before = await court.admin.ok(STATE, { id: adopted.id });
    expect(before.questionnaire.templateUpdateAvailable).toBe(true);
    expect(before.questionnaire.parentUpdate).toEqual({
      kind: 'TEMPLATE',
      fromVersionNumber: 1,
      toVersionNumber: 2,
      added: [{ name: 'forms' }],
      removed: [{ name: 'signage' }],
      changed: [
        { name: 'timely', changes: [{ aspect: 'TITLE' }] },
        { name: 'remarks', changes: [{ aspect: 'TITLE' }] },
      ],
    });

    const stale = await court.admin.fails(MERGE, { id: adopted.id, rev: 1 });
    expect(stale.extensions?.code).toBe('CONFLICT');

    const { mergeTemplateUpdate: merged } = await court.admin.ok(MERGE, {
      id: adopted.id,
      rev: before.questionnaire.draftRevision,
    });
    expect(merged.applied.sort()).toEqual(['forms', 'signage', 'timely']);
    expect(merged.conflicts).toEqual([
      {
        name: 'remarks',
        reason: 'changed here and in the parent',
        ours: element('comment', 'remarks', { title: 'Tell us more' }),
        theirs: element('comment', 'remarks', { title: 'Any other comments?' }),
      },
    ]);
    const names = merged.questionnaire.draft.pages.map((p: any) => p.elements.map((e: any) => e.name));
    // "forms" lands where the template put it (after "timely"); the court's "parking" stays.
    expect(names).toEqual([
      ['polite', 'timely', 'forms', 'parking'],
      ['overall', 'remarks'],
    ]);
    expect(merged.questionnaire.draft.pages[0].elements[1].title).toBe('My hearing started at the announced time');
    expect(merged.questionnaire.draft.pages[1].elements[1].title).toBe('Tell us more');
    expect(merged.questionnaire).toMatchObject({ templateUpdateAvailable: false, baseVersionNumber: 2 });
    await publish(court.admin, adopted.id, 'Merged the ministry’s v2');
  });
});

describe('locked core', () => {
  it('refuses a derived version that removes or alters a mandatory element, listing each; additions are fine', async () => {
    const region = await newUnit(ministry.admin, ministry.headOfficeId, `LC-${Date.now()}`);
    const hq = await newQuestionnaire(ministry.admin, ministry.headOfficeId, templateV1, 'National court survey');
    await saveDraft(ministry.admin, hq.id, 1, templateV1, { mandatoryElements: ['polite', 'overall'] });
    const hqV1 = await publish(ministry.admin, hq.id, 'national');

    const branchAuthor = await newUserWithRole(app, ministry, 'AUTHOR', region.id);
    const derived = (
      await branchAuthor.ok(
        `mutation { deriveQuestionnaire(versionId: "${hqV1.id}", unitId: "${region.id}") { id origin draftRevision lockedElements parentQuestionnaire { id } } }`,
      )
    ).deriveQuestionnaire;
    expect(derived).toMatchObject({
      origin: 'DERIVED',
      lockedElements: ['overall', 'polite'],
      parentQuestionnaire: { id: hq.id },
    });

    const lowered = structuredClone(templateV1);
    lowered.pages[0].elements.splice(0, 1); // removes "polite"
    (lowered.pages[1].elements[0] as any).rateMax = 3; // alters "overall"
    (lowered.pages[0].elements[0] as any).title = 'Reworded, not mandatory'; // "timely" is free to change
    const error = await branchAuthor.fails(PUBLISH, { input: { questionnaireId: derived.id, definition: lowered } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.violations).toEqual([
      {
        name: 'overall',
        message: '"overall" is mandatory in the parent questionnaire and cannot be altered (changed: rateMax).',
      },
      { name: 'polite', message: '"polite" is mandatory in the parent questionnaire and cannot be removed.' },
    ]);
    expect(error.message).toMatch(/lowers the parent's standard/);

    const refined = structuredClone(templateV1);
    refined.pages[0].elements.push(likert('local_parking', 'Parking'));
    (refined.pages[0].elements[0] as any).title = {
      default: 'Court staff are polite and professional',
      uk: 'Працівники суду ввічливі та професійні',
    };
    const ok = (
      await branchAuthor.ok(PUBLISH, {
        input: { questionnaireId: derived.id, changelog: 'regional additions', definition: refined },
      })
    ).publishQuestionnaire;
    expect(ok.number).toBe(1);
    expect(ok.mandatoryElements).toEqual(['overall', 'polite']);
  });

  it('accepts a change to a mandatory element when it comes from merging the parent’s newer version', async () => {
    const hq = await newQuestionnaire(ministry.admin, ministry.headOfficeId, templateV1, 'HQ survey');
    await saveDraft(ministry.admin, hq.id, 1, templateV1, { mandatoryElements: ['overall'] });
    const hqV1 = await publish(ministry.admin, hq.id);
    const derived = (
      await ministry.admin.ok(
        `mutation { deriveQuestionnaire(versionId: "${hqV1.id}", unitId: "${ministry.headOfficeId}", title: "Branch") { id } }`,
      )
    ).deriveQuestionnaire;

    const v2 = structuredClone(templateV1);
    (v2.pages[1].elements[0] as any).rateMax = 10; // head office widens the mandatory scale
    await publish(ministry.admin, hq.id, 'ten-point overall', v2);

    // Making the same change by hand is refused: the draft is still based on head office's v1.
    const byHand = structuredClone(templateV1);
    (byHand.pages[1].elements[0] as any).rateMax = 10;
    expect(
      (await ministry.admin.fails(PUBLISH, { input: { questionnaireId: derived.id, definition: byHand } })).message,
    ).toMatch(/cannot be altered \(changed: rateMax\)/);

    const state = await ministry.admin.ok(STATE, { id: derived.id });
    expect(state.questionnaire.parentUpdate).toMatchObject({
      kind: 'PARENT',
      fromVersionNumber: 1,
      toVersionNumber: 2,
      changed: [{ name: 'overall', changes: [{ aspect: 'RATE_RANGE' }] }],
    });
    const merged = (await ministry.admin.ok(MERGE, { id: derived.id, rev: state.questionnaire.draftRevision }))
      .mergeTemplateUpdate;
    expect(merged.conflicts).toEqual([]);
    expect(merged.questionnaire.draft.pages[1].elements[0].rateMax).toBe(10);
    const published = (
      await ministry.admin.ok(PUBLISH, { input: { questionnaireId: derived.id, changelog: 'merged v2' } })
    ).publishQuestionnaire;
    expect(published.number).toBe(1);
    expect(published.mandatoryElements).toEqual(['overall']);
  });

  it('a fixture survives derivation and publishing unchanged', async () => {
    const definition = fixture('court-users');
    const hq = await newQuestionnaire(ministry.admin, ministry.headOfficeId, definition);
    await saveDraft(ministry.admin, hq.id, 1, definition, { mandatoryElements: ['quality'] });
    const v1 = await publish(ministry.admin, hq.id);
    const derived = (
      await ministry.admin.ok(
        `mutation { deriveQuestionnaire(versionId: "${v1.id}", unitId: "${ministry.headOfficeId}") { id } }`,
      )
    ).deriveQuestionnaire;
    const own = await publish(ministry.admin, derived.id, 'as is');
    const diff = await ministry.admin.ok(DIFF, { from: v1.id, to: own.id });
    expect(diff.questionnaireVersionDiff).toMatchObject({ added: [], removed: [], changed: [] });
  });
});

describe('a template with its indicator model', () => {
  it('travels to the adopter, bound to the adopter’s copy of the questionnaire', async () => {
    const q = await newQuestionnaire(ministry.admin, ministry.headOfficeId, templateV1, 'Court users with index');
    const v1 = await publish(ministry.admin, q.id);
    const model = (
      await ministry.admin.ok(
        `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
        {
          input: {
            unitId: ministry.headOfficeId,
            name: 'Court user index',
            definition: {
              root: {
                key: 'index',
                kind: 'INDEX',
                label: 'Index',
                children: [
                  {
                    key: 'staff',
                    kind: 'SURVEY',
                    label: 'Staff',
                    items: [
                      { questionnaireId: q.id, question: 'polite' },
                      { questionnaireId: q.id, question: 'timely' },
                    ],
                  },
                  {
                    key: 'overall',
                    kind: 'SURVEY',
                    label: 'Overall',
                    items: [{ questionnaireId: q.id, question: 'overall' }],
                  },
                ],
              },
            },
          },
        },
      )
    ).createIndicatorModel;
    const modelV1 = (
      await ministry.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`)
    ).publishIndicatorModel;
    const template = (
      await ministry.admin.ok(
        OFFER.replace('releases { versionNumber }', 'releases { versionNumber hasIndicatorModel }'),
        {
          input: {
            versionId: v1.id,
            category: 'courts',
            description: 'with index',
            indicatorModelVersionId: modelV1.id,
          },
        },
      )
    ).offerTemplate;
    expect(template.releases).toEqual([{ versionNumber: 1, hasIndicatorModel: true }]);

    const branch = await newUnit(court.admin, court.headOfficeId, `WITH-MODEL-${Date.now()}`);
    const adopted = (
      await court.admin.ok(`mutation { adoptTemplate(templateId: "${template.id}", unitId: "${branch.id}") { id } }`)
    ).adoptTemplate;
    const models = (
      await court.admin.ok(
        `{ indicatorModels(under: "${branch.id}") { edges { node { id name draft { nodes { key items { questionnaireId question } } } } } } }`,
      )
    ).indicatorModels.edges;
    expect(models).toHaveLength(1);
    const bound = models[0].node.draft.nodes.flatMap((n: any) => n.items.map((i: any) => i.questionnaireId));
    expect(new Set(bound)).toEqual(new Set([adopted.id]));
    // Once the court publishes its copy, the model validates against it and publishes.
    await publish(court.admin, adopted.id);
    const published = await court.admin.ok(
      `mutation { publishIndicatorModel(input: { modelId: "${models[0].node.id}" }) { number } }`,
    );
    expect(published.publishIndicatorModel.number).toBe(1);
  });

  it('refuses to offer a model that scores another questionnaire', async () => {
    const q = await newQuestionnaire(ministry.admin, ministry.headOfficeId, templateV1, 'Offered');
    const other = await newQuestionnaire(ministry.admin, ministry.headOfficeId, templateV1, 'Other');
    const v1 = await publish(ministry.admin, q.id);
    await publish(ministry.admin, other.id);
    const model = (
      await ministry.admin.ok(
        `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
        {
          input: {
            unitId: ministry.headOfficeId,
            name: 'Wrong',
            definition: {
              root: {
                key: 'index',
                kind: 'INDEX',
                label: 'Index',
                children: [
                  { key: 's', kind: 'SURVEY', label: 'S', items: [{ questionnaireId: other.id, question: 'polite' }] },
                ],
              },
            },
          },
        },
      )
    ).createIndicatorModel;
    const modelV1 = (
      await ministry.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`)
    ).publishIndicatorModel;
    const error = await ministry.admin.fails(OFFER, {
      input: { versionId: v1.id, category: 'courts', description: 'x', indicatorModelVersionId: modelV1.id },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorModelVersionId' });
  });
});
