import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { fileStore } from '../files.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { requirePrincipal } from '../org/index.js';
import { addEvent, requireCase } from './case-access.js';
import { CaseAttachment } from './case-attachment.entity.js';

/** At most this many bytes per file (the route's body limit is the same). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Types accepted, as found from the content: documents, pictures, recorded calls. */
export const ATTACHMENT_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'audio/mpeg',
  'audio/wav',
  'audio/ogg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

/** The folder under DATA_DIR that holds the files (docs/cases.md: S3-compatible storage is not built yet). */
const files = (ctx: RequestContext) => fileStore(ctx.config, 'case-files');

/**
 * Attaches a file to a case (its owner or a manager): the type is found from the bytes, never the
 * name, and must be one of ATTACHMENT_TYPES; the bytes go to DATA_DIR/case-files/<org>/<case>/<id>.
 */
export async function uploadAttachment(ctx: RequestContext, caseId: string, fileName: string, bytes: Buffer) {
  const principal = requirePrincipal(ctx);
  const { c } = await requireCase(ctx, caseId, 'HANDLE');
  if (!bytes.length) throw badInput('The file is empty.', { field: 'file' });
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw badInput(`The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`, { field: 'file' });
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ATTACHMENT_TYPES.has(type.mime))
    throw badInput(
      `The file's content is ${type ? type.mime : 'not a known type'}; attach PDF, PNG, JPEG, WebP, GIF, MP3, WAV, OGG or DOCX.`,
      { field: 'file' },
    );
  // eslint-disable-next-line no-control-regex -- control characters and path separators have no place in a file name
  const name = fileName.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || `file.${type.ext}`;
  const attachment = ctx.em.create(CaseAttachment, {
    organization: principal.orgId,
    caseId: c.id,
    fileName: name,
    mediaType: type.mime,
    size: bytes.length,
    storageKey: '',
    uploadedBy: principal.userId,
  });
  attachment.storageKey = join(principal.orgId, c.id, attachment.id);
  await files(ctx).put(attachment.storageKey, bytes);
  addEvent(ctx.em, c, principal.userId, 'ATTACHMENT', { note: `${name} (${type.mime}, ${bytes.length} bytes)` });
  await ctx.em.flush();
  return { id: attachment.id, fileName: name, mediaType: type.mime, size: bytes.length };
}

/** The bytes of an attachment, for whoever may read its case. */
export async function downloadAttachment(ctx: RequestContext, id: string) {
  const attachment = await ctx.em.findOne(CaseAttachment, { id: requireId('Attachment', id) });
  if (!attachment) throw notFound('Attachment', id);
  await requireCase(ctx, attachment.caseId, 'READ');
  const bytes = await files(ctx).get(attachment.storageKey);
  return { fileName: attachment.fileName, mediaType: attachment.mediaType, bytes };
}
