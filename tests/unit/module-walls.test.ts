import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/app/orm-config.js';
import { fieldworkEntities } from '../../server/fieldwork/index.js';
import { distributionEntities } from '../../server/distribution/index.js';
import { indicatorEntities } from '../../server/indicators/index.js';
import { orgEntities } from '../../server/org/index.js';
import { questionnaireEntities } from '../../server/questionnaires/index.js';
import { responseEntities } from '../../server/responses/index.js';
import { resultsEntities } from '../../server/results/index.js';
import { casesEntities } from '../../server/cases/index.js';
import { actionsEntities } from '../../server/actions/index.js';
import { webhooksEntities } from '../../server/webhooks/index.js';
import { transparencyEntities } from '../../server/transparency/index.js';
import { reportsEntities } from '../../server/reports/index.js';

/*
 * The module walls in SQL (design.md §1): a module's SQL names only its own tables and the
 * read-only relations other modules publish for a hot path. The import walls (public faces,
 * no cycles) are checked by dependency-cruiser in `npm run lint:deps`.
 */

const MODULES = {
  org: orgEntities,
  questionnaires: questionnaireEntities,
  indicators: indicatorEntities,
  responses: responseEntities,
  results: resultsEntities,
  distribution: distributionEntities,
  cases: casesEntities,
  actions: actionsEntities,
  fieldwork: fieldworkEntities,
  webhooks: webhooksEntities,
  transparency: transparencyEntities,
  reports: reportsEntities,
} as const;
type Module = keyof typeof MODULES;

/** Relations a module publishes for others to read, each created by a migration of the module. */
const PUBLISHED: Record<string, Module> = {
  // The tenancy tree every module scopes by (materialised paths); org changes it only by migration.
  org_unit: 'org',
  distribution_gate: 'distribution',
  indicator_model_scope: 'indicators',
  response_fact: 'responses',
  questionnaire_version_state: 'questionnaires',
};

const SERVER = join(import.meta.dirname, '../../server');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : [],
  );
const TABLE_REF = /\b(?:from|join|update|into|table)\s+"?([a-z_][a-z0-9_]*)"?/gi;

async function owners(): Promise<Map<string, Module>> {
  const orm = await MikroORM.init({ ...ormConfig('postgresql://127.0.0.1:1/none'), connect: false });
  const out = new Map<string, Module>();
  for (const [module, list] of Object.entries(MODULES) as [Module, readonly { name: string }[]][]) {
    for (const entity of list) out.set(orm.getMetadata().get(entity.name).tableName, module);
  }
  await orm.close();
  return out;
}

/** Every table another module's SQL (template literals) names in `module`'s files. */
function foreignTables(module: Module, owner: Map<string, Module>): string[] {
  const found = new Set<string>();
  for (const file of files(join(SERVER, module))) {
    for (const literal of readFileSync(file, 'utf8').match(/`[^`]*`/g) ?? []) {
      for (const [, table] of literal.matchAll(TABLE_REF)) {
        const of = owner.get(table);
        if (of && of !== module && PUBLISHED[table] === undefined)
          found.add(`${relative(SERVER, file)}: ${table} (${of})`);
      }
    }
  }
  return [...found].sort();
}

describe('module walls in SQL', () => {
  it('no module names another module’s tables, only the relations they publish', async () => {
    const owner = await owners();
    expect(owner.get('response')).toBe('responses');
    expect(owner.get('org_unit')).toBe('org');
    for (const module of Object.keys(MODULES) as Module[]) expect(foreignTables(module, owner), module).toEqual([]);
  });
});
