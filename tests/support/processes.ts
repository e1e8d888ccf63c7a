import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

export interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** Compiles the server to dist/ (about a second when the sources changed; nothing otherwise). */
export function buildServer(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}

/** Runs a built entry point (dist/server/main.js, dist/server/worker.js) with its own environment. */
export function startProcess(entry: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--max-old-space-size=384', entry], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      DEMO: 'off',
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Waits until the process printed `pattern` (no fixed sleeps); fails with its output when it exits or times out. */
export async function waitForOutput(running: Running, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const match = running.output().match(pattern);
    if (match) return match;
    if (running.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`process output never matched ${pattern}:\n${running.output()}`);
}

/** Starts the built server and resolves its base URL on 127.0.0.1. */
export async function startServerCopy(env: Record<string, string>): Promise<{ url: string; process: Running }> {
  const running = startProcess('dist/server/main.js', env);
  const [, url] = await waitForOutput(running, /running at (http:\/\/localhost:\d+)/, 60_000);
  return { url: url.replace('localhost', '127.0.0.1'), process: running };
}
