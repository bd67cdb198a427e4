/** time-target-stale: a deadline dated in a year before the year the form evaluates. */
import { findDates } from '../../grammar/dates';
import { normalize } from '../../grammar/normalize';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { kind, rowNames } from '../helpers';

type O = Record<string, never>;

// A row number glued to the name ("指标12021年11月30日前…") would hide the year from the date reader.
const ROW_NUMBER = /^指标\d{1,2}(?=\d{4}年)/;
const YEAR_DIGITS = /\d{4}(?=\s*(?:年|[.\-/／]\s*\d))/g;

/** The first deadline with a printed year before `year` in the text, as printed; null if none. */
function staleDeadline(text: string, year: number): string | null {
  // Most cells print no earlier year: say so without reading them (years spelled 二〇一九 aside).
  if (!text.includes('〇') && !(text.match(YEAR_DIGITS) ?? []).some((y) => Number(y.slice(-4)) < year)) return null;
  const s = normalize(text.replace(ROW_NUMBER, ''));
  for (const d of findDates(s, year)) {
    // A bare year ("2019年度") is context, not a deadline; a year filled in from the form cannot be stale.
    if (d.date === null || d.yearOnly || d.yearInferred) continue;
    if (Number(d.date.slice(0, 4)) < year) return s.slice(d.start, d.end);
  }
  return null;
}

/** The rule. */
export const rule: Rule<O> = {
  id: 'time-target-stale',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '时限早于评价年度', en: 'Deadline before the evaluated year' },
    description: {
      zh: '指标值（或时效指标的名称）规定的完成时限落在评价年度之前，例如 2021 年度的表中写“2020年12月31日前”。这样的时限在年初就已过去，要么是沿用上年目标未更新，要么年份写错，无法据以评价本年度的时效。',
      en: 'The deadline in a target (or in the name of a time indicator) falls in a year before the one the form evaluates, such as "2020年12月31日前" on a 2021 form. It had passed before the year began: last year\'s target copied without update, or a wrong year; it cannot measure this year\'s timeliness.',
    },
    basis: { zh: '财预〔2020〕10号：绩效目标应与本年度预算相对应；时效指标按规定时限评价。', en: '财预〔2020〕10号: performance targets correspond to the year\'s budget; time indicators are judged against their deadline.' },
    fix: { zh: '改正时限年份，或说明沿用上年时限的原因。', en: 'Correct the year of the deadline, or explain why last year\'s deadline applies.' },
  },
  messages: {
    stale: { zh: '{what}的时限“{deadline}”早于评价年度 {year} 年', en: '{whatEn}: the deadline "{deadline}" is before the evaluated year {year}' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const year = scored.evaluation.year;
    if (!Number.isInteger(year)) return;
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      // A name states the deadline only for a time indicator; elsewhere a year in the name is history.
      const inTarget = staleDeadline(x.target, year);
      const deadline = inTarget ?? (kind(s) === 'time' ? staleDeadline(x.name, year) : null);
      if (deadline === null) continue;
      report({
        path: `indicators[${s.index}].${inTarget !== null ? 'target' : 'name'}`,
        messageId: 'stale',
        data: { ...rowNames(x.name, s.index), deadline, year },
      });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '时效指标', name: '资金支付及时性', target: '2019年12月31日前', actual: '2020年11月20日', weight: 10, score: 10 }] },
    errors: [{ messageId: 'stale', path: 'indicators[0].target', data: { deadline: '2019年12月31日', year: 2020 } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '时效指标', name: '资金支付及时性', target: '2020年12月31日前', actual: '2020年11月20日', weight: 10, score: 10 }] } },
};
