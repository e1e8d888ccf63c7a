/** Events the cases module emits (server/events). */
declare module '../events/index.js' {
  interface DomainEvents {
    /** A case was opened (complaint or alert); delivered in the opening transaction. */
    caseOpened: { orgId: string; caseId: string; unitId: string; reference: string; origin: string };
    /** A case was closed; delivered in the closing transaction. */
    caseClosed: { orgId: string; caseId: string; unitId: string; reference: string };
  }
}

export {};
