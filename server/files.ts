import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Config } from './config.js';

/** Files a module keeps (case attachments, visit evidence), by key under DATA_DIR/<area>/. */
export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
}

/**
 * The one place uploaded files are written and read: on disk under the data folder today
 * (S3-compatible storage would be another FileStore). Keys are made by the modules from ids, never
 * from names a person typed.
 */
export function fileStore(config: Config, area: string): FileStore {
  const root = resolve(config.DATA_DIR, area);
  return {
    async put(key, bytes) {
      const path = join(root, key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    },
    get: (key) => readFile(join(root, key)),
  };
}
