/** narrative-dates: the goals narrative dates completion before an indicator says the work was done. */
import { findDates } from '../../grammar/dates';
import { normalize } from '../../grammar/normalize';
import { toSimplified } from '../../grammar/traditional';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { kind, rowNames } from '../helpers';

type O = Record<string, never>;

// "截至2020年9月，项目已全部完成": a date, then within a clause a claim that everything was done.
const DONE_AFTER = /^[^。；;!！?？]{0,16}?(?:已全部完成|全部完成|已经完成|均已完成|已完成|完成全部)/;
// Paying the money is not doing the work: a narrative may close the work before the last payment.
const DONE = /已全部完成|全部完成|已经完成|均已完成|已完成|完成全部/;
const FUNDS_NAME = /资金|拨付|支付|经费|款/;

/** The date by which the narrative says all was done (ISO), as printed; null when it says none. */
function narrativeDone(text: string, year: number): { date: string; printed: string } | null {
  // Only the few characters before each claim of completion can date it: read just those.
  for (let at = text.search(DONE); at >= 0; ) {
    const s = normalize(text.slice(Math.max(0, at - 24), at + 6));
    for (const d of findDates(s, year)) {
      if (d.date === null || d.yearOnly) continue;
      if (DONE_AFTER.test(s.slice(d.end))) return { date: d.date, printed: s.slice(d.start, d.end) };
    }
    const next = text.slice(at + 2).search(DONE);
    at = next < 0 ? -1 : at + 2 + next;
  }
  return null;
}

/** The rule. */
export const rule: Rule<O> = {
  id: 'narrative-dates',
  category: 'narrative',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '文字中的完成时间与指标矛盾', en: 'Completion date in the narrative contradicts an indicator' },
    description: {
      zh: '年度总体目标的实际完成情况写明某日前项目已全部完成（如“截至2020年9月，项目已全部完成”），而时效指标的完成值是更晚的日期（如大赛举办完成时间 10月31日）。两处必有一处不实。资金拨付、支付类时效指标不比较：工作完成后付款是常态。',
      en: 'The account of what was achieved says the project was all done by a date ("截至2020年9月，项目已全部完成"), while a time indicator\'s actual is a later date (the contest held on 10月31日). One of the two is wrong. Time indicators on paying funds are not compared: payment after the work is normal.',
    },
    basis: { zh: '财预〔2020〕10号：自评内容应真实、准确，文字说明与表格数据一致。', en: '财预〔2020〕10号: the self-evaluation is accurate; narrative and table agree.' },
    fix: { zh: '核对完成时间，使文字说明与时效指标一致。', en: 'Check when the work was finished and make the narrative and the time indicator agree.' },
  },
  messages: {
    later: { zh: '实际完成情况称{done}前已全部完成，{what}完成值却是 {actual}', en: 'the narrative says everything was done by {done}, but {whatEn} gives {actual}' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const ev = scored.evaluation;
    if (!Number.isInteger(ev.year) || !ev.goals.actual.includes('完成') || !scored.indicators.some((s) => s.actual.kind === 'date')) return;
    const done = narrativeDone(ev.goals.actual, ev.year);
    if (done === null) return;
    for (const s of scored.indicators) {
      const a = s.actual;
      if (kind(s) !== 'time' || a.kind !== 'date' || a.op !== '=') continue;
      const x = ev.indicators[s.index];
      if (FUNDS_NAME.test(toSimplified(x.name))) continue;
      if (a.date > done.date) report({ path: `indicators[${s.index}].actual`, messageId: 'later', data: { ...rowNames(x.name, s.index), done: done.printed, actual: x.actual.trim() } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      goals: { actual: '截至2020年9月，项目已全部完成。全年培训企业105家，考核合格率95%。' },
      indicators: [{ level1: '产出指标', level2: '时效指标', name: '大赛举办完成时间', target: '≤10.31日', actual: '10月31日', weight: 10, score: 10 }],
    },
    errors: [{ messageId: 'later', path: 'indicators[0].actual', data: { done: '2020年9月', actual: '10月31日' } }],
  },
  right: {
    patch: {
      goals: { actual: '截至2020年11月，项目已全部完成。全年培训企业105家，考核合格率95%。' },
      indicators: [{ level1: '产出指标', level2: '时效指标', name: '大赛举办完成时间', target: '≤10.31日', actual: '10月31日', weight: 10, score: 10 }],
    },
  },
};
