// `npm run screenshot`: the README's picture of the dashboard, taken by the demo browser test
// (tests/browser/demo.test.ts) signed in as the demo's administrator, written to docs/img/dashboard.png.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['vitest', 'run', 'tests/browser/demo.test.ts', '-t', 'admin@'], {
  stdio: 'inherit',
  env: { ...process.env, DEMO_SCREENSHOT: 'docs/img/dashboard.png' },
});
process.exit(run.status ?? 1);
