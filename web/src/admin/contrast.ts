/**
 * The server's contrast rule (server/org/branding.ts, WCAG 2.x AA) on the page, so a colour too light
 * for white text is refused on its field before any request. The server checks again.
 */
export const MIN_CONTRAST = 4.5;

export const isHexColour = (value: string): boolean => /^#[0-9a-f]{6}$/i.test(value.trim());

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const n = parseInt(hex.trim().slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
