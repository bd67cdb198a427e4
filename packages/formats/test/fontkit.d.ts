/** The part of fontkit (no types of its own) that the tests use to read embedded fonts. */
declare module 'fontkit' {
  export interface Font {
    familyName: string;
    subfamilyName: string;
    postscriptName: string;
    numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
