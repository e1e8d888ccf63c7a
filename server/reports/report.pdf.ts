import PDFDocument from 'pdfkit';
import { fmt, labelsFor, type Labels } from './labels.js';
import { textRuns, type Weight } from './fonts.js';
import type { ReportContent } from './report-content.js';
import { richBlocks } from './sanitize.js';
import { summarySections } from './summary-lines.js';

/** What the PDF prints: the stored report (a draft's content as last generated, an issued one's frozen). */
export interface PrintableReport {
  number: string | null;
  status: string;
  language: string;
  content: ReportContent;
  commentary: string;
  unitNotes: { unitName: string; requirements: string; advice: string }[];
  issuedByName: string | null;
  issuedAt: Date | null;
}

type Doc = PDFKit.PDFDocument;
interface WriteOptions {
  x?: number;
  y?: number;
  width?: number;
  size?: number;
  weight?: Weight;
  oblique?: boolean;
  color?: string;
  continued?: boolean;
  /** Makes the text a link annotation to this address (a URI action a PDF reader follows). */
  link?: string;
}

const MARGIN = 50;
const BLUE = '#1f5fa8';

/** Writes text in runs of the fonts that have its glyphs (fonts.ts), continued on one line flow. */
export function write(doc: Doc, text: string, o: WriteOptions = {}): void {
  const runs = textRuns(text || ' ', o.weight ?? 'normal');
  doc.fontSize(o.size ?? 10).fillColor(o.color ?? '#000');
  runs.forEach((run, i) => {
    doc.font(run.font);
    // null, not undefined: pdfkit carries a continued run's link over to the next run unless told otherwise.
    const link = { link: o.link ?? null, underline: Boolean(o.link) };
    const options = { width: o.width, oblique: o.oblique, continued: o.continued || i < runs.length - 1, ...link };
    if (i === 0 && o.x !== undefined) doc.text(run.text, o.x, o.y ?? doc.y, options);
    else doc.text(run.text, options);
  });
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
}

function heading(doc: Doc, text: string) {
  ensureRoom(doc, 60);
  doc.moveDown(0.8);
  write(doc, text, { x: MARGIN, size: 13, weight: 'bold', color: BLUE });
  doc.moveDown(0.3);
}

function header(doc: Doc, r: PrintableReport, l: Labels, webUrl?: string) {
  const c = r.content;
  const logo = c.organization.logoDataUrl?.match(/^data:image\/(png|jpeg);base64,(.+)$/);
  if (logo) doc.image(Buffer.from(logo[2], 'base64'), MARGIN, MARGIN, { fit: [120, 40] });
  write(doc, c.organization.name, { x: logo ? MARGIN + 130 : MARGIN, y: MARGIN + 10, size: 11, color: '#444' });
  doc.y = MARGIN + 55;
  write(doc, `${l.title}: ${c.unit.name}`, { x: MARGIN, size: 18, weight: 'bold' });
  write(doc, `${l.period}: ${c.period.label} (${c.period.start} – ${c.period.end})`, { x: MARGIN, size: 10 });
  if (r.number) {
    const issued = r.issuedAt ? r.issuedAt.toISOString().slice(0, 10) : '';
    write(doc, `${l.number}: ${r.number} · ${l.issuedBy}: ${r.issuedByName ?? ''} ${issued}`, { x: MARGIN });
  } else write(doc, l.draft, { x: MARGIN, weight: 'bold', color: '#b00020' });
  if (webUrl) {
    write(doc, `${l.online}: `, { x: MARGIN, size: 9, color: '#444', continued: true });
    write(doc, webUrl, { size: 9, color: BLUE, link: webUrl });
  }
}

function indexSection(doc: Doc, c: ReportContent, l: Labels) {
  heading(doc, l.index);
  const i = c.index;
  write(doc, `${fmt(i.score)} ± ${fmt(i.ci95)}   ${l.band}: ${i.band ?? '—'}   n = ${i.n}`, { x: MARGIN, size: 14 });
  if (c.withheldReason) write(doc, c.withheldReason, { x: MARGIN, color: '#b00020' });
}

