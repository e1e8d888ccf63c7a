import { Model, type Question } from 'survey-core';

/**
 * Answer sets for a SurveyJS definition, made through survey-core's own SurveyModel: values are
 * set on its questions (so `valuePropertyName`, `valueName`, `storeOthersAsComment`, defaults and
 * matrix/panel shapes come out as the runner would send them), then mutated. `offDomain` marks a
 * set no runner can produce (wrong type, a value outside the choices, an unknown key): Barometer
 * may refuse those by its documented additions.
 */
export interface AnswerSet {
  label: string;
  answers: Record<string, unknown>;
  offDomain: boolean;
}

type Rnd = () => number;
type Data = Record<string, unknown>;
type Q = Question & Record<string, any>;

export function rng(seed: number): Rnd {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rnd, list: T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Rnd, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v ?? null));
const numberOr = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

function textValue(q: Q, r: Rnd): unknown {
  const type = String(q.inputType ?? 'text');
  if (type === 'number' || type === 'range') {
    const lo = numberOr(Number(q.min === '' ? NaN : q.min), 0);
    return int(r, lo, numberOr(Number(q.max === '' ? NaN : q.max), lo + 100));
  }
  if (type === 'date') return typeof q.min === 'string' && q.min ? q.min : `2024-0${int(r, 1, 9)}-1${int(r, 0, 9)}`;
  if (type === 'email') return pick(r, ['ann@example.org', 'li.wei@example.com']);
  if (type === 'tel') return '+380 44 123 4567';
  if (type === 'url') return 'https://example.org/';
  if (type === 'color') return '#336699';
  if (type === 'time') return '10:30';
  if (type === 'month') return '2024-05';
  const text = pick(r, ['Fine', 'Some words here', 'Долго ждали', '很好']);
  return q.maxLength > 0 ? text.slice(0, q.maxLength) : text;
}

const choiceValues = (q: Q): unknown[] =>
  (q.visibleChoices ?? [])
    .filter(
      (c: any) => !['selectall', 'none', 'refused', 'dontknow'].includes(String(c.value)) || q.getType() !== 'checkbox',
    )
    .map((c: any) => c.value);

function fillChoice(q: Q, r: Rnd): void {
  const values = choiceValues(q);
  if (!values.length) return;
  const type = q.getType();
  if (type === 'checkbox' || type === 'tagbox' || (type === 'imagepicker' && q.multiSelect)) {
    const max = Math.min(values.length, q.maxSelectedChoices > 0 ? q.maxSelectedChoices : values.length);
    const min = Math.min(max, Math.max(1, q.minSelectedChoices ?? 0));
    const chosen = [...values].sort(() => r() - 0.5).slice(0, int(r, min, max));
    q.renderedValue = chosen.filter((v) => v !== q.noneItem?.value || chosen.length === 1);
  } else if (type === 'ranking') {
    q.value = [...values].sort(() => r() - 0.5);
  } else q.renderedValue = pick(r, values);
  if (q.isOtherSelected) q.otherValue = 'Something else';
}

function fillMatrix(q: Q, r: Rnd): void {
  const type = q.getType();
  if (type === 'matrix') {
    const columns = (q.visibleColumns ?? []).map((c: any) => c.value);
    if (!columns.length) return;
    const value: Data = {};
    for (const row of q.visibleRows ?? []) value[row.name] = pick(r, columns);
    q.value = value;
    return;
  }
  if (type === 'matrixdynamic') q.rowCount = Math.max(q.minRowCount ?? 0, int(r, 1, 2));
  for (const row of q.visibleRows ?? []) for (const cell of row.cells ?? []) if (cell.question) fill(cell.question, r);
}

/** Sets a plausible value on one question, the way a respondent's runner would. */
export function fill(q: Q, r: Rnd): void {
  if (q.isReadOnly && !q.parentQuestion) return;
  const type = q.getType();
  if (type === 'text') q.value = textValue(q, r);
  else if (type === 'comment')
    q.value = pick(r, ['A comment', 'Nothing to add']).slice(0, q.maxLength > 0 ? q.maxLength : undefined);
  else if (['radiogroup', 'dropdown', 'checkbox', 'tagbox', 'imagepicker', 'ranking', 'buttongroup'].includes(type))
    fillChoice(q, r);
  else if (type === 'rating') {
    const values = (q.visibleRateValues ?? []).map((v: any) => v.value);
    if (values.length) q.value = pick(r, values);
  } else if (type === 'boolean') q.booleanValue = r() < 0.5;
  else if (type === 'slider') {
    const [lo, hi] = [numberOr(q.min, 0), numberOr(q.max, 100)];
    const [a, b] = [int(r, lo, hi), int(r, lo, hi)].sort((x, y) => x - y);
    q.value = q.sliderType === 'range' ? [a, b] : a;
  } else if (type.startsWith('matrix')) fillMatrix(q, r);
  else if (type === 'paneldynamic') {
    q.panelCount = Math.max(q.minPanelCount ?? 0, int(r, 1, 2));
    for (const panel of q.panels ?? []) for (const inner of panel.questions ?? []) if (inner.isVisible) fill(inner, r);
  } else if (type === 'multipletext') {
    for (const item of q.items ?? []) item.value = item.inputType === 'number' ? int(r, 1, 50) : 'Text';
  }
}

