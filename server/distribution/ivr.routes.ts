import express, { type Express } from 'express';
import type { ContextDeps } from '../graphql/context.js';
import { restHandler } from '../http/rest.js';
import { pressKey, startCall } from './ivr.service.js';

/**
 * The telephony webhook (what an IVR provider calls at the end of a call-centre call), public
 * like a survey link — the token is the credential:
 * - POST /api/ivr/calls {token, language?} → the first question: {sessionId, say, keys, done}
 * - POST /api/ivr/calls/:sessionId {digits} → the next question, or {done: true, responseId}
 */
export function registerIvrRoutes(app: Express, deps: ContextDeps): void {
  app.post(
    '/api/ivr/calls',
    express.json({ limit: '16kb' }),
    express.urlencoded({ extended: false, limit: '16kb' }),
    restHandler(deps, async (ctx, req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      res.json(await startCall(ctx, { token: String(body.token ?? ''), language: body.language ? String(body.language) : null }));
    }, { public: true }),
  );
  app.post(
    '/api/ivr/calls/:sessionId',
    express.json({ limit: '16kb' }),
    express.urlencoded({ extended: false, limit: '16kb' }),
    restHandler(deps, async (ctx, req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      res.json(await pressKey(ctx, String(req.params.sessionId), String(body.digits ?? body.Digits ?? '')));
    }, { public: true }),
  );
}
