/** The part of subset-font (no types of its own) that typeface-subset.ts uses. */
declare module 'subset-font' {
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; keepFeatures?: string[] }): Promise<Buffer>;
}
