/** Events the org module emits (server/events). */
declare module '../events/index.js' {
  interface DomainEvents {
    /** A unit moved under another parent with its subtree; delivered in the moving transaction. */
    unitMoved: { orgId: string; unitId: string };
  }
}

export {};
