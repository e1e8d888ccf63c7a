import { createHash } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import type { ContextDeps } from '../graphql/context.js';
import { Organization } from '../org/index.js';
import { renderPublicPage } from './public-page.html.js';
import { PAGE_LOCALES, type PageLocale } from './public-page.messages.js';
import { publicPage } from './public-page.service.js';
import { publicReader } from './system-context.js';
import { TransparencySettings } from './transparency-settings.entity.js';

/** ?lang= first (the switch), then Accept-Language, then English. */
function localeOf(req: Request): PageLocale {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : null;
  if (asked && (PAGE_LOCALES as readonly string[]).includes(asked)) return asked as PageLocale;
  const accepted = req.acceptsLanguages('en', 'zh-CN', 'zh', 'uk');
  if (accepted === 'zh' || accepted === 'zh-CN') return 'zh-CN';
  return accepted === 'uk' ? 'uk' : 'en';
}

const notFound = (res: Response) =>
  res.status(404).type('text/plain').send('No transparency page is published at this address.');

/**
 * GET /t/<organisation slug>[?lang=en|zh-CN|uk]: the public transparency page, no sign-in.
 * Cacheable: Cache-Control public for 5 minutes, a strong ETag of the body (If-None-Match → 304),
 * Vary: Accept-Language.
 */
export function registerTransparencyRoutes(app: Express, deps: ContextDeps): void {
  app.get('/t/:slug', async (req, res, next) => {
    try {
      const em = deps.em.fork();
      const org = await em.findOne(Organization, { slug: String(req.params.slug) }, { filters: false });
      if (!org) return void notFound(res);
      const settings = await em.findOne(TransparencySettings, { organization: org.id }, { filters: false });
      if (!settings?.enabled) return void notFound(res);
      const locale = localeOf(req);
      const ctx = await publicReader(deps.em, deps.config, deps.log, org.id);
      const page = await publicPage(ctx, settings, { id: org.id, minGroupSize: org.minGroupSize }, locale);
      const html = renderPublicPage({ name: org.name, slug: org.slug, logoDataUrl: org.logoDataUrl }, locale, page);
      const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
      res.setHeader('Cache-Control', 'public, max-age=300');
      res.setHeader('Vary', 'Accept-Language');
      res.setHeader('ETag', etag);
      res.setHeader('Content-Language', locale);
      if (req.headers['if-none-match'] === etag) return void res.status(304).end();
      res.type('html').send(html);
    } catch (error) {
      next(error);
    }
  });
}
