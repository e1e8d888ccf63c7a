import { createHmac, timingSafeEqual } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../graphql/context.js';
import { setPrincipal } from '../graphql/context.js';
import { AppError, badInput, forbidden, notFound } from '../graphql/errors.js';
import { LIMITS, optionalText, parsePublic, publicText } from '../http/public-input.js';
import { requireAccess, requirePrincipal } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { Permission, Role } from '../org/index.js';
import { newSecret } from '../org/index.js';
import { contactKeys } from './contact-crypto.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookReceipt } from './webhook-receipt.entity.js';
import { recordEmailBounce } from './delivery-status.service.js';
import { recordServiceEvent } from './service-event.service.js';

/** A webhook sender: its secret is shown once and kept encrypted (it is needed to check signatures). */
export async function createWebhookEndpoint(
  ctx: RequestContext,
  input: { name: string; unitId: string },
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const principal = requirePrincipal(ctx);
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, input.unitId);
  if (!input.name.trim()) throw badInput('Name the sending system.', { field: 'name' });
  const secret = `whsec_${newSecret()}`;
  const endpoint = ctx.em.create(WebhookEndpoint, {
    organization: principal.orgId,
    name: input.name.trim(),
    unitId: unit.id,
    secretCipher: contactKeys(ctx.config).encrypt(secret),
  });
  await ctx.em.flush();
  return { endpoint, secret };
}

