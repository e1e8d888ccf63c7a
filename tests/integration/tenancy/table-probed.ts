import type { Entry, Probe } from './table.js';
import type { World } from './world.js';

/**
 * Entries driven here on B2's unit (tenancy4): B1's ADMIN is refused FORBIDDEN, organisation B's
 * ADMIN NOT_FOUND. Each names B2 (or B2's questionnaire or model) where the operation asks for a unit.
 */
const both = (query: string, variables: (w: World) => Record<string, unknown>) => (w: World) =>
  (['branch', 'other'] as const).map((as): Probe => ({ as, query, variables: variables(w) }));
const period = { periodStart: '2026-01-01', periodEnd: '2026-02-01' };

export const PROBED: Record<string, Entry> = {
  followUpRate: {
    probes: both(`query($i: FollowUpRateInput!) { followUpRate(input: $i) { __typename } }`, (w) => ({
      i: { unitId: w.b2, ...period },
    })),
  },
  keyClients: { probes: both(`query($u: ID!) { keyClients(unitId: $u) { id } }`, (w) => ({ u: w.b2 })) },
  staffMembers: { probes: both(`query($u: ID!) { staffMembers(unitId: $u) { id } }`, (w) => ({ u: w.b2 })) },
  staffBreakdown: {
    probes: both(
      `query($u: ID!, $m: ID!) { staffBreakdown(unitId: $u, modelVersionId: $m, by: POST, from: "2026-01-01", to: "2027-01-01") { __typename } }`,
      (w) => ({ u: w.b2, m: w.modelVersionId }),
    ),
  },
  addKeyClient: {
    probes: both(
      `mutation($u: ID!) { addKeyClient(input: { unitId: $u, kind: ENTERPRISE, name: "Intruder Ltd" }) { id } }`,
      (w) => ({ u: w.b2 }),
    ),
  },
  addStaffMember: {
    probes: both(
      `mutation($u: ID!) { addStaffMember(input: { unitId: $u, post: COUNTER_CLERK, name: "Intruder" }) { id } }`,
      (w) => ({ u: w.b2 }),
    ),
  },
  createCase: {
    probes: both(
      `mutation($u: ID!) { createCase(input: { unitId: $u, channel: COUNTER, description: "Intruder" }) { id } }`,
      (w) => ({ u: w.b2 }),
    ),
  },
  createWebhookEndpoint: {
    probes: both(
      `mutation($u: ID!) { createWebhookEndpoint(input: { unitId: $u, name: "Intruder" }) { __typename } }`,
      (w) => ({ u: w.b2 }),
    ),
  },
  recordActionsMetric: {
    probes: both(`mutation($i: ActionsMetricInput!) { recordActionsMetric(input: $i) { __typename } }`, (w) => ({
      i: { unitId: w.b2, metricKey: 'actions_on_time', ...period },
    })),
  },
  recordFollowUpRate: {
    probes: both(`mutation($i: RecordFollowUpRateInput!) { recordFollowUpRate(input: $i) { __typename } }`, (w) => ({
      i: { unitId: w.b2, metricKey: 'follow_up_rate', ...period },
    })),
  },
  registerInspector: {
    probes: both(
      `mutation($u: ID!) { registerInspector(input: { ownerUnitId: $u, unitIds: [$u], category: MYSTERY_SHOPPER, name: "Intruder" }) { id } }`,
      (w) => ({ u: w.b2 }),
    ),
  },
  createReportDraft: {
    probes: both(
      `mutation($u: ID!, $m: ID!) { createReportDraft(input: { unitId: $u, modelId: $m, language: "en", periodKind: MONTH, periodStart: "2026-02-01" }) { id } }`,
      (w) => ({ u: w.b2, m: w.modelId }),
    ),
  },
  saveAlertRule: {
    probes: both(
      `mutation($q: ID!) { saveAlertRule(input: { questionnaireId: $q, name: "Intruder", condition: ANSWER_BELOW, question: "q", threshold: 2 }) { id } }`,
      (w) => ({ q: w.questionnaireId }),
    ),
  },
  // B2's link, import, distribution, invitation, event rule, user and offered template (world-objects.ts, tenancy5)
  metricObservations: {
    probes: both(`query($u: ID!) { metricObservations(metricKey: "b2_wait", unitId: $u) { __typename } }`, (w) => ({
      u: w.b2,
    })),
  },
  responseImport: {
    probes: both(`query($id: ID!) { responseImport(id: $id) { id } }`, (w) => ({ id: w.objects.importId })),
  },
  closeResponseLink: {
    probes: both(`mutation($id: ID!) { closeResponseLink(id: $id) { id } }`, (w) => ({ id: w.objects.linkId })),
  },
  inviteRespondents: {
    probes: both(
      `mutation($d: ID!) { inviteRespondents(input: { distributionId: $d, respondents: [{ contact: "intruder@example.org" }] }) { invited } }`,
      (w) => ({ d: w.objects.distributionId }),
    ),
  },
  recordCallOutcome: {
    probes: both(
      `mutation($i: ID!) { recordCallOutcome(input: { invitationId: $i, completed: true }) { id } }`,
      (w) => ({ i: w.objects.invitationId }),
    ),
  },
  saveEventRule: {
    probes: both(
      `mutation($d: ID!) { saveEventRule(input: { distributionId: $d, eventType: "b2_claim_paid", deadlineWorkingDays: 9 }) { id } }`,
      (w) => ({ d: w.objects.distributionId }),
    ),
  },
  eventRules: {
    probes: (w) =>
      (['branch', 'other'] as const).map((as): Probe => ({
        as,
        query: `{ eventRules { id distributionId } }`,
        hidden: [w.objects.eventRuleId, w.objects.distributionId],
      })),
  },
  reactivateUser: {
    probes: both(`mutation($id: ID!) { reactivateUser(id: $id) { id } }`, (w) => ({ id: w.objects.userId })),
  },
  offerTemplate: {
    probes: both(
      `mutation($v: ID!) { offerTemplate(input: { versionId: $v, category: "Intruder", description: "Taken" }) { id } }`,
      (w) => ({ v: w.secondVersionId }),
    ),
  },
  adoptTemplate: {
    probes: both(`mutation($t: ID!, $u: ID!) { adoptTemplate(templateId: $t, unitId: $u) { id } }`, (w) => ({
      t: w.objects.templateId,
      u: w.b2,
    })),
  },
  mergeTemplateUpdate: {
    probes: both(
      `mutation($q: ID!) { mergeTemplateUpdate(questionnaireId: $q, expectedRevision: 0) { __typename } }`,
      (w) => ({ q: w.questionnaireId }),
    ),
  },
};
