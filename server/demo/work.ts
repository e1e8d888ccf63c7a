import { addDays, branches, lastQuarterStart, monthStart, pool, unit, type DemoContext } from './call.js';
import { DECLINING, DEMO_USERS } from './plan.js';
import type { Random } from './random.js';
import type { Adopted } from './results.js';

const CREATE_CASE = `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const MOVE = `mutation M($input: ChangeCaseStateInput!) { changeCaseState(input: $input) { id state } }`;
const user = (d: DemoContext, role: string) => d.users.get(DEMO_USERS.find((u) => u.role === role)!.email)!;

/** Each state's path through the workflow (docs/cases.md), with what each move needs. */
function movesTo(state: string, owner: string, transferTo: string): Record<string, unknown>[] {
  const assigned = [{ to: 'ACKNOWLEDGED' }, { to: 'ACCEPTED' }, { to: 'ASSIGNED', ownerId: owner }];
  const resolved = [
    ...assigned,
    { to: 'INVESTIGATING', note: 'Called the client and the counter clerk.' },
    {
      to: 'RESOLVED',
      resolution: 'The benefit was recalculated and paid.',
      responsibility: 'UNIT',
      cause: 'calculation error',
      agreement: 'Paid with interest.',
    },
  ];
  const paths: Record<string, Record<string, unknown>[]> = {
    RECEIVED: [],
    ACKNOWLEDGED: [{ to: 'ACKNOWLEDGED' }],
    ACCEPTED: [{ to: 'ACKNOWLEDGED' }, { to: 'ACCEPTED' }],
    ASSIGNED: assigned,
    TRANSFERRED: [...assigned, { to: 'TRANSFERRED', unitId: transferTo, note: 'The claim is handled there.' }],
    INVESTIGATING: [...assigned, { to: 'INVESTIGATING' }],
    RESOLVED: resolved,
    CLOSED: [...resolved, { to: 'CLOSED' }],
    REJECTED: [{ to: 'ACKNOWLEDGED' }, { to: 'REJECTED', reason: 'The decision was appealed in court already.' }],
    REOPENED: [...resolved, { to: 'CLOSED' }, { to: 'REOPENED', note: 'The client wrote again.' }],
  };
  return paths[state];
}

const COMPLAINTS = [
  ['en', 'I waited two hours and nobody explained the delay.'],
  ['en', 'My pension was calculated wrongly for March.'],
  ['zh-CN', '我的医保报销申请已经一个月没有答复。'],
  ['uk', 'Мені тричі відмовили прийняти документи без пояснень.'],
  ['en', 'The employer registration form on the website does not work.'],
] as const;

/**
 * Complaints in every state of the workflow, some received weeks ago (letters entered now) so
 * that they are past their deadlines, and an alert rule that opens alert cases from comments.
 */
export async function buildCases(d: DemoContext, random: Random, q: Adopted): Promise<void> {
  await d.call(`mutation A($input: SaveAlertRuleInput!) { saveAlertRule(input: $input) { id } }`, {
    input: {
      name: 'Rude staff mentioned in a comment',
      questionnaireId: q.questionnaireId,
      condition: 'KEYWORD',
      question: 'improve',
      values: ['rude', '态度不好', 'грубе'],
      priority: 'HIGH',
    },
  });
  const owner = user(d, 'UNIT_MANAGER').id;
  const all = branches(d);
  const states = ['RECEIVED', 'ACKNOWLEDGED', 'ACCEPTED', 'ASSIGNED', 'TRANSFERRED', 'INVESTIGATING'];
  const finals = ['RESOLVED', 'CLOSED', 'REJECTED', 'REOPENED'];
  const planned = [...states, ...states, ...finals].map((state, i) => {
    const open = i < states.length * 2;
    // The first round of open cases came in by letter weeks ago: they are overdue.
    const daysAgo = open && i < states.length ? random.int(10, 30) : random.int(0, 2);
    const [language, description] = COMPLAINTS[i % COMPLAINTS.length];
    const at = i % 4 === 0 ? unit(d, DECLINING) : random.pick(all);
    const input = {
      unitId: at.id,
      description,
      channel: daysAgo > 2 ? 'LETTER' : random.pick(['COUNTER', 'PHONE_HOTLINE', 'ONLINE_FORM', 'EMAIL']),
      priority: random.pick(['NORMAL', 'NORMAL', 'HIGH', 'LOW']),
      language,
      // Noon of that day, but never later than a minute ago: before noon UTC, today's noon is still to come.
      receivedAt: new Date(
        Math.min(Date.parse(`${d.today}T12:00:00Z`) - daysAgo * 86_400_000, Date.now() - 60_000),
      ).toISOString(),
      // The closed complaint's client gave a phone number: the survey of the handling calls them.
      ...(state === 'CLOSED' ? { contact: '+380445550113', contactName: 'Olena' } : {}),
    };
    return { input, moves: movesTo(state, owner, all.find((b) => b.id !== at.id)!.id) };
  });
  await pool(planned, 4, async ({ input, moves }) => {
    const created = await d.call<{ createCase: { id: string } }>(CREATE_CASE, { input });
    for (const move of moves) await d.call(MOVE, { input: { caseId: created.createCase.id, ...move } });
  });
}

const OPEN_ACTION = `mutation O($input: OpenActionInput!) { openAction(input: $input) { id } }`;

/**
 * Rectification actions: one that worked (met), one that did not (the declining branch), one past
 * its deadline with nothing submitted (overdue: the actions worker escalates it), one under way.
 */
export async function buildActions(d: DemoContext, q: Adopted): Promise<Record<string, string>> {
  const first = monthStart(d.today, -12);
  const firstQuarterEnd = monthStart(d.today, -9);
  const lastFrom = monthStart(d.today, -3);
  const lastTo = monthStart(d.today, 0);
  const common = { modelId: q.modelId, indicatorKey: 'index', sourceKind: 'RANKING', targetKind: 'SCORE_RISE' };
  const judged = {
    ...common,
    baselineFrom: first,
    baselineTo: firstQuarterEnd,
    recheckFrom: lastFrom,
    recheckTo: lastTo,
  };
  const plans = {
    met: {
      ...judged,
      unitId: unit(d, 'NORTH-1').id,
      title: 'Shorter queues at Riverside',
      measures: 'An appointment system and a second counter at peak hours.',
      deadline: addDays(lastFrom, -14),
      targetValue: 5,
      responsibleUserId: user(d, 'UNIT_MANAGER').id,
    },
    notMet: {
      ...judged,
      unitId: unit(d, DECLINING).id,
      title: 'Explain benefit decisions at Prairie',
      measures: 'Training on explaining decisions; a leaflet on how benefits are calculated.',
      deadline: addDays(lastFrom, -14),
      targetValue: 5,
      responsibleUserId: d.users.get('branch@demo.barometer.local')!.id,
    },
    overdue: {
      ...common,
      baselineFrom: lastFrom,
      baselineTo: lastTo,
      recheckFrom: lastTo,
      recheckTo: monthStart(d.today, 3),
      unitId: unit(d, 'SOUTH-4').id,
      title: 'Repair the kiosk and the waiting-room signage at Vineyard',
      measures: 'Replace the kiosk screen; new signage in three languages.',
      deadline: addDays(d.today, -10),
      targetValue: 3,
      responsibleUserId: user(d, 'ADMIN').id,
    },
    underWay: {
      sourceKind: 'MANUAL',
      targetKind: 'SCORE_REACH',
      unitId: unit(d, 'EAST-2').id,
      title: 'Answer the hotline within three rings',
      measures: 'A call rota and a second line.',
      deadline: addDays(d.today, 30),
      recheckFrom: addDays(d.today, 31),
      recheckTo: addDays(d.today, 92),
      targetValue: 80,
      responsibleUserId: user(d, 'UNIT_MANAGER').id,
    },
  };
  const ids: Record<string, string> = {};
  for (const [key, input] of Object.entries(plans))
    ids[key] = (await d.call<{ openAction: { id: string } }>(OPEN_ACTION, { input })).openAction.id;
  // Their re-check periods are over: judge them now rather than wait for the worker's next round.
  for (const key of ['met', 'notMet'])
    await d.call(`mutation R($id: ID!) { recheckAction(actionId: $id) { verdict } }`, { id: ids[key] });
  return ids;
}

/** A mystery-visit plan over ten branches for the last two months, visited by the demo's inspector. */
export async function buildInspections(d: DemoContext, random: Random, sheet: Adopted, staff: Map<string, string[]>) {
  const inspectorUser = user(d, 'INSPECTOR');
  const { registerInspector } = await d.call<{ registerInspector: { id: string } }>(
    `mutation R($input: RegisterInspectorInput!) { registerInspector(input: $input) { id } }`,
    {
      input: {
        ownerUnitId: unit(d, 'HO').id,
        name: 'Wang (mystery shopper)',
        category: 'MYSTERY_SHOPPER',
        unitIds: [unit(d, 'HO').id],
        userId: inspectorUser.id,
      },
    },
  );
  const { inspectionKinds } = await d.call<{ inspectionKinds: { id: string; key: string }[] }>(
    `{ inspectionKinds { id key } }`,
  );
  // Two branches of each region, and the declining one, whose visits find what its clients say.
  const visited = branches(d).filter((b, i) => i % 5 < 2 || b.code === DECLINING);
  const dates = [monthStart(d.today, -2), monthStart(d.today, -1)];
  await d.call(`mutation P($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
    input: {
      ownerUnitId: unit(d, 'HO').id,
      name: 'Mystery visits, last two months',
      kindId: inspectionKinds.find((k) => k.key === 'MYSTERY_VISIT')!.id,
      questionnaireVersionId: sheet.versionId,
      unitIds: visited.map((b) => b.id),
      inspectorIds: [registerInspector.id],
      dates,
      dueDays: 10,
    },
  });
  await nextMonthPlans(d, sheet, registerInspector.id, inspectionKinds);
  const inspector = d.as(inspectorUser.principal);
  const { myAssignments } = await inspector<{
    myAssignments: { id: string; unit: { code: string }; scheduledFor: string }[];
  }>(`{ myAssignments { id unit { code } scheduledFor } }`);
  const visits = myAssignments.flatMap((a, i) => {
    if (i % 7 === 6 || a.scheduledFor >= d.today) return []; // a few never visited; next month's still to come
    const good = a.unit.code !== DECLINING;
    const grade = () => (good ? random.int(3, 5) : random.int(1, 3));
    const rows = (names: string[]) => Object.fromEntries(names.map((n) => [n, grade()]));
    const start = new Date(`${addDays(a.scheduledFor, random.int(0, 6))}T10:00:00Z`);
    return [
      {
        assignmentId: a.id,
        clientId: `demo-visit-${a.id}`,
        startedAt: start.toISOString(),
        endedAt: new Date(start.getTime() + 40 * 60_000).toISOString(),
        staffIds: (staff.get(a.unit.code) ?? []).slice(0, 1),
        answers: {
          image: rows(['signage', 'tidy', 'dress']),
          attitude: rows(['greeting', 'courtesy', 'farewell']),
          skill: rows(['knowledge', 'process', 'risks']),
          timeliness: rows(['wait', 'handling']),
          violations: { misleading: good ? 1 : 0, refusal: 1, fees: 1 },
          findings: good ? 'Well kept, courteous staff.' : 'Long wait; the clerk gave a misleading answer.',
        },
        nonConformities: good
          ? []
          : [{ title: 'Misleading answer about the benefit amount', severity: 'HIGH', question: 'violations' }],
      },
    ];
  });
  // One at a time: every visit of an organisation takes its inspection cells' lock, so parallel ones only queue
  // on it, and on a busy machine they gave up waiting and left the demo incomplete.
  await pool(visits, 1, (input) =>
    inspector(`mutation V($input: SubmitVisitInput!) { submitVisit(input: $input) { id } }`, { input }),
  );
}

