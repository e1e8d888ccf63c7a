import type { Express } from 'express';
import type { ContextDeps } from '../graphql/context.js';

export function registerIvrRoutes(_app: Express, _deps: ContextDeps): void {}
