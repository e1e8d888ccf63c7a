import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context.js';

/** One log line per GraphQL operation: request id, operation name, duration, error codes. */
export const loggingPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async willSendResponse({ operationName, errors, contextValue: ctx }) {
        const ms = Math.round((performance.now() - started) * 10) / 10;
        const codes = errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        (ctx ?? contextValue).log.info(
          { operation: operationName ?? '(anonymous)', ms, ...(codes?.length ? { errors: codes } : {}) },
          'graphql',
        );
      },
    };
  },
};
