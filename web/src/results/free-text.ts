/** The free-text questions of a SurveyJS definition (the comments the dashboard and the publication page list). */
type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Free-text questions of a version: name → title. */
export function freeText(definition: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const e of list.filter(isObject)) {
      const numeric =
        typeof e.inputType === 'string' && ['number', 'range', 'date', 'email', 'tel'].includes(e.inputType);
      if ((e.type === 'comment' || (e.type === 'text' && !numeric)) && typeof e.name === 'string') {
        const title = isObject(e.title) ? String(e.title.default ?? Object.values(e.title)[0]) : e.name;
        found.set(e.name, typeof e.title === 'string' ? e.title : title);
      }
      visit(e.elements);
    }
  };
  const d = isObject(definition) ? definition : {};
  if (Array.isArray(d.pages)) for (const p of d.pages.filter(isObject)) visit(p.elements);
  visit(d.elements);
  return found;
}
