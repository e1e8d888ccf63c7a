import type { Entry } from './table.js';

/** Entries of operations driven by other tenancy files (checked by name), or not driven yet. */
export const ELSEWHERE: Record<string, Entry> = {
  acceptInvitation: {
    covered: ['administration-tenancy.test.ts', 'cannot use an invitation token with its organisation id swapped in'],
  },
  actionSummary: {
    covered: ['actions-tenancy.test.ts', 'another organisation cannot read or change an action: NOT_FOUND'],
  },
  actions: { covered: ['actions-tenancy.test.ts', 'another organisation cannot read or change an action: NOT_FOUND'] },
  alertRules: {
    covered: [
      'cases-tenancy.test.ts',
      'cannot register a complaint for its units, see its categories or rules, or watch its questionnaire',
    ],
  },
  apiKeys: { covered: ['administration-tenancy.test.ts', 'lists none of its users, keys or invitations'] },
  assignFollowUps: {
    covered: [
      'actions-tenancy.test.ts',
      'work plans, service events and call lists keep to the organisation and the subtree',
    ],
  },
  assignRole: {
    covered: [
      'administration-tenancy.test.ts',
      'cannot deactivate a head-office user, nor one who also holds a role above the branch',
    ],
  },
  caseAnalysis: {
    covered: [
      'cases-tenancy.test.ts',
      'cannot register a complaint for its units, see its categories or rules, or watch its questionnaire',
    ],
  },
  caseCategories: {
    covered: [
      'cases-tenancy.test.ts',
      'cannot register a complaint for its units, see its categories or rules, or watch its questionnaire',
    ],
  },
  caseStatistics: {
    covered: [
      'cases-tenancy.test.ts',
      'cannot register a complaint for its units, see its categories or rules, or watch its questionnaire',
    ],
  },
  closeDistribution: {
    covered: [
      'distribution/branch-scope.test.ts',
      'cannot update, pause, resume or close it, and the refusal names no unit outside its subtree',
    ],
  },
  createCaseIntakeLink: {
    covered: [
      'cases-tenancy.test.ts',
      'a branch cannot make a form link for a unit outside its subtree, nor attach to its case',
    ],
  },
  createIndicatorModel: {
    covered: [
      'tenancy-and-permissions.test.ts',
      'a key with READ_RESULTS only reads scores but cannot record metrics or submit responses',
    ],
  },
  createMetric: {
    covered: ['cases-tenancy.test.ts', 'another organisation cannot count, analyse or record the statistics of a unit'],
  },
  createOrgUnit: {
    covered: [
      'subtree-privacy.test.ts',
      'is refused in units outside its subtree with a sentence that does not name them',
    ],
  },
  createWeightingScheme: {
    covered: [
      'subtree-privacy.test.ts',
      'cannot create an organisation-wide weighting scheme; an author at the head office can',
    ],
  },
  createWorkPlan: {
    covered: [
      'actions-tenancy.test.ts',
      'work plans, service events and call lists keep to the organisation and the subtree',
    ],
  },
  deactivateUser: {
    covered: [
      'administration-tenancy.test.ts',
      'cannot deactivate a head-office user, nor one who also holds a role above the branch',
    ],
  },
  distributions: {
    covered: [
      'distribution/branch-scope.test.ts',
      'a distribution of the branch alone stays the branch author\u2019s to change',
    ],
  },
  equalTreatment: {
    covered: [
      'api-tenancy.test.ts',
      'is refused to another organisation and to a branch principal outside its subtree',
    ],
  },
  invitation: {
    covered: ['administration-tenancy.test.ts', 'cannot use an invitation token with its organisation id swapped in'],
  },
  me: {
    covered: ['subtree-privacy.test.ts', 'reads only users holding a role in its subtree, and only their roles there'],
  },
  myCallList: {
    covered: [
      'actions-tenancy.test.ts',
      'work plans, service events and call lists keep to the organisation and the subtree',
    ],
  },
  myEscalations: {
    covered: ['actions-tenancy.test.ts', 'another organisation cannot read or change an action: NOT_FOUND'],
  },
  myVisits: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'an external inspector cannot read results, or another inspector\u2019s visits or assignments',
    ],
  },
  orgUnit: {
    covered: [
      'subtree-privacy.test.ts',
      'is refused in units outside its subtree with a sentence that does not name them',
    ],
  },
  orgUnits: {
    covered: [
      'subtree-privacy.test.ts',
      'is refused in units outside its subtree with a sentence that does not name them',
    ],
  },
  organization: {
    covered: ['administration-tenancy.test.ts', 'changes only its own settings and sees only its own branding'],
  },
  pauseDistribution: {
    covered: [
      'distribution/branch-scope.test.ts',
      'cannot update, pause, resume or close it, and the refusal names no unit outside its subtree',
    ],
  },
  publishIndicatorModel: {
    covered: [
      'tenancy-and-permissions.test.ts',
      'a key with READ_RESULTS only reads scores but cannot record metrics or submit responses',
    ],
  },
  recordCaseMetric: {
    covered: [
      'cases-tenancy.test.ts',
      'cannot register a complaint for its units, see its categories or rules, or watch its questionnaire',
    ],
  },
  recordMetric: {
    covered: [
      'tenancy-and-permissions.test.ts',
      'a key with READ_RESULTS only reads scores but cannot record metrics or submit responses',
    ],
  },
  recordServiceEvent: {
    covered: [
      'actions-tenancy.test.ts',
      'work plans, service events and call lists keep to the organisation and the subtree',
    ],
  },
  resumeDistribution: {
    covered: [
      'distribution/branch-scope.test.ts',
      'cannot update, pause, resume or close it, and the refusal names no unit outside its subtree',
    ],
  },
  revokeInvitation: {
    covered: ['administration-tenancy.test.ts', 'cannot deactivate, reactivate or withdraw what belongs to it'],
  },
  rollupStatus: { covered: ['api-tenancy.test.ts', 'tells an organisation about its own rollups only'] },
  scores: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'an external inspector cannot read results, or another inspector\u2019s visits or assignments',
    ],
  },
  serviceEvents: {
    covered: [
      'actions-tenancy.test.ts',
      'work plans, service events and call lists keep to the organisation and the subtree',
    ],
  },
  updateDistribution: {
    covered: [
      'distribution/branch-scope.test.ts',
      'cannot update, pause, resume or close it, and the refusal names no unit outside its subtree',
    ],
  },
  updateOrganization: {
    covered: ['administration-tenancy.test.ts', 'changes only its own settings and sees only its own branding'],
  },
  userInvitations: { covered: ['administration-tenancy.test.ts', 'lists none of its users, keys or invitations'] },
  workPlans: {
    covered: [
      'actions-tenancy.test.ts',
      'work plans, service events and call lists keep to the organisation and the subtree',
    ],
  },
  auditLog: {
    covered: ['audit-log.test.ts', 'a branch administrator is refused; another organisation sees only its own entries'],
  },
  breakdown: { covered: ['api-tenancy.test.ts', 'is refused to another organisation, naming nothing of it'] },
  case: { covered: ['cases-web-tenancy.test.ts', 'another organisation and a branch outside cannot read them'] },
  cases: {
    covered: [
      'cases-settings-tenancy.test.ts',
      'offers the caller’s own subtree and refuses a unit outside it, saying what to do',
    ],
  },
  distribution: {
    covered: [
      'distribution/branch-scope.test.ts',
      'reads only its own unit: units, links and tokens, stats, invitations',
    ],
  },
  inspectionKinds: {
    covered: ['fieldwork-tenancy.test.ts', 'another organisation can neither read nor change anything'],
  },
  inspectors: { covered: ['fieldwork-tenancy.test.ts', 'another organisation can neither read nor change anything'] },
  invitations: {
    covered: [
      'distribution/branch-scope.test.ts',
      'reads only its own unit: units, links and tokens, stats, invitations',
    ],
  },
  metrics: {
    covered: [
      'org-wide-tenancy.test.ts',
      'metrics, weighting schemes and inspection kinds are read inside the organisation only, made at its head office',
    ],
  },
  organizationCalendar: {
    covered: [
      'org-wide-tenancy.test.ts',
      'the working calendar: a branch administrator reads it but cannot change it; another organisation changes only its own',
    ],
  },
  template: {
    public:
      'The shared template library is visible to every organisation by design; offering needs authorship of the version (offerTemplate probe).',
  },
  templates: {
    public:
      'The shared template library is visible to every organisation by design; offering needs authorship of the version (offerTemplate probe).',
  },
  unitVisits: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'the inspector who made a visit sees it and its evidence, never the results',
    ],
  },
  user: {
    covered: ['subtree-privacy.test.ts', 'reads only users holding a role in its subtree, and only their roles there'],
  },
  visit: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'the inspector who made a visit sees it and its evidence, never the results',
    ],
  },
  weightingSchemes: {
    covered: [
      'org-wide-tenancy.test.ts',
      'metrics, weighting schemes and inspection kinds are read inside the organisation only, made at its head office',
    ],
  },
  createApiKey: { covered: ['tenancy-and-permissions.test.ts', 'an API key of B sees only B'] },
  createDistribution: {
    covered: [
      'distribution/branch-scope.test.ts',
      'a distribution of the branch alone stays the branch author’s to change',
    ],
  },
  createInspectionKind: {
    covered: [
      'org-wide-tenancy.test.ts',
      'metrics, weighting schemes and inspection kinds are read inside the organisation only, made at its head office',
    ],
  },
  createUser: {
    covered: ['tenancy-and-permissions.test.ts', 'an administrator of a subtree manages users only there'],
  },
  importMetricValues: {
    covered: [
      'metric-import.test.ts',
      'does not find another organisation’s unit codes',
      'refuses a branch manager’s rows for units outside the branch, storing none of the file',
    ],
  },
  inviteUser: { covered: ['administration-tenancy.test.ts', 'cannot invite onto its units'] },
  moveAction: {
    covered: [
      'actions-tenancy.test.ts',
      'the responsible person may work on an action, a reader who is neither may not',
    ],
  },
  moveOrgUnit: {
    covered: [
      'tenancy-and-permissions.test.ts',
      'a unit manager acting outside their subtree is FORBIDDEN, and nothing changes',
    ],
  },
  openAction: {
    covered: ['actions-tenancy.test.ts', 'another organisation cannot read or change an action: NOT_FOUND'],
  },
  purgeContact: {
    covered: [
      'org-wide-tenancy.test.ts',
      'purging a contact is a head-office act: a branch administrator is refused, another organisation finds nothing',
    ],
  },
  revokeApiKey: {
    covered: [
      'tenancy-and-permissions.test.ts',
      'signed-out callers get UNAUTHENTICATED on every non-public operation',
    ],
  },
  revokeRole: {
    covered: [
      'tenancy-and-permissions.test.ts',
      'an assigned role takes effect on the next request; assigning twice is one assignment',
    ],
  },
  setOrganizationCalendar: {
    covered: [
      'org-wide-tenancy.test.ts',
      'the working calendar: a branch administrator reads it but cannot change it; another organisation changes only its own',
    ],
  },
  submitVisit: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'an external inspector cannot read results, or another inspector’s visits or assignments',
    ],
  },
  updateOrgUnit: {
    covered: [
      'tenancy-and-permissions.test.ts',
      'a unit manager acting outside their subtree is FORBIDDEN, and nothing changes',
    ],
  },
  updateInspector: {
    covered: [
      'inspector-edit.test.ts',
      'a branch principal or another organisation edits no inspector (updateInspector)',
    ],
  },
  updateKeyClient: {
    covered: [
      'staff-tenancy.test.ts',
      'a branch principal or another organisation edits no staff member or key client (updateStaffMember, updateKeyClient)',
    ],
  },
  updateStaffMember: {
    covered: [
      'staff-tenancy.test.ts',
      'a branch principal or another organisation edits no staff member or key client (updateStaffMember, updateKeyClient)',
    ],
  },
  // Staff attribution (fieldwork3)
  unitStaff: {
    covered: [
      'staff-tenancy.test.ts',
      'a branch principal reaches no staff outside its subtree (unitStaff, breakdown)',
    ],
  },
  // Issue 17, cases settings (branch cases3)
  caseSettings: {
    covered: [
      'cases-settings-tenancy.test.ts',
      'a branch administrator and a head-office manager can neither read nor change them',
    ],
  },
  saveCaseSettings: {
    covered: ['cases-settings-tenancy.test.ts', 'another organisation reads and changes only its own rules'],
  },
};
