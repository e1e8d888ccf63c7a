/** Events the webhooks module emits (server/events): it subscribes to its own, durably, to post them. */
declare module '../events/index.js' {
  interface DomainEvents {
    /** A delivery was queued (fan-out of an event, or a replay from the delivery log). */
    webhookDeliveryQueued: { orgId: string; deliveryId: string };
  }
}

export {};