/** Next month's plans of a region and of the declining branch, so each of their managers sees a plan of their own. */
async function nextMonthPlans(
  d: DemoContext,
  sheet: Adopted,
  inspectorId: string,
  kinds: { id: string; key: string }[],
) {
  // The Northern region's own plan for next month, so its manager's field-work page has one too.
  await d.call(`mutation P($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
    input: {
      ownerUnitId: unit(d, 'NORTH').id,
      name: 'Northern region mystery visits, next month',
      kindId: kinds.find((k) => k.key === 'MYSTERY_VISIT')!.id,
      questionnaireVersionId: sheet.versionId,
      unitIds: branches(d)
        .filter((b) => b.region === 'NORTH')
        .map((b) => b.id),
      inspectorIds: [inspectorId],
      dates: [monthStart(d.today, 1)],
      dueDays: 10,
    },
  });
  // The declining branch's own daily checks for next month, so its manager's field-work page has a plan.
  await d.call(`mutation P($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
    input: {
      ownerUnitId: unit(d, DECLINING).id,
      name: 'Prairie branch daily checks, next month',
      kindId: kinds.find((k) => k.key === 'DAILY_CHECK')!.id,
      questionnaireVersionId: sheet.versionId,
      unitIds: [unit(d, DECLINING).id],
      inspectorIds: [inspectorId],
      dates: [monthStart(d.today, 1)],
      dueDays: 5,
    },
  });
}

