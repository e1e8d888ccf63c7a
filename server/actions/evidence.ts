import { fileTypeFromBuffer } from 'file-type';
import { badInput } from '../graphql/errors.js';

/** Evidence is at most this many bytes once decoded. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

/** Media types accepted as evidence, judged from the content, never from the name. */
const ACCEPTED = new Map([
  ['application/pdf', 'PDF'],
  ['image/png', 'PNG'],
  ['image/jpeg', 'JPEG'],
  ['image/webp', 'WebP'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
]);

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes an evidence file and checks its type by its content (file-type). */
export async function checkEvidence(fileName: string | undefined, base64: string) {
  const name = fileName?.trim();
  if (!name) throw badInput('Give the evidence file a name (fileName).', { field: 'fileName' });
  const compact = base64.replace(/\s+/g, '');
  if (!BASE64.test(compact)) throw badInput('contentBase64 is not base64.', { field: 'contentBase64' });
  if ((compact.length * 3) / 4 > MAX_EVIDENCE_BYTES + 3)
    throw badInput(`Evidence files are at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`, { field: 'contentBase64' });
  const content = Buffer.from(compact, 'base64');
  if (!content.length) throw badInput('The evidence file is empty.', { field: 'contentBase64' });
  const type = await fileTypeFromBuffer(content);
  if (!type || !ACCEPTED.has(type.mime))
    throw badInput(
      `"${name}" is ${type ? `a ${type.ext.toUpperCase()} file` : 'not a file type we recognise'}: ` +
        `evidence must be ${[...ACCEPTED.values()].join(', ')}.`,
      { field: 'contentBase64', detected: type?.mime ?? null },
    );
  return { fileName: name, mimeType: type.mime, size: content.length, content };
}
