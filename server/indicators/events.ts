/** Events the indicators module emits (server/events). */
declare module '../events/index.js' {
  interface DomainEvents {
    /** A model version was published; delivered in the publishing transaction. */
    modelPublished: { orgId: string; modelId: string; versionId: string; supersededVersionId: string | null };
  }
}

export {};
