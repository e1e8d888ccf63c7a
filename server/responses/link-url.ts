import type { Request } from 'express';
import type { Config } from '../config.js';

/** The public address of a survey link: PUBLIC_URL when set, else the address the request came to. */
export function linkUrl(config: Config, req: Request, token: string): string {
  const base = config.PUBLIC_URL ?? `${req.protocol}://${req.get('host')}`;
  return `${base.replace(/\/$/, '')}/r/${encodeURIComponent(token)}`;
}