/** A response as a respondent would complete it: visible questions answered with probability `p`. */
export function respond(definition: Data, r: Rnd, p = 1): { model: Model; answers: Data } {
  const model = new Model(clone(definition));
  for (let pass = 0; pass < 2; pass++) {
    for (const q of model.getAllQuestions(true) as Q[]) if (q.isEmpty() && r() < p) fill(q, r);
  }
  return { model, answers: clone(model.data) };
}

/** Values that break one validator of a question (null when none can be made). */
function violation(q: Q): unknown {
  for (const v of (q.validators ?? []) as any[]) {
    const type = v.getType();
    if (type === 'numericvalidator')
      return v.maxValue != null ? Number(v.maxValue) + 1 : v.minValue != null ? Number(v.minValue) - 1 : 'abc';
    if (type === 'textvalidator') return v.maxLength > 0 ? 'x'.repeat(v.maxLength + 1) : v.minLength > 0 ? 'x' : null;
    if (type === 'emailvalidator') return 'not-an-address';
    if (type === 'regexvalidator') return '### !!!';
    if (type === 'answercountvalidator') return v.minCount > 1 ? choiceValues(q).slice(0, 1) : choiceValues(q);
  }
  if (q.getType() === 'text' && q.inputType === 'number' && q.max !== undefined && q.max !== '')
    return Number(q.max) + 1;
  if (q.getType() === 'text' && q.inputType === 'date' && typeof q.min === 'string' && q.min) return '1900-01-01';
  return null;
}

/** Drops one inner value (a cell, an item, a panel question) of a composite answer. */
function dropInner(value: unknown, r: Rnd): unknown {
  const v = clone(value) as any;
  const target = Array.isArray(v) ? v[0] : v && typeof v === 'object' ? v[pick(r, Object.keys(v))] : null;
  const holder =
    target && typeof target === 'object' && !Array.isArray(target)
      ? target
      : v && typeof v === 'object' && !Array.isArray(v)
        ? v
        : null;
  if (!holder || !Object.keys(holder).length) return v;
  delete holder[pick(r, Object.keys(holder))];
  return v;
}

const OFF_DOMAIN: Record<string, unknown> = {
  text: { an: 'object' },
  rating: 999,
  radiogroup: 'no-such-choice',
  dropdown: 'no-such-choice',
  checkbox: 'not-a-list',
  boolean: 'maybe',
  comment: 42,
};

function mutations(definition: Data, r: Rnd): AnswerSet[] {
  const { model, answers } = respond(definition, r, 1);
  const sets: AnswerSet[] = [];
  const add = (label: string, a: Data, offDomain = false) => sets.push({ label, answers: a, offDomain });
  const questions = model.getAllQuestions(false) as Q[];
  const visible = questions.filter((q) => q.isVisible && q.isParentVisible);
  const key = (q: Q) => q.getValueName();
  for (const q of visible.filter((q) => q.isRequired && answers[key(q)] !== undefined).slice(0, 3)) {
    const a = clone(answers);
    delete a[key(q)];
    add(`missing required ${q.name}`, a);
  }
  for (const q of questions.filter((q) => !(q.isVisible && q.isParentVisible)).slice(0, 3)) {
    fill(q, r);
    add(`answer to hidden ${q.name}`, { ...clone(answers), ...(q.isEmpty() ? {} : { [key(q)]: clone(q.value) }) });
  }
  for (const q of visible) {
    const bad = violation(q);
    if (bad !== null && sets.length < 14)
      add(`validator/range violation on ${q.name}`, { ...clone(answers), [key(q)]: bad });
  }
  for (const q of visible
    .filter((q) => /^(matrix|paneldynamic|multipletext)/.test(q.getType()) && answers[key(q)] !== undefined)
    .slice(0, 3)) {
    add(`inner value dropped from ${q.name}`, { ...clone(answers), [key(q)]: dropInner(answers[key(q)], r) });
  }
  for (const q of visible.filter((q) => q.showOtherItem || q.hasOther).slice(0, 2)) {
    add(`other without text on ${q.name}`, {
      ...clone(answers),
      [key(q)]: q.getType() === 'checkbox' ? [q.otherItem.value] : q.otherItem.value,
    });
  }
  const wrong = visible.find(
    (q) => OFF_DOMAIN[q.getType()] !== undefined && (q.getType() !== 'text' || !q.inputType || q.inputType === 'text'),
  );
  if (wrong)
    add(`wrong type for ${wrong.name}`, { ...clone(answers), [key(wrong)]: OFF_DOMAIN[wrong.getType()] }, true);
  add('an unknown key', { ...clone(answers), no_such_question_here: 'x' }, true);
  add('nothing answered', {});
  return sets;
}

/** At least `count` answer sets: complete responses, partial ones and mutations. Deterministic per seed. */
export function answerSets(definition: Data, seed: number, count = 22): AnswerSet[] {
  const r = rng(seed);
  const sets: AnswerSet[] = [];
  for (let i = 0; i < 4; i++)
    sets.push({ label: `complete response ${i + 1}`, answers: respond(definition, r, 1).answers, offDomain: false });
  sets.push(...mutations(definition, r));
  for (let i = 0; sets.length < count; i++) {
    sets.push({
      label: `partial response ${i + 1}`,
      answers: respond(definition, r, 0.3 + 0.6 * r()).answers,
      offDomain: false,
    });
  }
  return sets;
}
