/** Events the org module emits (server/events). */
declare module '../events/index.js' {
  interface DomainEvents {
    /** A unit moved under another parent with its subtree; delivered in the moving transaction. */
    unitMoved: { orgId: string; unitId: string };
    /** The organisation's time zone changed: its periods and buckets are local to it. */
    timeZoneChanged: { orgId: string; timeZone: string };
  }
}

export {};
