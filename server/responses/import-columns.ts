/**
 * How a flat row (a CSV line) maps onto SurveyJS answers: one column per question name,
 * `name.row` for matrix rows, `name.row.column` for dropdown-matrix cells, `name.item` for
 * multiple-text items, `name-Comment` for comments; lists as `a;b` or JSON; nested answers
 * (dynamic panels and matrices) as JSON.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const valueOf = (item: unknown) => (isObject(item) ? item.value : item);

type Kind = 'number' | 'boolean' | 'choice' | 'list' | 'json' | 'text';

interface Column {
  question: string;
  path: string[];
  kind: Kind;
  numericChoices: Set<string>;
  valueTrue?: unknown;
  valueFalse?: unknown;
}

export const META_COLUMNS = [
  'completed_at',
  'started_at',
  'respondent_category',
  'service_situation',
  'language',
  'unit',
  'channel',
  'questionnaire_version',
  'staff',
] as const;
export type Meta = Partial<Record<(typeof META_COLUMNS)[number], string>>;

const numericOf = (list: unknown): Set<string> =>
  new Set(
    (Array.isArray(list) ? list : [])
      .map(valueOf)
      .filter((v) => typeof v === 'number')
      .map(String),
  );

function columnsOf(q: Json): [string, Column][] {
  const name = String(q.name);
  const col = (path: string[], kind: Kind, extra: Partial<Column> = {}): [string, Column] => [
    [name, ...path].join('.'),
    { question: name, path, kind, numericChoices: new Set(), ...extra },
  ];
  const comment: [string, Column][] =
    q.showCommentArea || q.hasComment || q.showOtherItem || q.hasOther
      ? [[`${name}-Comment`, { question: `${name}-Comment`, path: [], kind: 'text', numericChoices: new Set() }]]
      : [];
  switch (q.type) {
    case 'rating':
    case 'slider':
      return [col([], 'number')];
    case 'text':
      return [col([], q.inputType === 'number' || q.inputType === 'range' ? 'number' : 'text')];
    case 'boolean':
      return [col([], 'boolean', { valueTrue: q.valueTrue ?? true, valueFalse: q.valueFalse ?? false })];
    case 'radiogroup':
    case 'dropdown':
      return [col([], 'choice', { numericChoices: numericOf(q.choices) }), ...comment];
    case 'imagepicker':
      return [col([], q.multiSelect ? 'list' : 'choice', { numericChoices: numericOf(q.choices) })];
    case 'checkbox':
    case 'tagbox':
    case 'ranking':
      return [col([], 'list', { numericChoices: numericOf(q.choices) }), ...comment];
    case 'matrix':
      return (Array.isArray(q.rows) ? q.rows : []).map((r) =>
        col([String(valueOf(r))], 'choice', { numericChoices: numericOf(q.columns) }),
      );
    case 'matrixdropdown': {
      const columns = (Array.isArray(q.columns) ? q.columns : []).filter(isObject);
      return (Array.isArray(q.rows) ? q.rows : []).flatMap((r) =>
        columns.map((c) => {
          const type = String(c.cellType ?? q.cellType ?? 'dropdown');
          const kind: Kind =
            type === 'rating' ? 'number' : type === 'boolean' ? 'boolean' : type === 'checkbox' ? 'list' : 'choice';
          return col([String(valueOf(r)), String(c.name)], kind, {
            numericChoices: numericOf(c.choices ?? q.choices),
            valueTrue: true,
            valueFalse: false,
          });
        }),
      );
    }
    case 'multipletext':
      return (Array.isArray(q.items) ? q.items : []).filter(isObject).map((i) => col([String(i.name)], 'text'));
    case 'html':
    case 'image':
    case 'expression':
      return [];
    default:
      return [col([], 'json'), ...comment];
  }
}

/** Every column a row of this questionnaire version may have. */
export function columnsFor(definition: Json): Map<string, Column> {
  const out = new Map<string, Column>();
  const visit = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const q of list.filter(isObject)) {
      if (q.type === 'panel') visit(q.elements);
      else if (typeof q.name === 'string') for (const [key, column] of columnsOf(q)) out.set(key, column);
    }
  };
  if (Array.isArray(definition.pages)) for (const page of definition.pages.filter(isObject)) visit(page.elements);
  visit(definition.elements);
  return out;
}

function convert(column: Column, cell: string): unknown {
  const asChoice = (v: string) => (column.numericChoices.has(v) ? Number(v) : v);
  switch (column.kind) {
    case 'number':
      return cell.trim() !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell;
    case 'boolean': {
      const v = cell.trim().toLowerCase();
      if (['true', '1', 'yes', String(column.valueTrue).toLowerCase()].includes(v)) return column.valueTrue;
      if (['false', '0', 'no', String(column.valueFalse).toLowerCase()].includes(v)) return column.valueFalse;
      return cell;
    }
    case 'choice':
      return asChoice(cell.trim());
    case 'list':
      if (cell.trim().startsWith('[')) {
        try {
          return JSON.parse(cell);
        } catch {
          return cell;
        }
      }
      return cell
        .split(';')
        .map((v) => asChoice(v.trim()))
        .filter((v) => v !== '');
    case 'json':
      try {
        return JSON.parse(cell);
      } catch {
        return cell;
      }
    default:
      return cell;
  }
}

/**
 * Builds the answers of one row; empty cells are unanswered. `foreign` lists the filled columns this
 * version does not have (a file mixing versions has the columns of all of them).
 */
export function rowToAnswers(
  columns: Map<string, Column>,
  header: string[],
  cells: string[],
): { answers: Json; meta: Meta; foreign: string[] } {
  const answers: Json = {};
  const meta: Meta = {};
  const foreign: string[] = [];
  header.forEach((name, i) => {
    const cell = cells[i] ?? '';
    if (cell === '') return;
    if ((META_COLUMNS as readonly string[]).includes(name)) {
      meta[name as keyof Meta] = cell;
      return;
    }
    const column = columns.get(name);
    if (!column) {
      foreign.push(name);
      return;
    }
    let target = answers;
    const path = [column.question, ...column.path];
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Json;
    target[path.at(-1)!] = convert(column, cell);
  });
  return { answers, meta, foreign };
}

/** Header names that are neither a question column nor a meta column. */
export function unknownColumns(columns: Map<string, Column>, header: string[]): string[] {
  return header.filter((h) => !columns.has(h) && !(META_COLUMNS as readonly string[]).includes(h));
}
