import { unit, type DemoContext } from './call.js';
import { DECLINING } from './plan.js';

const ADD_KEY_CLIENT = `mutation K($input: AddKeyClientInput!) { addKeyClient(input: $input) { id } }`;

/**
 * Key clients in the fieldwork register (large employers a branch looks after) and an API key the
 * statistics office's dashboard reads results with, so the key-client and API-key pages are not empty.
 */
export async function buildExtras(d: DemoContext): Promise<void> {
  const clients = [
    { unitId: unit(d, 'NORTH-1').id, name: 'Riverside Steelworks', kind: 'ENTERPRISE', tier: 'A' },
    { unitId: unit(d, DECLINING).id, name: 'Prairie Grain Cooperative', kind: 'ENTERPRISE', tier: 'A' },
    { unitId: unit(d, 'CENTRE-1').id, name: 'Market Hall Traders Association', kind: 'ENTERPRISE', tier: 'B' },
  ];
  for (const input of clients) await d.call(ADD_KEY_CLIENT, { input: { ...input, owner: 'Branch manager' } });
  await d.call(`mutation A($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`, {
    input: {
      name: 'Statistics office dashboard (reads results)',
      role: 'ANALYST',
      unitId: unit(d, 'HO').id,
      scopes: ['READ_RESULTS'],
    },
  });
}
