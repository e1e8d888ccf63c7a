// fontkit (pdfkit's font reader) ships no types: the little the text-run splitter uses.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