/** Horizontal bars of the siblings' scores, the reported unit's in blue. */
function rankingSection(doc: Doc, c: ReportContent, l: Labels) {
  if (!c.siblings?.entries.length) return;
  heading(doc, `${l.ranking} — ${c.siblings.parentName}`);
  const barX = MARGIN + 190;
  const barW = contentWidth(doc) - 240;
  for (const e of c.siblings.entries) {
    ensureRoom(doc, 18);
    const y = doc.y;
    write(doc, `${e.rank ?? '–'}. ${e.name}`, { x: MARGIN, y, width: 185, weight: e.self ? 'bold' : 'normal' });
    if (e.score !== null) {
      doc.rect(barX, y + 2, (barW * e.score) / 100, 9).fill(e.self ? BLUE : '#9bb4d3');
    }
    write(doc, e.insufficient ? `${fmt(e.score)} (${l.insufficient})` : fmt(e.score), {
      x: barX + barW + 5,
      y,
      width: 80,
      size: 9,
    });
    doc.y = Math.max(doc.y, y + 15);
  }
}

/** The index per period as a line, significant changes ringed in red. */
function trendSection(doc: Doc, c: ReportContent, l: Labels) {
  if (!c.trend.length) return;
  heading(doc, l.trend);
  ensureRoom(doc, 150);
  const [x0, y0, w, h] = [MARGIN + 30, doc.y + 5, contentWidth(doc) - 40, 100];
  doc.lineWidth(0.5).strokeColor('#999').rect(x0, y0, w, h).stroke();
  for (const tick of [0, 50, 100]) write(doc, String(tick), { x: MARGIN, y: y0 + h - (h * tick) / 100 - 5, size: 7 });
  const step = c.trend.length > 1 ? w / (c.trend.length - 1) : 0;
  const points = c.trend.map((p, i) => ({ p, x: x0 + (c.trend.length > 1 ? i * step : w / 2) }));
  const drawn = points.filter(({ p }) => p.score !== null);
  drawn.forEach(({ p, x }, i) => {
    const y = y0 + h - (h * p.score!) / 100;
    if (i === 0) doc.moveTo(x, y);
    else doc.lineTo(x, y);
  });
  if (drawn.length > 1) doc.lineWidth(1.5).strokeColor(BLUE).stroke();
  for (const { p, x } of drawn) {
    const y = y0 + h - (h * p.score!) / 100;
    doc.circle(x, y, 2.5).fill(BLUE);
    if (p.significant) doc.lineWidth(1).circle(x, y, 6).strokeColor('#b00020').stroke();
  }
  for (const { p, x } of points) {
    write(doc, `${p.label} ${fmt(p.score)} (n=${p.n})`, { x: x - 30, y: y0 + h + 4, width: 70, size: 7 });
  }
  doc.y = y0 + h + 28;
  write(doc, `○ ${l.significant}`, { x: MARGIN, size: 8, color: '#b00020' });
}

function tableSection(doc: Doc, c: ReportContent, l: Labels) {
  heading(doc, l.table);
  const cols = [MARGIN, MARGIN + 250, MARGIN + 310, MARGIN + 370, MARGIN + 420];
  const row = (cells: string[], weight: Weight, indent = 0) => {
    ensureRoom(doc, 16);
    const y = doc.y;
    cells.forEach((text, i) =>
      write(doc, text, { x: cols[i] + (i === 0 ? indent : 0), y, width: i === 0 ? 245 - indent : 55, size: 9, weight }),
    );
    doc.y = Math.max(doc.y, y + 13);
  };
  row([l.node, l.score, '± ci95', 'n', l.lostPoints], 'bold');
  for (const n of c.nodes)
    row(
      [n.label, fmt(n.score), fmt(n.ci95), String(n.n), fmt(n.lostPoints)],
      n.depth ? 'normal' : 'bold',
      n.depth * 10,
    );
}

function lostSection(doc: Doc, c: ReportContent, l: Labels) {
  if (!c.lostPoints.length) return;
  heading(doc, l.lostPoints);
  for (const item of c.lostPoints) {
    ensureRoom(doc, 40);
    write(doc, `${item.label}: −${fmt(item.lostPoints)} (${l.score} ${fmt(item.score)})`, {
      x: MARGIN,
      weight: 'bold',
    });
    if (item.lowComments.length) write(doc, `${l.lowComments}:`, { x: MARGIN + 10, size: 9 });
    for (const text of item.lowComments) write(doc, `“${text}”`, { x: MARGIN + 20, size: 9, oblique: true });
    if (item.answers.length) write(doc, `${l.answers}:`, { x: MARGIN + 10, size: 9 });
    for (const a of item.answers) {
      const shares = `${l.low} ${Math.round(a.lowShare * 100)}% / ${l.high} ${Math.round(a.highShare * 100)}%`;
      write(doc, `${a.title}: ${a.answer} — ${shares}`, { x: MARGIN + 20, size: 9 });
    }
    doc.moveDown(0.3);
  }
}

