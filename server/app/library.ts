import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { loadLibrary } from '../library/index.js';
import { LIBRARY_SLUG, libraryPrincipal } from '../org/index.js';
import type { App } from './app.js';

/**
 * Brings the shipped template library up to date, in one transaction: copies starting together
 * wait on one lock, and the second finds nothing left to release. A failure leaves the library as it was.
 */
export async function loadShippedLibrary(app: App, orm: MikroORM, log: Logger): Promise<string[]> {
  return orm.em.fork().transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [LIBRARY_SLUG]);
    const principal = await libraryPrincipal(tx);
    return loadLibrary(app.system(principal, tx), log);
  });
}
