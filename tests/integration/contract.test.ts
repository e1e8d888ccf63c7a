import { readFileSync } from 'node:fs';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRootFields } from '../../server/graphql/access.js';
import { printedSchema } from '../../server/app/schema.js';
import { OrgUnit } from '../../server/org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('contracts the repository keeps', () => {
  it('schema.graphql is what the code prints (run "npm run schema" when this fails)', async () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printedSchema());
  });

  it('entities and migrations agree (run "npm run migration:create" when this fails)', async () => {
    const diff = await app.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
    expect(diff.trim()).toBe('');
  });

  it('a root field without an access rule stops the schema from building', () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { forgotten: { type: GraphQLString, resolve: () => 'secret' } },
      }),
    });
    expect(() => guardRootFields(schema, () => true)).toThrow(/Query\.forgotten declares no access rule/);
  });

  it('a query on tenant-owned rows without an organisation fails instead of reading every tenant', async () => {
    const em = app.orm.em.fork();
    await expect(em.find(OrgUnit, {})).rejects.toThrow(/tenant/);
  });
});
