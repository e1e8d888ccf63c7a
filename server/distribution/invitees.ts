import { badInput } from '../graphql/errors.js';
import { parse } from 'csv-parse/sync';
import type { Config } from '../config.js';
import type { OrgUnit } from '../org/index.js';
import { Channel } from '../responses/index.js';
import { ContactKind } from './contact.entity.js';
import { normaliseContact } from './contacts.js';

/*
 * Reading and checking a list of invitees (a CSV upload or rows) before anything is stored: every
 * problem named by its row. Storing them is invitation.service.ts's.
 */

export interface InviteeInput {
  contact: string;
  language?: string | null;
  unitId?: string | null;
  category?: string | null;
  externalRef?: string | null;
}

export interface InviteProblem {
  row: number;
  field: string;
  message: string;
}

export const MAX_INVITEES = 10_000;

export function contactKindOf(channel: Channel): ContactKind | null {
  if (channel === Channel.EMAIL) return ContactKind.EMAIL;
  if (channel === Channel.SMS || channel === Channel.PHONE || channel === Channel.IVR) return ContactKind.PHONE;
  return null;
}

/** Rows of a CSV upload: a header line naming contact (or email / phone), language, unit, category, externalRef. */
export function inviteesFromCsv(csv: string): { rows: InviteeInput[]; problems: InviteProblem[] } {
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (h: string[]) =>
        h.map((c) =>
          c
            .trim()
            .toLowerCase()
            .replace(/[\s_-]/g, ''),
        ),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    throw badInput(`The CSV cannot be read: ${(error as Error).message}`, { field: 'csv' });
  }
  const rows = records.map((r) => ({
    contact: r.contact ?? r.email ?? r.phone ?? '',
    language: r.language || null,
    unitId: r.unit || r.unitid || r.unitcode || null,
    category: r.category || null,
    externalRef: r.externalref || r.reference || null,
  }));
  return { rows, problems: [] };
}

/** A row that passed the checks: the unit it goes to and its normalised contact. */
export interface CheckedInvitee {
  unitId: string;
  value: string;
  row: InviteeInput;
}

/** Checks every row (contact, unit, language, duplicates) and lists each problem by row. */
export function checkInvitees(
  rows: InviteeInput[],
  firstRow: number,
  kind: ContactKind,
  units: OrgUnit[],
  config: Config,
  /** The caller may invite under only some of the distribution's units. */
  someUnits = false,
): { problems: InviteProblem[]; checked: CheckedInvitee[] } {
  const problems: InviteProblem[] = [];
  const checked: CheckedInvitee[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = i + firstRow;
    const contact = normaliseContact(kind, row.contact ?? '', config.PHONE_DEFAULT_COUNTRY);
    if ('problem' in contact) problems.push({ row: line, field: 'contact', message: contact.problem });
    let unit: OrgUnit | undefined;
    if (row.unitId) unit = units.find((u) => u.id === row.unitId || u.code === row.unitId);
    else if (units.length === 1) unit = units[0];
    if (!unit)
      problems.push({
        row: line,
        field: 'unit',
        message: row.unitId
          ? `"${row.unitId}" is not one of this distribution's units${someUnits ? ' where you may invite' : ''}.`
          : 'Name the unit (its code or id): this distribution has several.',
      });
    if (row.language && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(row.language))
      problems.push({
        row: line,
        field: 'language',
        message: `"${row.language}" is not a language code such as en, uk, zh-cn.`,
      });
    if ('value' in contact) {
      const earlier = seen.get(contact.value);
      if (earlier !== undefined)
        problems.push({ row: line, field: 'contact', message: `The same contact as row ${earlier}.` });
      seen.set(contact.value, line);
      if (unit) checked.push({ unitId: unit.id, value: contact.value, row });
    }
  });
  return { problems, checked };
}
