import type { PublicPage } from './public-page.service.js';
import { PAGE_LOCALES, text, type PageLocale } from './public-page.messages.js';

const NAMES: Record<PageLocale, string> = { en: 'English', 'zh-CN': '简体中文', uk: 'Українська' };

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const num = (locale: PageLocale, v: number, digits = 1) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
const measure = (locale: PageLocale, v: number, isRate: boolean) =>
  isRate ? `${num(locale, v * 100)} %` : num(locale, v);

const STYLE = `
body{font-family:system-ui,"Noto Sans SC","Noto Sans",sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.5}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem}
header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;justify-content:space-between}
h1{font-size:1.75rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #2b5797}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #767676}
td.n,th.n{text-align:right}a{color:#1d4a8a}a:focus,button:focus{outline:3px solid #1d4a8a;outline-offset:2px}
.brand{display:flex;align-items:center;gap:1rem}.logo{height:48px;width:auto;max-width:12rem}
nav ul{list-style:none;display:flex;gap:1rem;padding:0;margin:0}.met{color:#1b5e20}.not-met{color:#8b1a1a}

@media print{nav,button{display:none}main{max-width:none;padding:0}h2{break-after:avoid}table{break-inside:avoid}}
@media (max-width:30rem){th,td{padding:.3rem .25rem;font-size:.9rem}}`;

function languages(locale: PageLocale, slug: string): string {
  const items = PAGE_LOCALES.map((l) =>
    l === locale
      ? `<li><a href="/t/${slug}?lang=${l}" lang="${l}" aria-current="true">${NAMES[l]}</a></li>`
      : `<li><a href="/t/${slug}?lang=${l}" lang="${l}" hreflang="${l}">${NAMES[l]}</a></li>`,
  );
  return `<nav aria-label="${escapeHtml(text(locale, 'languages'))}"><ul>${items.join('')}</ul></nav>`;
}

function method(l: PageLocale, page: PublicPage): string {
  if (!page.method) return '';
  const parts = page.method.parts
    .map((p) => `<li>${escapeHtml(p.label)} — ${escapeHtml(text(l, 'weight', { share: p.share }))}</li>`)
    .join('');
  return `<section aria-labelledby="method"><h2 id="method">${escapeHtml(text(l, 'method'))}</h2>
<p>${escapeHtml(text(l, 'methodText', { index: page.method.index }))}</p><ul>${parts}</ul>
<p>${escapeHtml(text(l, 'bands', { bands: page.method.bands.join(', ') }))}</p>
<p>${escapeHtml(text(l, 'smallGroups', { min: page.minGroupSize }))}</p></section>`;
}

function results(l: PageLocale, page: PublicPage): string {
  const rows = page.units.map((u) =>
    u.withheld
      ? `<tr><th scope="row">${escapeHtml(u.name)}</th><td colspan="3">${escapeHtml(text(l, 'withheld', { min: page.minGroupSize }))}</td></tr>`
      : `<tr><th scope="row">${escapeHtml(u.name)}</th><td class="n">${num(l, u.score!)}</td><td>${escapeHtml(u.band ?? '')}</td><td class="n">${u.responses}</td></tr>`,
  );
  const head = `<tr><th scope="col">${text(l, 'unit')}</th><th scope="col" class="n">${text(l, 'score')}</th><th scope="col">${text(l, 'band')}</th><th scope="col" class="n">${text(l, 'responses')}</th></tr>`;
  return `<section aria-labelledby="results"><h2 id="results">${escapeHtml(text(l, 'results'))}</h2>${
    rows.length ? `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>` : `<p>${text(l, 'none')}</p>`
  }</section>`;
}

function commitments(l: PageLocale, page: PublicPage): string {
  const rows = page.commitments.map((c) => {
    const latest = c.latest === null ? text(l, 'noData') : measure(l, c.latest, c.isRate);
    const ok = c.latest !== null && (c.lowerIsBetter ? c.latest <= c.target : c.latest >= c.target);
    const cls = c.latest === null ? '' : ok ? ' class="met"' : ' class="not-met"';
    return `<tr><th scope="row">${escapeHtml(c.text)}</th><td class="n">${measure(l, c.target, c.isRate)}</td><td class="n"><span${cls}>${escapeHtml(latest)}</span></td><td class="n">${c.met} / ${c.judged}</td></tr>`;
  });
  const head = `<tr><th scope="col">${text(l, 'commitment')}</th><th scope="col" class="n">${text(l, 'target')}</th><th scope="col" class="n">${escapeHtml(text(l, 'measured', { period: page.period.label }))}</th><th scope="col" class="n">${escapeHtml(text(l, 'achievement', { count: 4 }))}</th></tr>`;
  return `<section aria-labelledby="commitments"><h2 id="commitments">${escapeHtml(text(l, 'commitments'))}</h2>${
    rows.length ? `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>` : `<p>${text(l, 'none')}</p>`
  }</section>`;
}

function changed(l: PageLocale, page: PublicPage): string {
  const items = page.actions.map(
    (a) => `<li><strong>${escapeHtml(a.title)}</strong> (${escapeHtml(a.unitName)}): ${escapeHtml(a.measures)}</li>`,
  );
  const comments = page.comments.map((c) => `<li><q>${escapeHtml(c.text)}</q> — ${escapeHtml(c.unitName)}</li>`);
  return `<section aria-labelledby="changed"><h2 id="changed">${escapeHtml(text(l, 'changed'))}</h2>${
    items.length ? `<ul>${items.join('')}</ul>` : `<p>${text(l, 'none')}</p>`
  }</section>${
    comments.length
      ? `<section aria-labelledby="comments"><h2 id="comments">${escapeHtml(text(l, 'comments'))}</h2><ul>${comments.join('')}</ul></section>`
      : ''
  }`;
}

/** The organisation's logo (org settings: a PNG, JPEG, WebP or GIF checked by content, at most 100 kB), or nothing. */
const logoOf = (dataUrl: string | null | undefined) =>
  dataUrl && /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/.test(dataUrl)
    ? `<img class="logo" src="${dataUrl}" alt="" height="48">`
    : '';

/** The whole page: one self-contained, printable HTML document in `locale`. */
export function renderPublicPage(
  org: { name: string; slug: string; logoDataUrl?: string | null },
  l: PageLocale,
  page: PublicPage,
): string {
  const title = `${escapeHtml(org.name)} — ${escapeHtml(text(l, 'title'))}`;
  return `<!doctype html>
<html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head>
<body><main>
<header><div class="brand">${logoOf(org.logoDataUrl)}<h1>${title}</h1></div>${languages(l, encodeURIComponent(org.slug))}</header>
<p>${escapeHtml(text(l, 'intro', { period: page.period.label }))}</p>
${method(l, page)}${results(l, page)}${commitments(l, page)}${changed(l, page)}
<footer><p><small>${escapeHtml(text(l, 'updated', { period: page.period.label }))}</small></p></footer>
</main></body></html>`;
}
