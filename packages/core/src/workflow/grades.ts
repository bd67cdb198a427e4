/** The grades of a self-evaluation (优/良/中/差); the totals each needs are a template's bands. */
import type { Msg } from '../result';

/** Every grade, best first. */
export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** A grade's name: the character the form prints, and its English word. */
export const GRADE_LABELS: Record<Grade, Msg> = {
  优: { zh: '优', en: 'excellent' },
  良: { zh: '良', en: 'good' },
  中: { zh: '中', en: 'fair' },
  差: { zh: '差', en: 'poor' },
};
