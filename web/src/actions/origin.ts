/** Where an action opened by hand came from (a case, a visit's non-conformity), and the link back to it. */
export interface ActionOrigin {
  kind: 'CASE' | 'INSPECTION';
  /** The case id, or "<visit revision id>:<finding number>". */
  id: string;
  /** The case reference or the finding title. */
  label: string;
  unitId: string;
  unitName: string;
  /** What was found, to start the problem text with. */
  text?: string | null;
}

type T = (key: string, args?: Record<string, unknown>) => string;

/** The page an action's source is on, and the words of the link; null for sources without a page. */
export function originLink(
  t: T,
  a: { sourceKind: string; sourceId?: string | null; sourceLabel?: string | null },
): { to: string; text: string } | null {
  if (!a.sourceId) return null;
  if (a.sourceKind === 'CASE')
    return { to: `/cases/${a.sourceId}`, text: t('actionOrigin.fromCase', { number: a.sourceLabel ?? a.sourceId }) };
  if (a.sourceKind === 'INSPECTION') {
    const [visit, finding] = a.sourceId.split(':');
    const item = a.sourceLabel ?? `#${Number(finding) + 1}`;
    return { to: `/fieldwork/visits/${visit}`, text: t('actionOrigin.fromVisit', { item }) };
  }
  if (a.sourceKind === 'ACTION') return { to: `/actions/${a.sourceId}`, text: t('actions.source.ACTION') };
  return null;
}
