import express, { type Express } from 'express';
import type { ContextDeps } from '../graphql/context.js';
import { restHandler } from '../http/rest.js';
import { receiveBounce, receiveServiceEvent } from './webhook.service.js';

/**
 * Signed webhooks (see webhook.service.ts): POST /api/webhooks/service-events/:endpointId for
 * service events, POST /api/webhooks/bounces/:endpointId for bounces reported after acceptance.
 */
export function registerServiceEventWebhook(app: Express, deps: ContextDeps): void {
  app.post(
    '/api/webhooks/service-events/:endpointId',
    express.raw({ type: () => true, limit: '256kb' }),
    restHandler(
      deps,
      async (ctx, req, res) => {
        const endpointId = String(req.params.endpointId);
        try {
          const event = await receiveServiceEvent(
            ctx,
            endpointId,
            { timestamp: req.get('x-barometer-timestamp'), signature: req.get('x-barometer-signature') },
            Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          );
          res.json({
            id: event.id,
            externalId: event.externalId,
            outcome: event.outcome,
            invitationId: event.invitationId,
            deadlineAt: event.deadlineAt,
          });
        } catch (error) {
          deps.log.warn({ endpointId, ip: req.ip, reason: (error as Error).message }, 'service-event webhook rejected');
          throw error;
        }
      },
      { public: true, guard: { kind: 'MACHINE', token: (req) => req.params.endpointId } },
    ),
  );

  app.post(
    '/api/webhooks/bounces/:endpointId',
    express.raw({ type: () => true, limit: '64kb' }),
    restHandler(
      deps,
      async (ctx, req, res) => {
        const endpointId = String(req.params.endpointId);
        try {
          await receiveBounce(
            ctx,
            endpointId,
            { timestamp: req.get('x-barometer-timestamp'), signature: req.get('x-barometer-signature') },
            Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          );
          res.json({ ok: true });
        } catch (error) {
          deps.log.warn({ endpointId, ip: req.ip, reason: (error as Error).message }, 'bounce webhook rejected');
          throw error;
        }
      },
      { public: true, guard: { kind: 'MACHINE', token: (req) => req.params.endpointId } },
    ),
  );
}
