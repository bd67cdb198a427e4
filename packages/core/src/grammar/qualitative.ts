/**
 * Reading words without numbers: what grade a statement claims (达成 / 部分达成 / 未达成) and
 * whether it is too vague to verify. The word lists are data in vocabulary.ts.
 */
import type { QualGrade } from './types';
import { GRADE_WORDS, TREND_WORDS, VAGUE_WORDS, EXACT_GRADES, VERDICT_WORDS } from './vocabulary';
import { squeeze } from './normalize';

/** Grade claimed by a statement (spaces removed), or null when its words claim nothing. */
export function gradeOf(t: string): QualGrade | null {
  const exact = EXACT_GRADES[t];
  if (exact) return exact;
  for (const [grade, re] of GRADE_WORDS) {
    // Trend verbs go before the achieved words are read: the 高 of 提高 is not 高.
    const probe = grade === 'achieved' ? t.replace(TREND_WORDS, '|') : t;
    if (re.test(probe)) return grade;
  }
  return null;
}

/** True when the wording cannot be verified (进一步提高, 效果明显, 中长期, 逐年增加 …). */
export function isVague(t: string): boolean {
  return VAGUE_WORDS.test(t);
}

const VERDICT_PUNCT = /[。.，,；;！!、"“”'‘’()（）]/g;

/** True when the whole cell is the unit's verdict on itself (达成预期指标, 已完成, 符合要求): no measurement. */
export function isVerdict(text: string): boolean {
  if (typeof text !== 'string' || text.length > 40) return false;
  return VERDICT_WORDS.has(squeeze(text).replace(VERDICT_PUNCT, ''));
}
