/** Flattened text as tokens: whitespace-separated words with their line and column for notes. */
import type { GridCell } from '../grid/types';

/** One word of the flattened text and where it starts. */
export interface Token {
  text: string;
  location: string;
}

/** Split text at whitespace, keeping each word's position ("line 1, char 37"). Linear. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = scanned; i < m.index; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = m.index + m[0].length;
    out.push({ text: m[0], location: `line ${line}, char ${m.index - lineStart + 1}` });
  }
  return out;
}

/** Tokens joined back into one cell: their words separated by single spaces, at the first's place. */
export function cellOf(tokens: Token[], fallbackLocation = 'end'): GridCell {
  return {
    text: tokens.map((t) => t.text).join(' '),
    location: tokens[0]?.location ?? fallbackLocation,
  };
}

/** An empty cell located where a missing value would have been. */
export function blank(location: string): GridCell {
  return { text: '', location };
}
