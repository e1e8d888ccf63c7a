import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, newUser, type ActionsFixture } from '../support/actions.js';
import type { GraphQLClient } from '../support/client.js';
import { newTenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let f: ActionsFixture;

const OPEN = `mutation($input: OpenActionInput!) { openAction(input: $input) { id } }`;
const NOTE = `mutation($input: ActionNoteInput!) { addActionNote(input: $input) { id fileName mimeType size } }`;
// A 1×1 PNG (70 bytes).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

beforeAll(async () => {
  app = await startTestApp();
  f = await actionsFixture(app);
});
afterAll(() => app?.close());

describe('action evidence in the file store', () => {
  it('keeps the bytes under DATA_DIR/action-evidence/<org>/<action>/<note>, the API unchanged', async () => {
    const { openAction } = await f.t.admin.ok(OPEN, {
      input: {
        unitId: f.units.A,
        title: 'Queue',
        measures: 'Second counter',
        sourceKind: 'MANUAL',
        responsibleUserId: f.manager.id,
        deadline: '2026-12-31',
        targetKind: 'SCORE_RISE',
        targetValue: 5,
        recheckFrom: '2027-01-01',
        recheckTo: '2027-02-01',
      },
    });
    const { addActionNote } = await f.manager.client.ok(NOTE, {
      input: { actionId: openAction.id, text: 'Counter opened', fileName: 'counter.png', contentBase64: PNG },
    });
    expect(addActionNote).toMatchObject({ fileName: 'counter.png', mimeType: 'image/png', size: 70 });
    const path = join(app.config.DATA_DIR, 'action-evidence', f.t.orgId, openAction.id, addActionNote.id);
    expect((await readFile(path)).equals(Buffer.from(PNG, 'base64'))).toBe(true);
    // A note without a file writes nothing.
    const { addActionNote: plain } = await f.manager.client.ok(NOTE, { input: { actionId: openAction.id, text: 'x' } });
    await expect(
      readFile(join(app.config.DATA_DIR, 'action-evidence', f.t.orgId, openAction.id, plain.id)),
    ).rejects.toThrow();
  });

  it('serves the file back to those who may read the action, with its type and name, and refuses the others', async () => {
    const { openAction } = await f.t.admin.ok(OPEN, {
      input: {
        unitId: f.units.B,
        title: 'Signs',
        measures: 'New signs',
        sourceKind: 'MANUAL',
        responsibleUserId: f.manager.id,
        deadline: '2026-12-31',
        targetKind: 'SCORE_RISE',
        targetValue: 5,
        recheckFrom: '2027-01-01',
        recheckTo: '2027-02-01',
      },
    });
    const { addActionNote } = await f.manager.client.ok(NOTE, {
      input: { actionId: openAction.id, text: 'Signs up', fileName: '整改 照片.png', contentBase64: PNG },
    });
    const url = `${app.url}/api/action-evidence/${addActionNote.id}`;
    const get = (client?: GraphQLClient) =>
      fetch(url, client ? { headers: { cookie: `barometer_session=${client.cookie('barometer_session')}` } } : {});

    const mine = await get(f.manager.client);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    expect(mine.headers.get('content-disposition')).toBe(
      `attachment; filename="__ __.png"; filename*=UTF-8''${encodeURIComponent('整改 照片.png')}`,
    );
    expect(Buffer.from(await mine.arrayBuffer()).equals(Buffer.from(PNG, 'base64'))).toBe(true);

    const answer = async (r: Response) => [r.status, (await r.json()).errors[0].extensions.code];
    expect(await answer(await get())).toEqual([401, 'UNAUTHENTICATED']);
    // A manager of branch A only: B is outside the subtree.
    const branchA = await newUser(app, f.t, 'a-manager', 'UNIT_MANAGER', f.units.A);
    expect(await answer(await get(branchA.client))).toEqual([403, 'FORBIDDEN']);
    const other = await newTenant(app, 'Other');
    expect(await answer(await get(other.admin))).toEqual([404, 'NOT_FOUND']);
    // A note without a file, and an id that is no note, have nothing to download.
    const { addActionNote: plain } = await f.manager.client.ok(NOTE, { input: { actionId: openAction.id, text: 'y' } });
    expect(
      await answer(
        await fetch(`${app.url}/api/action-evidence/${plain.id}`, {
          headers: { cookie: `barometer_session=${f.manager.client.cookie('barometer_session')}` },
        }),
      ),
    ).toEqual([404, 'NOT_FOUND']);
  });
});