export function signature(secret: string, timestamp: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Checks a signed request: HMAC-SHA256 with the endpoint's secret over "<timestamp>.<raw body>",
 * the timestamp (Unix seconds) within WEBHOOK_TOLERANCE_SECONDS of now. Binds the request to the
 * endpoint's organisation; `processOnce` accepts each signature once.
 */
async function verifySigned(
  ctx: RequestContext,
  endpointId: string,
  headers: { timestamp?: string; signature?: string },
  raw: Buffer,
): Promise<WebhookEndpoint> {
  const unknown = () => notFound('Webhook endpoint', endpointId);
  if (!UUID.test(endpointId)) throw unknown();
  const [row] = await ctx.em
    .getConnection()
    .execute(`select organization_id from webhook_endpoint where id = ? and revoked_at is null`, [endpointId]);
  if (!row) throw unknown();
  ctx.em.setFilterParams('tenant', { orgId: row.organization_id });
  const endpoint = await ctx.em.findOneOrFail(WebhookEndpoint, { id: endpointId });
  const timestamp = headers.timestamp ?? '';
  if (!/^\d{9,11}$/.test(timestamp)) throw badInput('X-Barometer-Timestamp must be the Unix time in seconds.');
  const skew = Math.abs(Date.now() / 1000 - Number(timestamp));
  if (skew > ctx.config.WEBHOOK_TOLERANCE_SECONDS)
    throw forbidden(
      `The request is ${Math.round(skew)} s away from now; at most ${ctx.config.WEBHOOK_TOLERANCE_SECONDS} s are accepted (check the sender's clock).`,
    );
  const expected = Buffer.from(signature(contactKeys(ctx.config).decrypt(endpoint.secretCipher), timestamp, raw));
  const given = Buffer.from(headers.signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw forbidden(
      'The signature does not match: sign "<timestamp>.<body>" with HMAC-SHA256 and the endpoint’s secret.',
    );
  return endpoint;
}

/**
 * Processes a verified request once. Its receipt is claimed first (the signature's unique key:
 * of simultaneous identical requests one goes on, the others are refused as replays) and
 * removed again when processing fails, so the sender's unchanged retry of a failed request is
 * processed. No transaction spans the processing: it holds no connection while it waits for
 * another (a pool of N connections serves N webhooks at once).
 */
async function processOnce<T>(
  ctx: RequestContext,
  endpoint: WebhookEndpoint,
  signed: string,
  process: (ctx: RequestContext) => Promise<T>,
): Promise<T> {
  try {
    ctx.em.create(WebhookReceipt, {
      organization: endpoint.organization.id,
      endpointId: endpoint.id,
      signature: signed,
    });
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw new AppError('CONFLICT', 'This request was already received (replayed signature).');
    throw error;
  }
  try {
    return await process(ctx);
  } catch (error) {
    await ctx.em.fork().nativeDelete(WebhookReceipt, { endpointId: endpoint.id, signature: signed });
    throw error;
  }
}

/** The body of a service event; recordServiceEvent checks the values. */
const SERVICE_EVENT = z.object({
  externalId: publicText(LIMITS.token).default(''),
  type: publicText(LIMITS.token).default(''),
  unitId: optionalText(LIMITS.token),
  occurredAt: publicText(40).default(''),
  contact: optionalText(320),
  language: optionalText(LIMITS.language),
  category: optionalText(LIMITS.label),
  serviceSituation: optionalText(LIMITS.label),
});

const BOUNCE = z.object({
  messageId: optionalText(LIMITS.token),
  idempotencyKey: optionalText(LIMITS.token),
  reason: optionalText(2000),
});

function jsonBody(raw: Buffer): Record<string, unknown> {
  try {
    const body = JSON.parse(raw.toString('utf8'));
    if (body && typeof body === 'object' && !Array.isArray(body)) return body;
  } catch {
    // fall through
  }
  throw badInput('The body is not a JSON object.');
}

/** A bounce reported by the mail system after the message was accepted (body: {messageId, reason}). */
export async function receiveBounce(
  ctx: RequestContext,
  endpointId: string,
  headers: { timestamp?: string; signature?: string },
  raw: Buffer,
): Promise<void> {
  const endpoint = await verifySigned(ctx, endpointId, headers, raw);
  await processOnce(ctx, endpoint, headers.signature!, (ctx) => bounce(ctx, endpoint, raw));
}

async function bounce(ctx: RequestContext, endpoint: WebhookEndpoint, raw: Buffer): Promise<void> {
  const body = parsePublic(BOUNCE, jsonBody(raw));
  const key = /^<?([0-9a-f-]{36}\.\d+)(@[^>]*)?>?$/.exec(body.messageId ?? body.idempotencyKey ?? '')?.[1];
  if (!key)
    throw badInput('messageId must be the Message-ID of an invitation (<invitation id>.<n>@…).', {
      field: 'messageId',
    });
  const [row] = await ctx.em
    .getConnection()
    .execute(`select 1 from invitation where id = ? and organization_id = ?`, [
      key.split('.')[0],
      endpoint.organization.id,
    ]);
  if (!row) throw notFound('Message', key);
  await recordEmailBounce(ctx.em, key, `bounce: ${(body.reason ?? 'reported by the mail system').slice(0, 500)}`);
}

/** A signed service event, recorded as the endpoint's unit would over GraphQL. */
export async function receiveServiceEvent(
  ctx: RequestContext,
  endpointId: string,
  headers: { timestamp?: string; signature?: string },
  raw: Buffer,
) {
  const endpoint = await verifySigned(ctx, endpointId, headers, raw);
  return processOnce(ctx, endpoint, headers.signature!, (ctx) => serviceEvent(ctx, endpoint, raw));
}

async function serviceEvent(ctx: RequestContext, endpoint: WebhookEndpoint, raw: Buffer) {
  const row = { organization_id: endpoint.organization.id };
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: endpoint.unitId });
  setPrincipal(ctx, {
    kind: 'API_KEY',
    orgId: row.organization_id,
    userId: null,
    apiKeyId: null,
    grants: [{ role: Role.INTERVIEWER, unitId: unit.id, unitPath: unit.path }],
  });
  const body = parsePublic(SERVICE_EVENT, jsonBody(raw));
  return recordServiceEvent(ctx, { ...body, unitId: body.unitId ?? unit.id, occurredAt: new Date(body.occurredAt) });
}

/**
 * A signed request for a later module (cases: complaints from other systems), checked like a
 * service event's: verified, accepted once per signature, then processed as the endpoint's unit
 * would (an INTERVIEWER over it) with the JSON body.
 */
export async function receiveSignedRequest<T>(
  ctx: RequestContext,
  endpointId: string,
  headers: { timestamp?: string; signature?: string },
  raw: Buffer,
  process: (ctx: RequestContext, body: Record<string, unknown>, unitId: string) => Promise<T>,
): Promise<T> {
  const endpoint = await verifySigned(ctx, endpointId, headers, raw);
  return processOnce(ctx, endpoint, headers.signature!, async (ctx) => {
    const unit = await ctx.em.findOneOrFail(OrgUnit, { id: endpoint.unitId });
    setPrincipal(ctx, {
      kind: 'API_KEY',
      orgId: endpoint.organization.id,
      userId: null,
      apiKeyId: null,
      grants: [{ role: Role.INTERVIEWER, unitId: unit.id, unitPath: unit.path }],
    });
    return process(ctx, jsonBody(raw), unit.id);
  });
}
