import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { fileStore } from '../files.js';
import type { RequestContext } from '../graphql/context.js';
import { AppError, badInput, forbidden, notFound, requireId } from '../graphql/errors.js';
import { requirePrincipal } from '../org/index.js';
import { Attachment } from './attachment.entity.js';
import { currentInspector } from './plan.service.js';
import { canSeeVisit } from './visit-access.js';
import { Visit } from './visit.entity.js';

/** Largest evidence file accepted: 10 MiB (a phone photo or a few minutes of audio). */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** What evidence may be, judged by the bytes themselves (file-type), never by the name or the header sent. */
export const EVIDENCE_TYPES: Record<string, string> = {
  'image/jpeg': 'JPEG photo',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
  'image/heic': 'HEIC photo',
  'audio/mpeg': 'MP3 audio',
  'audio/mp4': 'M4A audio',
  'audio/ogg': 'Ogg audio',
  'audio/wav': 'WAV audio',
  'audio/webm': 'WebM audio',
  'video/mp4': 'MP4 video',
  'application/pdf': 'PDF document',
};

const tooLarge = () =>
  new AppError(
    'BAD_USER_INPUT',
    `The file is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB; send a smaller photo, recording or document.`,
    { reason: 'FILE_TOO_LARGE', field: 'file' },
  );

/** Reads a request body, refusing it as soon as it passes the limit. */
async function readCapped(body: Readable, declared: number | null): Promise<Buffer> {
  if (declared !== null && declared > MAX_EVIDENCE_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > MAX_EVIDENCE_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Evidence files, keyed <org>/<attachment id>. */
const files = (ctx: RequestContext) => fileStore(ctx.config, 'evidence');

/**
 * Stores one evidence file sent by the signed-in inspector, before the visit that names it is
 * submitted (a phone uploads its photos, then submits). The type is read from the content; a
 * declared type that the content contradicts is refused.
 */
export async function uploadEvidence(
  ctx: RequestContext,
  body: Readable,
  meta: { fileName: string; declaredType: string | null; length: number | null },
): Promise<Attachment> {
  const inspector = await currentInspector(ctx);
  if (!inspector) throw forbidden('You are not in the inspector register: only registered inspectors send evidence.');
  const bytes = await readCapped(body, meta.length);
  if (!bytes.length) throw badInput('The file is empty.', { field: 'file' });
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  const declared = meta.declaredType?.split(';')[0].trim().toLowerCase() || null;
  const claimed = declared && declared !== 'application/octet-stream' ? declared : null;
  if (!detected || !EVIDENCE_TYPES[detected]) {
    const what =
      claimed && EVIDENCE_TYPES[claimed] ? `claims to be a ${EVIDENCE_TYPES[claimed]} but is not one` : 'is not';
    throw badInput(`"${meta.fileName}" ${what} of the accepted kinds: ${Object.values(EVIDENCE_TYPES).join(', ')}.`, {
      field: 'file',
      reason: 'FILE_TYPE',
    });
  }
  if (claimed && claimed !== detected)
    throw badInput(`"${meta.fileName}" claims to be ${claimed}, but its content is ${detected}.`, {
      field: 'file',
      reason: 'FILE_TYPE',
    });
  const orgId = requirePrincipal(ctx).orgId;
  const attachment = ctx.em.create(Attachment, {
    organization: orgId,
    inspectorId: inspector.id,
    fileName: meta.fileName.slice(0, 200) || 'evidence',
    mimeType: detected,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  await files(ctx).put(`${orgId}/${attachment.id}`, bytes);
  await ctx.em.flush();
  return attachment;
}

/** The bytes of an evidence file, for those who may see its visit (or its uploader before it is part of one). */
export async function readEvidence(
  ctx: RequestContext,
  id: string,
): Promise<{ attachment: Attachment; bytes: Buffer }> {
  const attachment = await ctx.em.findOne(Attachment, { id: requireId('Attachment', id) });
  if (!attachment) throw notFound('Attachment', id);
  const visit = attachment.visitRootId ? await ctx.em.findOne(Visit, { id: attachment.visitRootId }) : null;
  const allowed = visit ? await canSeeVisit(ctx, visit) : (await currentInspector(ctx))?.id === attachment.inspectorId;
  if (!allowed) throw notFound('Attachment', id);
  const bytes = await files(ctx).get(`${requirePrincipal(ctx).orgId}/${attachment.id}`);
  return { attachment, bytes };
}

/** The attachments of a visit revision, in the order it names them. */
export async function attachmentsOf(ctx: RequestContext, visit: Visit): Promise<Attachment[]> {
  if (!visit.attachmentIds.length) return [];
  const found = await ctx.em.find(Attachment, { id: { $in: visit.attachmentIds } });
  return visit.attachmentIds.flatMap((id) => found.find((a) => a.id === id) ?? []);
}
