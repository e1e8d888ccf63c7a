import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// `npm run test:faults`: the fault suite (docs/hardening.md "Fault suite"). It starts the built server
// as `npm start` does and kills it under load, so it runs on its own, after `npm test`, one file at a time.
export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/faults/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 240_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
