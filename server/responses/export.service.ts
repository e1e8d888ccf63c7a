import type { Writable } from 'node:stream';
import type { RequestContext } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';
import { checkFormat, writeTable } from '../http/table-stream.js';
import { modelForResponses } from '../indicators/index.js';
import { scoreResponseItems } from '../indicators/index.js';
import { scoreOneResponse } from '../indicators/index.js';
import { walk } from '../indicators/index.js';
import { requirePrincipal } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { lineageOf } from '../questionnaires/index.js';
import { getQuestionnaire, versionsOf } from '../questionnaires/index.js';
import { cell, exportColumns } from './export-columns.js';
import { Response } from './response.entity.js';
import { olderThan } from '../graphql/connection.js';
import { responseWhere, type ResponseFilter } from './response-query.service.js';
import { recordExport } from '../db/audit-trail.js';

export interface ExportOptions {
  questionnaireId: string;
  format: string;
  /** Choice labels in this language; null for raw values. */
  language: string | null;
  filter: ResponseFilter;
}

// Kobo-style leading underscores keep these apart from question names (a question may be called "channel").
const META = [
  '_response_id',
  '_version',
  '_unit_code',
  '_channel',
  '_respondent_category',
  '_service_situation',
  '_language',
  '_started_at',
  '_completed_at',
  '_duration_seconds',
  '_score',
  '_band',
];
const BATCH = 1000;

/** Rows of the export, read in batches (keyset order) so memory stays flat whatever the size. */
async function* exportRows(
  ctx: RequestContext,
  options: ExportOptions,
): AsyncGenerator<(string | number | boolean | null)[]> {
  const questionnaire = await getQuestionnaire(ctx, options.questionnaireId);
  const where = await responseWhere(ctx, { ...options.filter, questionnaireId: questionnaire.id });
  const versions = await versionsOf(ctx, questionnaire);
  const { headers, byVersion } = exportColumns(versions.map((v) => v.definition));
  const versionIndex = new Map(versions.map((v, i) => [v.id, i]));
  const lineage = await lineageOf(ctx.em, questionnaire.id);
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: questionnaire.unit.id });
  const model = await modelForResponses(ctx.em, requirePrincipal(ctx).orgId, unit, lineage);
  const nodes = model ? [...walk(model.definition.root)].map((w) => w.node) : [];
  if (!where) throw forbidden('Exporting responses needs RESULTS_READ, which none of your roles grants.');
  yield [...META, ...headers, ...nodes.map((n) => `_score.${n.key}`)];

  const units = new Map<string, string>();
  let cursor: unknown[] | null = null;
  for (;;) {
    const em = ctx.em.fork();
    const batch: Response[] = await em.find(
      Response,
      { $and: cursor ? [...where, olderThan('submittedAt', cursor)] : where },
      { orderBy: { submittedAt: 'desc', id: 'desc' }, limit: BATCH },
    );
    const missing = [...new Set(batch.map((r) => r.unit.id).filter((id) => !units.has(id)))];
    if (missing.length) for (const u of await em.find(OrgUnit, { id: { $in: missing } })) units.set(u.id, u.code);
    for (const r of batch) {
      const index = versionIndex.get(r.questionnaireVersion.id)!;
      const columns = byVersion.get(index)!;
      const perNode = model
        ? scoreOneResponse(
            model.definition,
            scoreResponseItems(model.definition, versions[index].definition, new Set(lineage), r.answers),
          )
        : null;
      yield [
        r.id,
        versions[index].number,
        units.get(r.unit.id) ?? null,
        r.channel,
        r.category,
        r.situation,
        r.language,
        r.startedAt?.toISOString() ?? null,
        r.completedAt?.toISOString() ?? null,
        r.durationSeconds,
        r.score,
        r.band,
        ...headers.map((h) => cell(columns.get(h), r.answers, options.language)),
        ...nodes.map((n) => perNode?.get(n.key)?.score ?? perNode?.get(n.key)?.value ?? null),
      ];
    }
    if (batch.length < BATCH) return;
    const last = batch.at(-1)!;
    cursor = [last.submittedAt.toISOString(), last.id];
  }
}

/**
 * Streams responses of one questionnaire, across all its versions, as CSV or XLSX to `out`.
 * Checks access before the first byte, so an error can still be a proper error response.
 */
export async function exportResponses(
  ctx: RequestContext,
  options: ExportOptions,
  out: Writable,
  onStart: () => void,
): Promise<void> {
  let started = false;
  const start = () => ((started = true), onStart());
  try {
    await writeTable(checkFormat(options.format), exportRows(ctx, options), out, 'Responses', start);
  } finally {
    // Once the first byte went out, the export happened: recorded in the audit log even if cut short.
    if (started) await recordExport(ctx.em, 'ResponseExport', { entityId: options.questionnaireId, ...options });
  }
}
