import express, { type Express } from 'express';
import { z } from 'zod';
import type { ContextDeps } from '../graphql/context.js';
import { optionalText, parsePublic, publicText } from '../http/public-input.js';
import { restHandler } from '../http/rest.js';
import { contactKeys } from './contact-crypto.js';
import { optOut } from './invitation.service.js';
import { recordSmsStatus } from './delivery-status.service.js';
import { registerIvrRoutes } from './ivr.routes.js';
import { registerServiceEventWebhook } from './service-event.routes.js';

const TOKEN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5">${body}</body></html>`;

/** Script for agencies' web pages: adds the survey as an iframe where the script tag stands. */
const EMBED_JS = `(function(){var s=document.currentScript;if(!s)return;var u=s.getAttribute('data-barometer-survey');if(!u)return;
var f=document.createElement('iframe');f.src=u+(u.indexOf('?')<0?'?':'&')+'embed=1';f.title=s.getAttribute('data-title')||'Survey';
f.style.cssText='width:100%;min-height:640px;border:0';f.loading='lazy';s.parentNode.insertBefore(f,s.nextSibling);})();`;

/**
 * Plain-HTTP endpoints of distribution:
 * - GET/POST /api/opt-out/:token — the opt-out link in every message (POST is RFC 8058 one-click).
 * - POST /api/delivery/sms-status/:key?sig=… — the SMS gateway's per-message status callback.
 * - GET /api/embed.js — the embed script.
 * - POST /api/webhooks/service-events/:endpointId — signed service events.
 * - POST /api/ivr/… — the telephony webhook.
 */
/** What an SMS gateway reports about one message. */
const SMS_STATUS = z.object({ status: publicText(100).default(''), error: optionalText(2000) });

export function registerDistributionRoutes(app: Express, deps: ContextDeps): void {
  app.get('/api/embed.js', (_req, res) => {
    res.type('application/javascript').set('cache-control', 'public, max-age=3600').send(EMBED_JS);
  });

  app.get('/api/opt-out/:token', (req, res) => {
    const token = String(req.params.token);
    res.type('html').send(
      page(
        'Unsubscribe',
        `<h1>No more surveys?</h1><p>Confirm, and we will not send you satisfaction surveys again.</p>
        <form method="post" action="/api/opt-out/${encodeURIComponent(token)}"><button type="submit">Yes, send me no more surveys</button></form>`,
      ),
    );
  });

  app.post(
    '/api/opt-out/:token',
    express.urlencoded({ extended: false, limit: '10kb' }),
    restHandler(
      deps,
      async (ctx, req, res) => {
        const token = String(req.params.token);
        const match = TOKEN.exec(token);
        const done = match ? await optOut(ctx.em, match[1], token) : false;
        if (!done) {
          res
            .status(404)
            .type('html')
            .send(page('Unknown link', '<h1>This link is not known</h1><p>Check that it was copied completely.</p>'));
          return;
        }
        res.type('html').send(page('Unsubscribed', '<h1>Done</h1><p>You will receive no more surveys from us.</p>'));
      },
      { public: true, guard: { kind: 'RESPONDENT', token: (req) => req.params.token } },
    ),
  );

  app.post(
    '/api/delivery/sms-status/:key',
    express.json({ limit: '64kb' }),
    express.urlencoded({ extended: false, limit: '64kb' }),
    restHandler(
      deps,
      async (ctx, req, res) => {
        const key = String(req.params.key);
        if (String(req.query.sig ?? '') !== contactKeys(deps.config).sign(key)) {
          deps.log.warn({ key }, 'SMS status callback with a bad signature');
          res.status(403).json({ errors: [{ message: 'Bad signature.', extensions: { code: 'FORBIDDEN' } }] });
          return;
        }
        const body = parsePublic(SMS_STATUS, req.body ?? {});
        await recordSmsStatus(ctx.em, key, body.status, body.error);
        res.json({ ok: true });
      },
      { public: true, guard: { kind: 'MACHINE' } },
    ),
  );

  registerServiceEventWebhook(app, deps);
  registerIvrRoutes(app, deps);
}
