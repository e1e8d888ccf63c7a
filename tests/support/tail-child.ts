// For rollup-tail-memory.test.ts: puts `count` made-up responses of one organisation in the rollup tail, as an
// import's `responsesStored` does, in a process whose heap is as small as the test chooses; prints STORED.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../server/app/orm-config.js';
import { addToTail } from '../../server/results/rollup/upkeep.js';

const [url, orgId, count] = process.argv.slice(2);
const orm = await MikroORM.init({ ...ormConfig(url, { poolMax: 1 }), logger: () => {} });
const responses = Array.from({ length: Number(count) }, () => ({ orgId, id: randomUUID() }));
await orm.em.fork().transactional((tx) => addToTail(tx, responses));
process.stdout.write(`STORED ${responses.length}\n`);
await orm.close();
