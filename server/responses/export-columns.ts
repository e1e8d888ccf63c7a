/**
 * The columns of a response export that spans every version of a questionnaire: one per
 * question, matrix row, dropdown-matrix cell, multiple-text item and multi-select option, in
 * the newest version's order, followed by those only older versions had (a removed question
 * keeps its column).
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const valueOf = (item: unknown) => (isObject(item) ? item.value : item);

/** Text in the language asked for, falling back to the default text. */
export function localised(text: unknown, language: string): string | null {
  if (isObject(text)) return String(text[language] ?? text.default ?? Object.values(text)[0] ?? '');
  return text == null ? null : String(text);
}

export interface ExportColumn {
  header: string;
  /** Reads this column's raw value out of a response's answers. */
  read: (answers: Json) => unknown;
  /** Choice value → label, per language, when the column holds choice values. */
  labels: Map<string, unknown> | null;
}

const choiceLabels = (list: unknown): Map<string, unknown> =>
  new Map((Array.isArray(list) ? list : []).map((c) => [String(valueOf(c)), isObject(c) ? (c.text ?? c.value) : c]));

function columnsOfQuestion(q: Json): ExportColumn[] {
  const name = String(q.name);
  const at =
    (...path: string[]) =>
    (answers: Json) =>
      path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), answers[name]);
  const plain = (labels: Map<string, unknown> | null = null): ExportColumn => ({
    header: name,
    read: (a) => a[name],
    labels,
  });
  const comment: ExportColumn[] =
    q.showCommentArea || q.hasComment || q.showOtherItem || q.hasOther
      ? [{ header: `${name}-Comment`, read: (a) => a[`${name}-Comment`], labels: null }]
      : [];
  switch (q.type) {
    case 'checkbox':
    case 'tagbox':
    case 'imagepicker': {
      if (q.type === 'imagepicker' && !q.multiSelect) return [plain(choiceLabels(q.choices))];
      const options = (Array.isArray(q.choices) ? q.choices : []).map((c) => String(valueOf(c)));
      if (q.showOtherItem || q.hasOther) options.push('other');
      if (q.showNoneItem || q.hasNone) options.push('none');
      return [
        ...options.map((option) => ({
          header: `${name}.${option}`,
          read: (a: Json) =>
            Array.isArray(a[name]) ? ((a[name] as unknown[]).map(String).includes(option) ? 1 : 0) : undefined,
          labels: null,
        })),
        ...comment,
      ];
    }
    case 'radiogroup':
    case 'dropdown':
      return [plain(choiceLabels(q.choices)), ...comment];
    case 'boolean':
      return [
        plain(
          new Map([
            [String(q.valueTrue ?? true), q.labelTrue ?? 'Yes'],
            [String(q.valueFalse ?? false), q.labelFalse ?? 'No'],
          ]),
        ),
      ];
    case 'matrix':
      return (Array.isArray(q.rows) ? q.rows : []).map((r) => ({
        header: `${name}.${String(valueOf(r))}`,
        read: at(String(valueOf(r))),
        labels: choiceLabels(q.columns),
      }));
    case 'matrixdropdown': {
      const columns = (Array.isArray(q.columns) ? q.columns : []).filter(isObject);
      return (Array.isArray(q.rows) ? q.rows : []).flatMap((r) =>
        columns.map((c) => ({
          header: `${name}.${String(valueOf(r))}.${String(c.name)}`,
          read: at(String(valueOf(r)), String(c.name)),
          labels: c.choices || q.choices ? choiceLabels(c.choices ?? q.choices) : null,
        })),
      );
    }
    case 'multipletext':
      return (Array.isArray(q.items) ? q.items : [])
        .filter(isObject)
        .map((i) => ({ header: `${name}.${String(i.name)}`, read: at(String(i.name)), labels: null }));
    case 'html':
    case 'image':
      return [];
    default:
      return [plain(), ...comment];
  }
}

function questionsOf(definition: Json): Json[] {
  const out: Json[] = [];
  const visit = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const q of list.filter(isObject)) {
      if (q.type === 'panel') visit(q.elements);
      else if (typeof q.name === 'string') out.push(q);
    }
  };
  if (Array.isArray(definition.pages)) for (const page of definition.pages.filter(isObject)) visit(page.elements);
  visit(definition.elements);
  return out;
}

/** Columns over all versions; `definitions` newest first. Each version's own reading wins for its rows. */
export function exportColumns(definitions: Json[]): {
  headers: string[];
  byVersion: Map<number, Map<string, ExportColumn>>;
} {
  const headers: string[] = [];
  const byVersion = new Map<number, Map<string, ExportColumn>>();
  definitions.forEach((definition, index) => {
    const columns = new Map<string, ExportColumn>();
    for (const q of questionsOf(definition))
      for (const column of columnsOfQuestion(q)) columns.set(column.header, column);
    for (const header of columns.keys()) if (!headers.includes(header)) headers.push(header);
    byVersion.set(index, columns);
  });
  return { headers, byVersion };
}

/** A cell: the raw value, or its label in `language`; lists joined with "; ", objects as JSON. */
export function cell(
  column: ExportColumn | undefined,
  answers: Json,
  language: string | null,
): string | number | boolean | null {
  if (!column) return null;
  const value = column.read(answers);
  if (value === undefined || value === null) return null;
  const label = (v: unknown) => {
    const text = language && column.labels?.has(String(v)) ? localised(column.labels.get(String(v)), language) : null;
    return text ?? v;
  };
  if (Array.isArray(value)) return value.map((v) => String(label(v))).join('; ');
  if (isObject(value)) return JSON.stringify(value);
  const shown = label(value);
  return typeof shown === 'number' || typeof shown === 'boolean' ? shown : String(shown);
}
