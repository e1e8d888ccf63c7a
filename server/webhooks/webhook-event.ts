import { registerEnumType } from 'type-graphql';

/** What an outbound webhook can be told about (docs/webhooks.md); each maps to a domain event. */
export enum WebhookEvent {
  RESPONSE_COMPLETED = 'RESPONSE_COMPLETED',
  CASE_OPENED = 'CASE_OPENED',
  CASE_CLOSED = 'CASE_CLOSED',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  ACTION_MET = 'ACTION_MET',
  REPORT_ISSUED = 'REPORT_ISSUED',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'An event an outbound webhook subscribes to.',
  valuesConfig: {
    RESPONSE_COMPLETED: {
      description:
        'A response was completed (never with a contact or an invitation; from an anonymous or confidential survey, without its score and band, and only the day).',
    },
    CASE_OPENED: { description: 'A complaint or alert case was opened.' },
    CASE_CLOSED: { description: 'A case was closed.' },
    ACTION_OVERDUE: { description: 'A rectification action passed its deadline unsubmitted.' },
    ACTION_MET: { description: 'A rectification action was re-checked and met its target.' },
    REPORT_ISSUED: { description: 'A periodic report was issued.' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet answered with a 2xx; retried with backoff.' },
    DELIVERED: { description: 'The receiver answered with a 2xx.' },
    FAILED: { description: 'Every attempt failed; replay it once the receiver is fixed.' },
  },
});
