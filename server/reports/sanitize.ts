import sanitizeHtml from 'sanitize-html';

/**
 * The commentary's allowlist: paragraphs, emphasis, lists, headings and links (http, https and
 * mailto only, no other attribute); no images, styles or scripts.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 'ul', 'ol', 'li', 'h3', 'h4', 'div', 'a'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Cleans rich text written by the analyst before it is stored, shown or printed. */
export const cleanRichText = (html: string) => sanitizeHtml(html, OPTIONS).trim();

export interface RichBlock {
  kind: 'p' | 'h' | 'li';
  /** Runs of one style each; `href` on a link's text (printed as a link annotation). */
  runs: { text: string; bold: boolean; italic: boolean; href?: string }[];
}

/** Cleaned rich text as blocks of styled runs, for the PDF (which has no HTML layout). */
export function richBlocks(html: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let current: RichBlock | null = null;
  const style = { bold: 0, italic: 0 };
  let href: string | undefined;
  const open = (kind: RichBlock['kind']) => {
    current = { kind, runs: [] };
    blocks.push(current);
  };
  const tokens = html.split(/(<[^>]+>)/).filter(Boolean);
  for (const token of tokens) {
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(token);
    if (!tag) {
      if (!current) open('p');
      const text = decode(token);
      if (text) current!.runs.push({ text, bold: style.bold > 0, italic: style.italic > 0, ...(href ? { href } : {}) });
      continue;
    }
    const [closing, name] = [tag[1] === '/', tag[2].toLowerCase()];
    if (name === 'a') href = closing ? undefined : linkTarget(token);
    if (name === 'a' || name === 'u') continue;
    if (['b', 'strong'].includes(name)) style.bold += closing ? -1 : 1;
    else if (['i', 'em'].includes(name)) style.italic += closing ? -1 : 1;
    else if (name === 'li' && !closing) open('li');
    else if (['h3', 'h4'].includes(name) && !closing) open('h');
    else if (['p', 'div'].includes(name) && !closing) open('p');
    else if (name === 'br' || closing) current = null;
  }
  return blocks.filter((b) => b.runs.some((r) => r.text.trim()));
}

/** The href of a cleaned `<a>` tag (the allowlist leaves only http, https and mailto). */
function linkTarget(tag: string): string | undefined {
  const href = /href="([^"]*)"/.exec(tag)?.[1];
  return href && /^(https?:|mailto:)/i.test(href) ? href.replace(/&amp;/g, '&') : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]).replace(/\s+/g, ' ');
