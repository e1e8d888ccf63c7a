import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { contactKeys } from '../distribution/index.js';
import { emit } from '../events/index.js';
import {
  canAccessPath,
  newSecret,
  OrgUnit,
  Permission,
  readableSubtrees,
  requireAccess,
  requirePrincipal,
} from '../org/index.js';
import { OutboundWebhook } from './outbound-webhook.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { isPrivateAddress, privateRefusal, resolveHost } from './ssrf.js';
import { DeliveryStatus } from './webhook-event.js';
import type { CreateOutboundWebhookInput, UpdateOutboundWebhookInput } from './webhooks.types.js';
import './events.js';

/** Registering and reading webhooks is an administrator's (API keys' permission), over a unit's subtree. */
const MANAGE = Permission.API_KEY_MANAGE;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

async function checkedUrl(ctx: RequestContext, raw: string): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput(`"${raw}" is not a URL: give the full address, e.g. https://crm.example.org/hooks/barometer.`, {
      field: 'url',
    });
  }
  const local = LOOPBACK.has(url.hostname) && ctx.config.NODE_ENV !== 'production';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw badInput('Webhooks are posted over https only: give an https:// URL.', { field: 'url' });
  if (url.username || url.password)
    throw badInput('Put no user or password in the URL: receivers check the signature instead.', { field: 'url' });
  if (!ctx.config.WEBHOOK_ALLOW_PRIVATE_NETWORKS) {
    // A name that does not resolve now is accepted: every delivery resolves it again through the guard.
    const inside = (await resolveHost(url.hostname))?.find(isPrivateAddress);
    if (inside) throw badInput(privateRefusal(url.hostname, inside), { field: 'url', reason: 'PRIVATE_ADDRESS' });
  }
  return url.toString();
}

/** Registers an endpoint for a unit subtree; its secret is returned once and kept encrypted (it signs). */
export async function createOutboundWebhook(ctx: RequestContext, input: CreateOutboundWebhookInput) {
  const principal = requirePrincipal(ctx);
  const unit = await requireAccess(ctx, MANAGE, input.unitId);
  const name = input.name.trim();
  if (!name) throw badInput('Name the receiving system.', { field: 'name' });
  const secret = `whsec_${newSecret()}`;
  const webhook = ctx.em.create(OutboundWebhook, {
    organization: principal.orgId,
    name,
    url: await checkedUrl(ctx, input.url),
    unitId: unit.id,
    events: [...new Set(input.events)],
    secretCipher: contactKeys(ctx.config).encrypt(secret),
  });
  await ctx.em.flush();
  return { webhook, secret };
}

/** The webhook, when the caller manages its unit (another organisation's: NOT_FOUND; outside the subtree: FORBIDDEN). */
export async function requireWebhook(ctx: RequestContext, id: string): Promise<OutboundWebhook> {
  const webhook = await ctx.em.findOne(OutboundWebhook, { id: requireId('Webhook', id) });
  if (!webhook) throw notFound('Webhook', id);
  await requireAccess(ctx, MANAGE, webhook.unitId);
  return webhook;
}

export async function updateOutboundWebhook(ctx: RequestContext, input: UpdateOutboundWebhookInput) {
  const webhook = await requireWebhook(ctx, input.id);
  if (input.name != null) {
    if (!input.name.trim()) throw badInput('Name the receiving system.', { field: 'name' });
    webhook.name = input.name.trim();
  }
  if (input.url != null) webhook.url = await checkedUrl(ctx, input.url);
  if (input.events) webhook.events = [...new Set(input.events)];
  if (input.enabled != null) webhook.disabledAt = input.enabled ? null : (webhook.disabledAt ?? new Date());
  await ctx.em.flush();
  return webhook;
}

/** The webhooks of units the caller manages (bounded: 200), newest first. */
export async function listOutboundWebhooks(ctx: RequestContext): Promise<OutboundWebhook[]> {
  const paths = await readableSubtrees(ctx, MANAGE);
  if (!paths.length) return [];
  const all = await ctx.em.find(OutboundWebhook, {}, { orderBy: { createdAt: 'desc' }, limit: 200 });
  const units = await ctx.em.find(OrgUnit, { id: { $in: [...new Set(all.map((w) => w.unitId))] } });
  const principal = requirePrincipal(ctx);
  const ok = new Set(units.filter((u) => canAccessPath(principal, MANAGE, u.path)).map((u) => u.id));
  return all.filter((w) => ok.has(w.unitId));
}

/** A webhook's delivery log, newest first (bounded: `first`, at most 200). */
export async function webhookDeliveries(ctx: RequestContext, webhookId: string, first: number) {
  const webhook = await requireWebhook(ctx, webhookId);
  const limit = Math.min(Math.max(first, 1), 200);
  return ctx.em.find(WebhookDelivery, { webhookId: webhook.id }, { orderBy: { createdAt: 'desc' }, limit });
}

/** Posts a delivery again (same body, same id, newly signed), from the log; its attempts stay. */
export async function replayWebhookDelivery(ctx: RequestContext, deliveryId: string): Promise<WebhookDelivery> {
  const delivery = await ctx.em.findOne(WebhookDelivery, { id: requireId('Webhook delivery', deliveryId) });
  if (!delivery) throw notFound('Webhook delivery', deliveryId);
  const webhook = await requireWebhook(ctx, delivery.webhookId);
  if (webhook.disabledAt) throw conflict(`Webhook "${webhook.name}" is switched off: switch it on to replay.`);
  await ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(WebhookDelivery, { id: delivery.id }, { status: DeliveryStatus.PENDING });
    await emit(tx, 'webhookDeliveryQueued', { orgId: webhook.organization.id, deliveryId: delivery.id });
  });
  delivery.status = DeliveryStatus.PENDING;
  return delivery;
}
