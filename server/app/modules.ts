import { distributionGate, distributionSubscriptions, purgeIvrSessions } from '../distribution/index.js';
import { subscribe } from '../events/index.js';
import { auditChangesOf } from '../db/audit-trail.js';
import { purgeRateWindows } from '../http/abuse-guard.js';
import { addMaintenanceTask } from '../jobs/maintenance.js';
import { linkAnsweringUnits, purgeAbandonedPartials, useStaffRegister, useSubmissionGate } from '../responses/index.js';
import { useAnsweringUnits } from '../questionnaires/index.js';
import { resultsSubscriptions, useInspectionSource } from '../results/index.js';
import { fieldworkInspections, fieldworkStaffRegister, findingForAction } from '../fieldwork/index.js';
import { useStaffCaseCounts } from '../fieldwork/index.js';
import { caseForAction, connectCases, purgeCaseContacts } from '../cases/index.js';
import { casesNamingStaff } from '../cases/index.js';
import { useActionSources } from '../actions/index.js';
import { connectWebhooks } from '../webhooks/index.js';

/**
 * Connects the modules' backward edges, once per process, before anything is served: the
 * event subscribers (server/events) and the ports a module offers for the modules after it.
 * Called wherever an ORM is configured (app/orm-config.ts), so scripts get them too.
 */
export function connectModules(): void {
  subscribe(resultsSubscriptions);
  subscribe(distributionSubscriptions);
  useSubmissionGate(distributionGate);
  useAnsweringUnits(linkAnsweringUnits);
  // The audit trail (db/audit-trail.ts): every change to these entities is recorded; new modules add theirs.
  auditChangesOf('Organization', 'OrgUnit', 'User', 'RoleAssignment', 'ApiKey');
  auditChangesOf('UserTotp');
  auditChangesOf('Questionnaire', 'QuestionnaireVersion', 'Template', 'TemplateRelease');
  auditChangesOf('IndicatorModel', 'IndicatorModelVersion', 'Metric', 'MetricObservation', 'WeightingScheme');
  auditChangesOf('Distribution', 'EventRule', 'OrgCalendar', 'WebhookEndpoint', 'ResponseLink');
  auditChangesOf('Case', 'CaseCategory', 'AlertRule', 'CaseIntakeLink');
  auditChangesOf('RectificationAction', 'ActionConsequence');
  auditChangesOf('Report', 'ReportSubscription');
  auditChangesOf('InspectionKind', 'Inspector', 'VisitPlan', 'Assignment', 'Visit');
  // Scheduled purges (server/jobs/maintenance.ts), once across server copies.
  addMaintenanceTask({
    name: 'partialResponses',
    run: (em, c) => purgeAbandonedPartials(em, c.PARTIAL_RESPONSE_RETENTION_DAYS),
  });
  addMaintenanceTask({ name: 'ivrSessions', run: (em, c) => purgeIvrSessions(em, c.IVR_SESSION_RETENTION_HOURS) });
  addMaintenanceTask({ name: 'rateWindows', run: (em) => purgeRateWindows(em) });
  addMaintenanceTask({ name: 'caseContacts', run: (em, c) => purgeCaseContacts(em, c.CONTACT_RETENTION_DAYS) });
  connectCases();
  connectWebhooks();
  auditChangesOf('OutboundWebhook', 'ServiceCommitment', 'TransparencySettings', 'PublishedComment');
  useInspectionSource(fieldworkInspections);
  useStaffRegister(fieldworkStaffRegister);
  useStaffCaseCounts(casesNamingStaff);
  useActionSources({ case: caseForAction, finding: findingForAction });
}
