import express, { type Express } from 'express';
import { z } from 'zod';
import type { ContextDeps } from '../graphql/context.js';
import { LIMITS, optionalText, parsePublic, publicText } from '../http/public-input.js';
import { restHandler } from '../http/rest.js';
import { pressKey, startCall } from './ivr.service.js';

/**
 * The telephony webhook (what an IVR provider calls at the end of a call-centre call), public
 * like a survey link — the token is the credential:
 * - POST /api/ivr/calls {token, language?} → the first question: {sessionId, say, keys, done}
 * - POST /api/ivr/calls/:sessionId {digits} → the next question, or {done: true, responseId}
 */
const START = z.object({ token: publicText(LIMITS.token).default(''), language: optionalText(LIMITS.language) });
/** Providers send `digits` or Twilio's `Digits`. */
const PRESS = z.object({ digits: publicText(32).optional(), Digits: publicText(32).optional() });

export function registerIvrRoutes(app: Express, deps: ContextDeps): void {
  app.post(
    '/api/ivr/calls',
    express.json({ limit: '16kb' }),
    express.urlencoded({ extended: false, limit: '16kb' }),
    restHandler(
      deps,
      async (ctx, req, res) => {
        res.json(await startCall(ctx, parsePublic(START, req.body ?? {})));
      },
      {
        public: true,
        guard: { kind: 'RESPONDENT', token: (req) => (req.body as { token?: unknown } | undefined)?.token },
      },
    ),
  );
  app.post(
    '/api/ivr/calls/:sessionId',
    express.json({ limit: '16kb' }),
    express.urlencoded({ extended: false, limit: '16kb' }),
    restHandler(
      deps,
      async (ctx, req, res) => {
        const body = parsePublic(PRESS, req.body ?? {});
        res.json(await pressKey(ctx, String(req.params.sessionId), body.digits ?? body.Digits ?? ''));
      },
      { public: true, guard: { kind: 'RESPONDENT', token: (req) => req.params.sessionId } },
    ),
  );
}