/** The last complete quarter's report, issued; the public page with a commitment. */
export async function buildPublication(d: DemoContext, q: Adopted): Promise<string> {
  const ho = unit(d, 'HO').id;
  const draft = await d.call<{ createReportDraft: { id: string } }>(
    `mutation R($input: CreateReportDraftInput!) { createReportDraft(input: $input) { id } }`,
    {
      input: {
        unitId: ho,
        modelId: q.modelId,
        language: 'en',
        periodKind: 'QUARTER',
        periodStart: lastQuarterStart(d.today),
      },
    },
  );
  await d.call(`mutation I($id: ID!) { issueReport(id: $id) { id } }`, { id: draft.createReportDraft.id });
  const commit = (input: Record<string, unknown>) =>
    d.call(`mutation C($input: CommitmentInput!) { createServiceCommitment(input: $input) { id } }`, {
      input: { source: 'INDICATOR', modelId: q.modelId, published: true, ...input },
    });
  await commit({
    unitId: ho,
    text: 'Four clients in five are satisfied with our service.',
    translations: [
      { locale: 'zh-CN', text: '五分之四的服务对象对我们的服务满意。' },
      { locale: 'uk', text: 'Чотири клієнти з п’яти задоволені нашим обслуговуванням.' },
    ],
    target: 80,
  });
  // A region's own commitment, which its manager publishes from the Public page.
  await commit({
    unitId: unit(d, 'NORTH').id,
    text: 'Three clients in four of the Northern region are satisfied.',
    translations: [
      { locale: 'zh-CN', text: '北部地区四分之三的服务对象感到满意。' },
      { locale: 'uk', text: 'Три клієнти з чотирьох у Північному регіоні задоволені.' },
    ],
    target: 75,
  });
  // The declining branch's commitment, not yet published: its manager sees it on the Public page.
  await commit({
    unitId: unit(d, DECLINING).id,
    text: 'Seven clients in ten of the Prairie branch are satisfied.',
    translations: [
      { locale: 'zh-CN', text: '草原支行十分之七的服务对象感到满意。' },
      { locale: 'uk', text: 'Сім клієнтів із десяти у відділенні «Прерія» задоволені.' },
    ],
    target: 70,
    published: false,
  });
  await d.call(
    `mutation T($input: TransparencySettingsInput!) { updateTransparencySettings(input: $input) { enabled } }`,
    {
      input: {
        enabled: true,
        modelId: q.modelId,
        period: 'QUARTER',
        unitIds: [...d.units.values()].filter((u) => u.region === u.code).map((u) => u.id),
      },
    },
  );
  return draft.createReportDraft.id;
}

