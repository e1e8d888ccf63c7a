/** Events the reports module emits (server/events): the coming outbound webhooks subscribe to them. */
declare module '../events/index.js' {
  interface DomainEvents {
    reportIssued: { orgId: string; reportId: string; unitId: string; number: string; periodStart: string };
  }
}
export {};
