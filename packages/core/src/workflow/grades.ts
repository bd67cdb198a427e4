/** The grades of a self-evaluation (优/良/中/差); the totals each needs are a template's bands. */
import type { Msg } from '../present';

/** Every grade, best first. */
export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** A grade's name: the character the form prints; English keeps it and adds the word. */
export const GRADE_LABELS: Record<Grade, Msg> = {
  优: { zh: '优', en: '优 (excellent)' },
  良: { zh: '良', en: '良 (good)' },
  中: { zh: '中', en: '中 (fair)' },
  差: { zh: '差', en: '差 (poor)' },
};
