import { createServer, connect, type Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that can freeze: while frozen no byte passes either way
 * (new connections are accepted and held), as when the database host stops answering.
 */
export interface PgProxy {
  /** `databaseUrl` with its host and port replaced by the proxy's. */
  url(databaseUrl: string): string;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

export async function startPgProxy(databaseUrl: string): Promise<PgProxy> {
  const target = new URL(databaseUrl);
  const pairs: [Socket, Socket][] = [];
  let frozen = false;
  const link = ([a, b]: [Socket, Socket]) => {
    a.pipe(b);
    b.pipe(a);
  };
  const unlink = ([a, b]: [Socket, Socket]) => {
    a.unpipe(b);
    b.unpipe(a);
    a.pause();
    b.pause();
  };
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.push(pair);
    for (const s of pair) s.on('error', () => pair.forEach((x) => x.destroy()));
    for (const s of pair) s.on('close', () => pair.forEach((x) => x.destroy()));
    if (frozen) unlink(pair);
    else link(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    freeze() {
      frozen = true;
      pairs.forEach(unlink);
    },
    thaw() {
      frozen = false;
      pairs.forEach(link);
    },
    close: () =>
      new Promise((resolve) => {
        pairs.flat().forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
