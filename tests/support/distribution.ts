import type { GraphQLClient } from './client.js';

export const CREATE_DISTRIBUTION = `mutation($input: CreateDistributionInput!) { createDistribution(input: $input) {
  id name channel status anonymity quota completedCount versionId questionnaireId
  links { id token url qrCodeSvgUrl qrCodePngUrl embedHtml embedScript unit { id code } }
} }`;
export const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId duplicate } }`;
export const INVITE = `mutation($input: InviteRespondentsInput!) { inviteRespondents(input: $input) { invited skippedOptedOut invitations { id status contact } } }`;
export const INVITATIONS = `query($filter: InvitationFilterInput!) { invitations(filter: $filter, first: 200) { totalCount edges { node {
  id status contact externalRef messagesSent deliveredAt completedAt responseId deadlineAt history { status at detail idempotencyKey } } } } }`;
export const STATS = `query($id: ID!) { distribution(id: $id) { stats { invited queued sent delivered opened started completed bounced failed expired optedOut responseRate responses } } }`;

let n = 0;
export const requestId = () => `req-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`;

export async function createDistribution(client: GraphQLClient, input: Record<string, unknown>) {
  return (await client.ok(CREATE_DISTRIBUTION, { input })).createDistribution;
}

/** Polls until `check` returns a truthy value (no fixed sleeps); fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function invitationsOf(client: GraphQLClient, distributionId: string) {
  return (await client.ok(INVITATIONS, { filter: { distributionId } })).invitations.edges.map(
    (e: any) => e.node,
  ) as any[];
}

import type { Config } from '../../server/config.js';
import { startDelivery, type DeliveryOptions, type DeliveryWorker } from '../../server/distribution/delivery/worker.js';
import { createLogger } from '../../server/logger.js';
import type { TestApp } from './harness.js';

/** Short retries and polling, so delivery tests never sleep long. */
export const FAST_DELIVERY = {
  DELIVERY_WORKER: 'false',
  DELIVERY_RETRY_LIMIT: '2',
  DELIVERY_RETRY_DELAY_SECONDS: '1',
  DELIVERY_RETRY_BACKOFF: 'false',
  DELIVERY_POLL_SECONDS: '0.5',
  SMTP_TIMEOUT_MS: '1500',
  EMAIL_RATE_PER_SECOND: '50',
  SMS_RATE_PER_SECOND: '50',
};

export function startWorker(
  app: TestApp,
  extra: Partial<DeliveryOptions> & { config?: Config } = {},
): Promise<DeliveryWorker> {
  return startDelivery({
    config: app.config,
    orm: app.orm,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    publicUrl: app.url,
    maintenanceIntervalSeconds: 1,
    ...extra,
  });
}
