/*
 * Organisation branding checks (pure but for the image sniffing): a primary colour readable as
 * text and buttons on white (WCAG 2.x AA, 4.5:1), and a small raster logo sent as a data URL.
 */
import { fileTypeFromBuffer } from 'file-type';
import { badInput } from '../graphql/errors.js';

export const MIN_CONTRAST = 4.5;
/** Decoded bytes; a logo is shown at most 48 px high, so 100 kB is plenty. */
export const MAX_LOGO_BYTES = 100_000;
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const HEX = /^#([0-9a-f]{6})$/i;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of #rrggbb (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour in lower case when it is #rrggbb with enough contrast against white; else BAD_USER_INPUT. */
export function checkPrimaryColor(color: string): string {
  const value = color.trim().toLowerCase();
  if (!HEX.test(value))
    throw badInput(`"${color}" is not a colour: write it as #rrggbb, e.g. #1d4ed8.`, { field: 'primaryColor' });
  const ratio = contrastRatio(value, '#ffffff');
  if (ratio < MIN_CONTRAST) {
    throw badInput(
      `${value} has a contrast of ${ratio.toFixed(2)}:1 against white; text and buttons need at least ${MIN_CONTRAST}:1 (WCAG AA). Choose a darker colour.`,
      { field: 'primaryColor', contrast: Math.round(ratio * 100) / 100 },
    );
  }
  return value;
}

/** The logo as a canonical data URL when it is a PNG, JPEG, WebP or GIF of at most MAX_LOGO_BYTES. */
export async function checkLogo(dataUrl: string): Promise<string> {
  const m = /^data:([a-z/+.-]+);base64,([A-Za-z0-9+/]+=*)$/i.exec(dataUrl.trim());
  if (!m)
    throw badInput('The logo must be an image sent as a base64 data URL (data:image/png;base64,…).', { field: 'logo' });
  const bytes = Buffer.from(m[2], 'base64');
  if (bytes.length > MAX_LOGO_BYTES) {
    throw badInput(
      `The logo is ${Math.ceil(bytes.length / 1000)} kB; at most ${MAX_LOGO_BYTES / 1000} kB is accepted. Scale it down (48 px high is enough).`,
      { field: 'logo' },
    );
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !LOGO_TYPES.includes(type.mime)) {
    throw badInput('The logo must be a PNG, JPEG, WebP or GIF image; this file is not one of them.', { field: 'logo' });
  }
  return `data:${type.mime};base64,${bytes.toString('base64')}`;
}
