/**
 * Splitting the flattened 年度总体目标 text into 预期目标 and 实际完成情况. With the cell border
 * gone this is a guess: two words are one each; a longer text is cut after a sentence end
 * (。. ! ?), the one nearest the middle; failing that after a clause end (；; ，,), then at the
 * middle word. Chinese goal cells rarely contain spaces, so the first rule decides most forms.
 */
import type { Token } from './tokens';

function nearestMiddle(tokens: Token[], candidates: number[]): number {
  const total = tokens.reduce((n, t) => n + t.text.length + 1, 0);
  let best = candidates[0];
  let bestGap = Infinity;
  let pos = 0;
  let ci = 0;
  for (let i = 0; i < tokens.length && ci < candidates.length; i++) {
    pos += tokens[i].text.length + 1;
    if (i + 1 === candidates[ci]) {
      const gap = Math.abs(pos - total / 2);
      if (gap < bestGap) {
        bestGap = gap;
        best = candidates[ci];
      }
      ci++;
    }
  }
  return best;
}

/** Where the expected-goal text ends (index of the first actual token). */
export function splitGoals(tokens: Token[]): number {
  if (tokens.length <= 1) return tokens.length;
  if (tokens.length === 2) return 1;
  const ends = (re: RegExp) => {
    const out: number[] = [];
    for (let i = 0; i < tokens.length - 1; i++) if (re.test(tokens[i].text)) out.push(i + 1);
    return out;
  };
  const sentences = ends(/[。.!！?？]$/);
  if (sentences.length) return nearestMiddle(tokens, sentences);
  const clauses = ends(/[；;，,]$/);
  if (clauses.length) return nearestMiddle(tokens, clauses);
  return Math.ceil(tokens.length / 2);
}
