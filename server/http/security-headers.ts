import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';

/** Express's "trust proxy" value from TRUST_PROXY: true/false, a number of hops, or addresses. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Whether the browser reached us over TLS: PUBLIC_URL says so, or a trusted proxy's X-Forwarded-Proto. */
export const overTls = (config: Config, req: Request) =>
  config.COOKIE_SECURE || Boolean(config.PUBLIC_URL?.startsWith('https:')) || req.secure;

/** Survey pages, which the EMBED channel puts in an iframe on the agency's own site. */
const EMBEDDABLE = /^\/r\//;

/** sha256 of "return false;". */
const SUBMIT_HANDLER = 'sha256-2rvfFrggTCtyF5WOiTri1gDS8Boibj4Njn0e+VCBmDI=';

function policy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // SurveyJS renders <form onsubmit="return false;">: that one handler, by its hash, and no other.
    `script-src-attr 'unsafe-hashes' '${SUBMIT_HANDLER}'`,
    // SurveyJS and the Creator set style attributes and inject <style> at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * Headers of every answer: a Content-Security-Policy that allows only our own scripts, and
 * frames the app nowhere but survey pages (/r/…) on the sites EMBED_FRAME_ANCESTORS names.
 */
export function securityHeaders(config: Config) {
  const app = policy("'none'");
  const survey = policy(config.EMBED_FRAME_ANCESTORS);
  return (req: Request, res: Response, next: NextFunction) => {
    const embeddable = EMBEDDABLE.test(req.path);
    res.setHeader('content-security-policy', embeddable ? survey : app);
    if (!embeddable) res.setHeader('x-frame-options', 'DENY');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
    if (overTls(config, req)) res.setHeader('strict-transport-security', 'max-age=31536000');
    next();
  };
}