export const INSURER_FOLLOW_UPS = 'Insurer service follow-ups';

/**
 * The survey of the handling (issue 17): the insurer follow-up template, called by phone, sent by
 * the event rule on `complaint_closed` within 5 working days, so closing a complaint schedules a
 * call. Returns the distribution, whose calls `answerFollowUps` makes once the cases are closed.
 */
export async function buildFollowUpRule(d: DemoContext, q: Adopted): Promise<string> {
  const { createDistribution } = await d.call<{ createDistribution: { id: string } }>(
    `mutation D($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }`,
    {
      input: {
        questionnaireId: q.questionnaireId,
        versionId: q.versionId,
        channel: 'PHONE',
        anonymity: 'CONFIDENTIAL',
        name: 'Complaint follow-up calls',
        unitIds: [unit(d, 'HO').id],
      },
    },
  );
  await d.call(`mutation R($input: EventRuleInput!) { saveEventRule(input: $input) { id } }`, {
    input: { eventType: 'complaint_closed', distributionId: createDistribution.id, deadlineWorkingDays: 5 },
  });
  return createDistribution.id;
}

/** The follow-up calls of the closed complaints, made: the client is satisfied with the handling. */
export async function answerFollowUps(d: DemoContext, distributionId: string): Promise<number> {
  const { invitations } = await d.call<{ invitations: { edges: { node: { id: string; callToken: string } }[] } }>(
    `query I($f: InvitationFilterInput!) { invitations(filter: $f, first: 50) { edges { node { id callToken } } } }`,
    { f: { distributionId } },
  );
  for (const { node } of invitations.edges) {
    await d.call(`mutation C($input: CallOutcomeInput!) { recordCallOutcome(input: $input) { id } }`, {
      input: { invitationId: node.id, completed: true, note: 'Reached the client.' },
    });
    await d.call(`mutation S($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`, {
      input: {
        token: node.callToken,
        clientRequestId: `demo-follow-up-${node.id}`,
        answers: {
          service_step: 'complaint_closed',
          complaint: { acknowledged: 5, informed: 4, outcome: 5 },
          overall: 5,
          suggestion: 'Quick and fair, thank you.',
        },
      },
    });
  }
  return invitations.edges.length;
}
