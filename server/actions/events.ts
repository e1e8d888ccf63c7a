/** Events the actions module emits (server/events). */
declare module '../events/index.js' {
  interface DomainEvents {
    /** An action passed its deadline neither submitted nor judged; delivered with its OVERDUE escalation. */
    actionOverdue: { orgId: string; actionId: string; unitId: string; deadline: string };
    /** A re-check found the action's target met; delivered in the re-check's transaction. */
    actionMet: { orgId: string; actionId: string; unitId: string };
  }
}

export {};
