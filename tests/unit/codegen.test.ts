import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import testsConfig from '../codegen.js';
import config from '../../web/codegen.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('typed GraphQL operations of the web app', () => {
  it('web/src/gql is what graphql-codegen makes of schema.graphql and the operations (run "npm run codegen" when this fails)', async () => {
    const files = (await generate({ ...config, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(`${root}${file.filename}`, 'utf8'), file.filename).toBe(file.content);
    }
  }, 60_000);

  it('tests/gql is what graphql-codegen makes of the tests\' operations (run "npm run codegen" if not)', async () => {
    const generated = await generate({ ...testsConfig, cwd: root, silent: true }, false);
    const files = generated as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(`${root}${file.filename}`, 'utf8'), file.filename).toBe(file.content);
    }
  }, 60_000);
});
