/** Events the responses module emits (server/events). */
declare module '../events/index.js' {
  interface DomainEvents {
    /**
     * Completed responses were stored (submission, import); delivered in the storing transaction.
     * `distributionId`: the distribution the response counts towards (null for tests, plain links, imports).
     */
    responsesStored: { responses: { orgId: string; id: string; distributionId: string | null }[] };
    /**
     * A stored response is about to change (exclusion, inclusion, correction): delivered in the
     * curating transaction before the change is written, so subscribers still see it as it was.
     */
    responseCurated: { orgId: string; responseId: string };
  }
}

export {};
