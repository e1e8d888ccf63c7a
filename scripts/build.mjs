// Compiles the server and its migrations to dist/ with swc (about a second), and builds the web
// app when its sources changed, so `npm start` runs plain JavaScript: no TypeScript loader
// (about 140 MB of memory) in the running server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transformFile } from '@swc/core';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist');

function files(dir, test) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path, test) : test(path) ? [path] : [];
  });
}

const newest = (paths) => Math.max(0, ...paths.map((p) => statSync(p).mtimeMs));

async function buildServer() {
  const sources = [
    ...files(join(root, 'server'), (p) => p.endsWith('.ts')),
    ...files(join(root, 'migrations'), (p) => p.endsWith('.ts')),
    join(root, 'scripts/bench/server.ts'),
    join(root, 'scripts/rollups-rebuild.ts'),
    join(root, 'scripts/demo-reset.ts'),
  ];
  const stamp = join(out, '.built');
  // The build itself and the lock file count as sources too: a new build step or dependency rebuilds.
  if (
    existsSync(stamp) &&
    statSync(stamp).mtimeMs >= newest([...sources, join(root, 'package-lock.json'), new URL(import.meta.url).pathname])
  )
    return;
  rmSync(out, { recursive: true, force: true });
  for (const file of sources) {
    const { code } = await transformFile(file, {
      swcrc: false,
      module: { type: 'es6' },
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        keepClassNames: true,
      },
    });
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
  }
  writeFileSync(stamp, new Date().toISOString());
}

function buildWeb() {
  const web = join(root, 'web');
  const built = join(web, 'dist', 'index.html');
  const sources = [
    ...files(join(web, 'src'), () => true),
    ...files(join(web, 'public'), () => true),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
    new URL(import.meta.url).pathname,
  ];
  if (existsSync(built) && statSync(built).mtimeMs >= newest(sources)) return;
  console.log('Building the web app…');
  // Always a production build: under a test runner NODE_ENV is "test", which would give Vue's
  // development build (larger, slower) to the browser tests that measure the real thing.
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(web, 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

// Several builds at once (parallel test files, two terminals) take turns: a lock directory.
const lock = join(root, '.build-lock');
for (let waited = 0; ; waited += 100) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    let age;
    try {
      age = Date.now() - statSync(lock).mtimeMs;
    } catch {
      continue; // released meanwhile: try again at once
    }
    if (waited > 120_000 || age > 120_000) rmSync(lock, { recursive: true, force: true });
    else await new Promise((r) => setTimeout(r, 100));
  }
}
try {
  await buildServer();
  buildWeb();
} finally {
  rmSync(lock, { recursive: true, force: true });
}
