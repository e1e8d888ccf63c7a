import { fileStore } from '../files.js';
import type { RequestContext } from '../graphql/context.js';
import { notFound, requireId } from '../graphql/errors.js';
import { readableAction } from './action-access.js';
import { ActionNote } from './action-note.entity.js';
import { EVIDENCE_AREA } from './action.service.js';

/**
 * The bytes of one evidence file, for whoever may read its action (RESULTS_READ over its unit):
 * another organisation's note is NOT_FOUND (the tenant filter), an action outside the caller's subtree FORBIDDEN.
 */
export async function downloadEvidence(ctx: RequestContext, noteId: string) {
  const note = await ctx.em.findOne(ActionNote, { id: requireId('Evidence', noteId) });
  if (!note?.storageKey || !note.fileName || !note.mimeType) throw notFound('Evidence', noteId);
  await readableAction(ctx, note.actionId);
  const bytes = await fileStore(ctx.config, EVIDENCE_AREA).get(note.storageKey);
  return { fileName: note.fileName, mediaType: note.mimeType, bytes };
}

/** A Content-Disposition that keeps any name (RFC 6266: an ASCII fallback and the UTF-8 name). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
