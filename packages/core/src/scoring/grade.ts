/** Grades (优/良/中/差) by a template's minimum totals. */
import type { Grade, Template } from '../templates/types';

/** The grade of a total under the template: the first grade, highest first, whose minimum it reaches. */
export function gradeOf(total: number, template: Template): Grade {
  let best: { grade: Grade; min: number } | null = null;
  for (const g of template.grades) {
    if (total >= g.min && (best === null || g.min > best.min)) best = g;
  }
  if (best) return best.grade;
  // Below every minimum (a negative total): the lowest grade.
  let low = template.grades[0];
  for (const g of template.grades) if (g.min < low.min) low = g;
  return low?.grade ?? '差';
}
