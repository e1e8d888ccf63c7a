import type { Tenant } from '../../support/factories.js';
import { newUserWithRole } from '../../support/factories.js';
import type { TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish } from '../../support/questionnaires.js';

/** What B2 holds besides its questionnaire, model and response: made by A's head-office ADMIN through the API. */
export interface B2Objects {
  userId: string;
  linkId: string;
  importId: string;
  distributionId: string;
  invitationId: string;
  eventRuleId: string;
  templateId: string;
}

export async function buildB2Objects(
  app: TestApp,
  a: Tenant,
  b2: string,
  q: { questionnaireId: string; versionId: string },
): Promise<B2Objects> {
  const analyst = await newUserWithRole(app, a, 'ANALYST', b2);
  const userId = (await analyst.ok(`{ me { user { id } } }`)).me.user.id;
  const linkId = (
    await a.admin.ok(
      `mutation($v: ID!, $u: ID!) { openQuestionnaireVersion(input: { versionId: $v, unitId: $u }) { id } }`,
      {
        v: q.versionId,
        u: b2,
      },
    )
  ).openQuestionnaireVersion.id;
  const importId = (
    await a.admin.ok(
      `mutation($u: ID!, $v: ID!) { startResponseImport(input: { unitId: $u, versionId: $v, format: CSV, mode: ALL_OR_NOTHING }) { id } }`,
      { u: b2, v: q.versionId },
    )
  ).startResponseImport.id;
  const distributionId = (
    await a.admin.ok(`mutation($i: CreateDistributionInput!) { createDistribution(input: $i) { id } }`, {
      i: { name: 'B2 letters', questionnaireId: q.questionnaireId, channel: 'EMAIL', unitIds: [b2] },
    })
  ).createDistribution.id;
  const invited = await a.admin.ok(
    `mutation($d: ID!) { inviteRespondents(input: { distributionId: $d, respondents: [{ contact: "client@b2.example.org" }] }) { invitations { id } } }`,
    { d: distributionId },
  );
  const eventRuleId = (
    await a.admin.ok(
      `mutation($d: ID!) { saveEventRule(input: { distributionId: $d, eventType: "b2_claim_paid", deadlineWorkingDays: 2 }) { id } }`,
      { d: distributionId },
    )
  ).saveEventRule.id;
  // A questionnaire of its own for the library: an offered version is readable by every organisation.
  const offered = await newQuestionnaire(a.admin, b2, { elements: [{ type: 'comment', name: 'c' }] }, 'Offered');
  const templateId = (
    await a.admin.ok(
      `mutation($v: ID!) { offerTemplate(input: { versionId: $v, category: "Probes", description: "B2's survey" }) { id } }`,
      { v: (await publish(a.admin, offered.id)).id },
    )
  ).offerTemplate.id;
  await a.admin.ok(
    `mutation { createMetric(input: { key: "b2_wait", label: "Wait", kind: FLOW, worst: 10, target: 0 }) { id } }`,
  );
  return {
    userId,
    linkId,
    importId,
    distributionId,
    invitationId: invited.inviteRespondents.invitations[0].id,
    eventRuleId,
    templateId,
  };
}
