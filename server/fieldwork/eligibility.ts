import { badInput } from '../graphql/errors.js';
import type { OrgUnit } from '../org/index.js';
import type { InspectionKind } from './inspection-kind.entity.js';
import type { Inspector } from './inspector.entity.js';

/** What an inspector's register entry says about where they may go, with the units' paths resolved. */
export interface Reach {
  inspector: Inspector;
  /** Paths of the units (subtrees) they may inspect. */
  paths: string[];
  /** Path of their home unit (internal staff), or null. */
  homePath: string | null;
}

/** Why `reach` may not inspect `unit` for `kind`, or null when it may. */
export function refusal(reach: Reach, unit: OrgUnit, kind: InspectionKind): string | null {
  const who = `Inspector "${reach.inspector.name}"`;
  if (!reach.inspector.active) return `${who} has left the register.`;
  if (!reach.paths.some((p) => unit.path.startsWith(p)))
    return `${who} may not inspect "${unit.name}" (${unit.code}): it is not among the units of their register entry.`;
  const home = reach.homePath;
  if (kind.crossUnit && home && (unit.path.startsWith(home) || home.startsWith(unit.path)))
    return `${who} works at "${unit.name}" (${unit.code}) or a unit above or below it; a ${kind.label} is made by another unit's staff.`;
  return null;
}

export function requireEligible(reach: Reach, unit: OrgUnit, kind: InspectionKind, field: string): void {
  const why = refusal(reach, unit, kind);
  if (why) throw badInput(why, { field, reason: 'INSPECTOR_NOT_ELIGIBLE' });
}

/** New assignments go to active inspectors only: a deactivated one named is refused, not skipped. */
export function requireActive(inspectors: Inspector[], field: string): void {
  const inactive = inspectors.filter((i) => !i.active);
  if (inactive.length)
    throw badInput(
      `${inactive.map((i) => `Inspector "${i.name}"`).join(', ')} ${inactive.length > 1 ? 'are' : 'is'} deactivated: ` +
        'reactivate them in the register, or choose another inspector.',
      { field, reason: 'INACTIVE' },
    );
}
