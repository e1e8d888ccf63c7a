import { fmt, labelsFor } from './labels.js';
import type { PrintableReport } from './report.pdf.js';
import { summarySections } from './summary-lines.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The report as a printable HTML page; the commentary is already cleaned to the allowlist (sanitize.ts). */
export function renderHtml(r: PrintableReport): string {
  const l = labelsFor(r.language);
  const c = r.content;
  const rows = c.nodes
    .map(
      (n) =>
        `<tr><td style="padding-left:${n.depth}em">${esc(n.label)}</td><td>${fmt(n.score)}</td>` +
        `<td>${fmt(n.ci95)}</td><td>${n.n}</td><td>${fmt(n.lostPoints)}</td></tr>`,
    )
    .join('');
  const siblings = (c.siblings?.entries ?? [])
    .map(
      (e) =>
        `<tr${e.self ? ' class="self"' : ''}><td>${e.rank ?? '–'}</td><td>${esc(e.name)}</td>` +
        `<td>${fmt(e.score)}${e.insufficient ? ` (${esc(l.insufficient)})` : ''}</td><td>${e.n}</td></tr>`,
    )
    .join('');
  const trend = c.trend
    .map(
      (p) =>
        `<tr><td>${esc(p.label)}</td><td>${fmt(p.score)}</td><td>${p.n}</td>` +
        `<td>${p.delta === null ? '—' : fmt(p.delta)}${p.significant ? ` (${esc(l.significant)})` : ''}</td></tr>`,
    )
    .join('');
  const lost = c.lostPoints
    .map(
      (i) =>
        `<li><strong>${esc(i.label)}</strong>: −${fmt(i.lostPoints)}` +
        `${i.lowComments.map((t) => `<blockquote>${esc(t)}</blockquote>`).join('')}` +
        `${i.answers.map((a) => `<div>${esc(a.title)}: ${esc(a.answer)} — ${l.low} ${Math.round(a.lowShare * 100)}% / ${l.high} ${Math.round(a.highShare * 100)}%</div>`).join('')}</li>`,
    )
    .join('');
  const list = (items: string[]) => items.map((t) => `<blockquote>${esc(t)}</blockquote>`).join('') || esc(l.none);
  const notes = r.unitNotes
    .map(
      (n) =>
        `<h3>${esc(n.unitName)}</h3><h4>${esc(l.requirements)}</h4>${n.requirements}<h4>${esc(l.advice)}</h4>${n.advice}`,
    )
    .join('');
  const summaries = summarySections(c, l)
    .map((x) => `<h2>${esc(x.title)}</h2>${x.lines.map((t) => `<p>${esc(t)}</p>`).join('')}`)
    .join('');
  const logo = c.organization.logoDataUrl ? `<img src="${esc(c.organization.logoDataUrl)}" alt="" height="40">` : '';
  return `<!doctype html><html lang="${esc(r.language)}"><head><meta charset="utf-8">
<title>${esc(l.title)} — ${esc(c.unit.name)} ${esc(c.period.label)}</title>
<style>body{font-family:"Noto Sans","Noto Sans SC",sans-serif;max-width:50em;margin:2em auto;padding:0 1em}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left}
.self{font-weight:bold}blockquote{margin:.3em 1em;font-style:italic}@page{size:A4}</style></head><body>
<header>${logo} ${esc(c.organization.name)}</header>
<h1>${esc(l.title)}: ${esc(c.unit.name)}</h1>
<p>${esc(l.period)}: ${esc(c.period.label)} (${c.period.start} – ${c.period.end})</p>
<p>${r.number ? `${esc(l.number)}: ${esc(r.number)} · ${esc(l.issuedBy)}: ${esc(r.issuedByName ?? '')}` : `<strong>${esc(l.draft)}</strong>`}</p>
<h2>${esc(l.index)}</h2><p class="index">${fmt(c.index.score)} ± ${fmt(c.index.ci95)} · ${esc(l.band)}: ${esc(c.index.band ?? '—')} · n = ${c.index.n}</p>
${c.withheldReason ? `<p>${esc(c.withheldReason)}</p>` : ''}
${siblings ? `<h2>${esc(l.ranking)}</h2><table><tr><th>${esc(l.rank)}</th><th>${esc(l.unit)}</th><th>${esc(l.score)}</th><th>n</th></tr>${siblings}</table>` : ''}
<h2>${esc(l.trend)}</h2><table>${trend}</table>
<h2>${esc(l.table)}</h2><table><tr><th>${esc(l.node)}</th><th>${esc(l.score)}</th><th>± ci95</th><th>n</th><th>${esc(l.lostPoints)}</th></tr>${rows}</table>
<h2>${esc(l.lostPoints)}</h2><ul>${lost}</ul>
<h2>${esc(l.topComments)}</h2>${list(c.comments.top)}
<h2>${esc(l.bottomComments)}</h2>${list(c.comments.bottom)}
<h2>${esc(l.metrics)}</h2><ul>${c.metrics.map((m) => `<li>${esc(m.label)}: ${fmt(m.value, 3)}</li>`).join('') || esc(l.none)}</ul>
${summaries}
<h2>${esc(l.commentary)}</h2><div class="commentary">${r.commentary}</div>${notes}
</body></html>`;
}
