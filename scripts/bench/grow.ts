/**
 * Grows the benchmark's results data set to `factor` times its size in minutes rather than the hour a load and a
 * rollup rebuild of 5M responses would take on 2 cores (issue 21: the whole benchmark within 45 minutes).
 *
 * Set-based, in one transaction: every response of the data set's questionnaire is copied `factor − 1` times in
 * SQL (a new id, the rest of the row as it is), and the rollup cells of the data set's model are multiplied by
 * `factor`. k copies of a response add k times its contribution to every cell, so the multiplied cells are the
 * ones a rebuild would compute (tests/integration/bench-grow.test.ts compares them with a rebuild). The data set's
 * shape does not change: at 1M responses every cell of its 500 units × 12 months × channels × categories holds
 * responses already, so 5M responses read the same number of cells, while a naive query reads five times the rows.
 */
import pg from 'pg';

/** The cell's JSON (`EncodedCell`, server/results/rollup/cell-stats.ts) with every count and sum times $3. */
const SCALED_STATS = `jsonb_build_object(
    'r', (stats->>'r')::numeric * $3,
    'c', (stats->>'c')::numeric * $3,
    'i', (select coalesce(jsonb_object_agg(b.key, (
            select coalesce(jsonb_agg(jsonb_build_array(e->0, e->1, e->2, (e->>3)::numeric * $3) order by n), '[]')
              from jsonb_array_elements(b.value) with ordinality as x(e, n))), '{}')
            from jsonb_each(stats->'i') b),
    'm', (select coalesce(jsonb_object_agg(m.key, jsonb_build_array((m.value->>0)::numeric * $3,
            (m.value->>1)::numeric * $3, (m.value->>2)::numeric * $3)), '{}') from jsonb_each(stats->'m') m),
    'b', (select coalesce(jsonb_object_agg(b.key, (b.value #>> '{}')::numeric * $3), '{}') from jsonb_each(stats->'b') b))`;

export interface Grown {
  responses: number;
  cells: number;
}

/** Copies the questionnaire's responses and multiplies the model's cells; returns the responses and cells after. */
export async function growByCopies(
  url: string,
  scope: { orgId: string; questionnaireId: string; modelId: string },
  factor: number,
): Promise<Grown> {
  if (!Number.isInteger(factor) || factor < 2) throw new Error(`grow by a whole factor of 2 or more, not ${factor}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ name: string }>(
      `select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = 'response' and column_name <> 'id' and is_generated = 'NEVER'
        order by ordinal_position`,
    );
    const list = columns.map((c) => pg.escapeIdentifier(c.name)).join(', ');
    await client.query('begin');
    // The rollup worker's lock: no drain or rebuild may run between the copies and the cells.
    await client.query(`select pg_advisory_xact_lock(hashtext('barometer:rollup:' || $1))`, [scope.orgId]);
    await client.query(
      `insert into response (id, ${list})
       select gen_random_uuid(), ${columns.map((c) => `r.${pg.escapeIdentifier(c.name)}`).join(', ')}
         from response r cross join generate_series(2, $3::int)
        where r.organization_id = $1 and r.questionnaire_id = $2`,
      [scope.orgId, scope.questionnaireId, factor],
    );
    const cells = await client.query(
      `update result_cell set responses = responses * $3, stats = ${SCALED_STATS}
        where organization_id = $1
          and model_version_id in (select id from indicator_model_version where organization_id = $1 and model_id = $2)`,
      [scope.orgId, scope.modelId, factor],
    );
    await client.query('commit');
    await client.query('analyze response');
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from response where organization_id = $1 and questionnaire_id = $2`,
      [scope.orgId, scope.questionnaireId],
    );
    return { responses: Number(rows[0].n), cells: cells.rowCount ?? 0 };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