function commentsSection(doc: Doc, c: ReportContent, l: Labels) {
  for (const [title, list] of [
    [l.topComments, c.comments.top],
    [l.bottomComments, c.comments.bottom],
  ] as const) {
    if (!list.length) continue;
    heading(doc, title);
    for (const text of list) write(doc, `“${text}”`, { x: MARGIN, size: 9, oblique: true });
  }
  if (!c.metrics.length) return;
  heading(doc, l.metrics);
  for (const m of c.metrics) write(doc, `${m.label}: ${fmt(m.value, 3)} (${l.score} ${fmt(m.score)})`, { x: MARGIN });
}

/** Complaints and cases, rectification actions: present only when those modules had data in the period. */
function summarySection(doc: Doc, c: ReportContent, l: Labels) {
  for (const section of summarySections(c, l)) {
    heading(doc, section.title);
    for (const line of section.lines) write(doc, line, { x: MARGIN, width: contentWidth(doc) });
  }
}

/** Prints cleaned rich text: paragraphs, headings and list items with bold and italic runs. */
function rich(doc: Doc, html: string) {
  for (const block of richBlocks(html)) {
    ensureRoom(doc, 20);
    const prefix = block.kind === 'li' ? '• ' : '';
    const x = block.kind === 'li' ? MARGIN + 10 : MARGIN;
    const runs = [{ text: prefix, bold: false, italic: false }, ...block.runs].filter((r) => r.text);
    runs.forEach((r, i) =>
      write(doc, r.text, {
        ...(i === 0 ? { x, width: contentWidth(doc) - (x - MARGIN) } : {}),
        weight: r.bold || block.kind === 'h' ? 'bold' : 'normal',
        oblique: r.italic,
        color: r.href ? BLUE : '#000',
        link: r.href,
        continued: i < runs.length - 1,
      }),
    );
    doc.moveDown(0.3);
  }
}

function commentarySection(doc: Doc, r: PrintableReport, l: Labels) {
  if (!r.commentary && !r.unitNotes.length) return;
  heading(doc, l.commentary);
  rich(doc, r.commentary);
  for (const note of r.unitNotes) {
    write(doc, note.unitName, { x: MARGIN, weight: 'bold' });
    write(doc, `${l.requirements}:`, { x: MARGIN, size: 9, color: '#444' });
    rich(doc, note.requirements);
    write(doc, `${l.advice}:`, { x: MARGIN, size: 9, color: '#444' });
    rich(doc, note.advice);
  }
}

function pageNumbers(doc: Doc, l: Labels, label: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = `${label} · ${l.page} ${i + 1} ${l.of} ${range.count}`;
    write(doc, text, { x: MARGIN, y: doc.page.height - 35, width: contentWidth(doc), size: 8, color: '#666' });
    doc.page.margins.bottom = bottom;
  }
}

/** The report's page in the web app: PUBLIC_URL, else the address the request came to, else this server's port. */
export function webUrlOf(config: { PUBLIC_URL?: string; PORT: number }, id: string, requestBase?: string): string {
  const base = (config.PUBLIC_URL ?? requestBase ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
  return `${base}/reports/${id}`;
}

/** The report as an A4 PDF with embedded font subsets, vector charts, page numbers and live links. */
export function renderPdf(r: PrintableReport, webUrl?: string): Promise<Buffer> {
  const l = labelsFor(r.language);
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: l.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, r, l, webUrl);
  indexSection(doc, r.content, l);
  rankingSection(doc, r.content, l);
  trendSection(doc, r.content, l);
  tableSection(doc, r.content, l);
  lostSection(doc, r.content, l);
  commentsSection(doc, r.content, l);
  summarySection(doc, r.content, l);
  commentarySection(doc, r, l);
  pageNumbers(doc, l, `${r.content.unit.name} ${r.number ?? r.content.period.label}`);
  doc.end();
  return done;
}
