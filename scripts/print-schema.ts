// npm run schema: rewrites schema.graphql from the code.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printedSchema } from '../server/app/schema.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), await printedSchema());
console.log('schema.graphql written');
