import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish } from '../../support/questionnaires.js';
import { createDistribution } from '../../support/distribution.js';

let app: TestApp;
let t: Tenant;
let token: string;

const survey = {
  pages: [
    {
      name: 'p',
      elements: [
        {
          type: 'rating',
          name: 'courtesy',
          title: 'How courteous was the agent?',
          rateMin: 1,
          rateMax: 5,
          isRequired: true,
        },
        { type: 'comment', name: 'why', title: 'Why?' },
        {
          type: 'radiogroup',
          name: 'solved',
          title: 'Was your problem solved?',
          choices: [
            { value: 'yes', text: 'Yes' },
            { value: 'partly', text: 'Partly' },
            { value: 'no', text: 'No' },
          ],
        },
        { type: 'boolean', name: 'recommend', title: 'Would you call us again?' },
      ],
    },
  ],
};

const call = async (path: string, body: Record<string, unknown>) => {
  const res = await fetch(`${app.url}/api/ivr/calls${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Call centre');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'After the call');
  await publish(t.admin, q.id, 'v1');
  token = (
    await createDistribution(t.admin, {
      name: 'IVR after calls',
      questionnaireId: q.id,
      channel: 'IVR',
      unitIds: [t.headOfficeId],
    })
  ).links[0].token;
});
afterAll(() => app?.close());

describe('IVR telephony webhook', () => {
  it('asks the keypad questions one by one and completes a response counted under IVR', async () => {
    const start = await call('', { token });
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({ done: false, question: 'courtesy', keys: ['1', '2', '3', '4', '5'] });
    expect(start.body.say).toBe('How courteous was the agent? Press 1 to 5.');
    const id = start.body.sessionId;
    const wrong = await call(`/${id}`, { digits: '9' });
    expect(wrong.body).toMatchObject({ question: 'courtesy', done: false });
    expect(wrong.body.say).toMatch(/^Sorry, that key is not an answer/);
    const second = await call(`/${id}`, { digits: '4' });
    // The comment cannot be keyed in: skipped.
    expect(second.body).toMatchObject({ question: 'solved', keys: ['1', '2', '3', '*'] });
    expect(second.body.say).toBe('Was your problem solved? 1: Yes, 2: Partly, 3: No. Press star to skip.');
    const third = await call(`/${id}`, { digits: '2' });
    expect(third.body).toMatchObject({ question: 'recommend', keys: ['1', '2', '*'] });
    const done = await call(`/${id}`, { digits: '1' });
    expect(done.body).toMatchObject({ done: true });
    expect((await call(`/${id}`, { digits: '1' })).body.responseId).toBe(done.body.responseId); // a repeated last key stores nothing new

    const stored = await t.admin.ok(
      `{ responses(filter: { channel: IVR }) { totalCount edges { node { id answers } } } }`,
    );
    expect(stored.responses.totalCount).toBe(1);
    expect(stored.responses.edges[0].node).toEqual({
      id: done.body.responseId,
      answers: { courtesy: 4, solved: 'partly', recommend: true },
    });
  });

  it('refuses unknown tokens and sessions', async () => {
    expect((await call('', { token: 'nonsense' })).status).toBe(404);
    expect((await call('/00000000-0000-0000-0000-000000000000', { digits: '1' })).status).toBe(404);
  });
});
