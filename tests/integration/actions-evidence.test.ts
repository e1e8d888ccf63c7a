import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, type ActionsFixture } from '../support/actions.js';
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
});
