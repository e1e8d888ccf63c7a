import type { Writable } from 'node:stream';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { badInput } from '../graphql/errors.js';

export type TableFormat = 'csv' | 'xlsx';
export type Cell = string | number | boolean | null;

export function checkFormat(format: string): TableFormat {
  if (format !== 'csv' && format !== 'xlsx') throw badInput('format must be csv or xlsx.', { field: 'format' });
  return format;
}

export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Sets the headers of a download named `name.format`; call it just before the first byte. */
export const attachment = (res: Response, name: string, format: TableFormat) => () => {
  res.setHeader('content-type', CONTENT_TYPES[format]);
  res.setHeader('content-disposition', `attachment; filename="${name}.${format}"`);
};

/** Text a spreadsheet would read as a formula (OWASP CSV injection): =, +, -, @, TAB or CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as a CSV file may hold it: text that would start a formula is prefixed with a single
 * quote, so Excel, LibreOffice and Sheets show it as text and never evaluate it. Numbers stay
 * numbers (a negative score is written as -2, unquoted).
 */
export const csvCell = (cell: Cell): Cell => (typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * Streams rows (the first is the header) as CSV (UTF-8 with BOM, so Excel reads it) or XLSX,
 * one row at a time, so memory stays flat whatever the size. `rows` is pulled once before
 * anything is written, so access errors still become proper HTTP errors.
 */
export async function writeTable(
  format: TableFormat,
  rows: AsyncIterator<Cell[]>,
  out: Writable,
  sheet: string,
  onStart: () => void,
): Promise<void> {
  const first = await rows.next();
  onStart();
  const rest = { [Symbol.asyncIterator]: () => rows };
  if (format === 'csv') {
    const csv = stringify({ bom: true, cast: { boolean: (v) => (v ? 'true' : 'false') } });
    csv.pipe(out);
    const write = async (row: Cell[]) => {
      if (!csv.write(row.map(csvCell))) await new Promise((r) => csv.once('drain', r));
    };
    if (!first.done) await write(first.value);
    for await (const row of rest) await write(row);
    csv.end();
    await new Promise((r) => out.once('finish', r));
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheet);
  if (!first.done) worksheet.addRow(first.value).commit();
  for await (const row of rest) worksheet.addRow(row).commit();
  worksheet.commit();
  await workbook.commit();
}
