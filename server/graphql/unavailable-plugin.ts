import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../db/unavailable.js';
import type { RequestContext } from './context.js';

/**
 * An operation that failed only because the database was busy or unreachable (every error is
 * SERVICE_UNAVAILABLE, format-error.ts) answers HTTP 503 with Retry-After, as plain HTTP does, so
 * load balancers, proxies and retrying clients see it for what it is. The body is unchanged.
 */
export const unavailablePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors?.length || !errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
