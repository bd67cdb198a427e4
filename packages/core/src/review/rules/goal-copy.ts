/** goal-copy: 实际完成情况 identical to 预期目标, or a goal cell holding only a number. */
import { isVerdict } from '../../grammar/qualitative';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { holdsTextTwice, isBlank, squash } from '../helpers';

type O = { minLength: number; nearCopy: number };
const ONLY_NUMBER = /^[\d.,，%％\s万亿元-]+$/;
// The template's own instruction left in the completion cell.
const INSTRUCTION = /对照年度目标|说明相关任务目标|完成情况[（(]?\d+字以内|\d+字以内|请填写|填写说明|(?:简要)?概述.{0,10}完成情况[（(]/;
// Long cells are compared on their first part only: a copy shows in its opening.
const NEAR_WINDOW = 400;

/** Dice similarity of the character pairs of two texts (1 = the same pairs). */
function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  // A pair of UTF-16 units as one number: no substring per pair.
  const pairs = new Map<number, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const k = a.charCodeAt(i) * 65536 + a.charCodeAt(i + 1);
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const k = b.charCodeAt(i) * 65536 + b.charCodeAt(i + 1);
    const n = pairs.get(k) ?? 0;
    if (n > 0) {
      shared++;
      pairs.set(k, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/** True when every number of the actual is already in the goal: no new figure is reported. */
function noNewFigures(actual: string, expected: string): boolean {
  const have = new Set(expected.match(/\d+(?:\.\d+)?/g) ?? []);
  return (actual.match(/\d+(?:\.\d+)?/g) ?? []).every((n) => have.has(n));
}

/** The rule. */
export const rule: Rule<O> = {
  id: 'goal-copy',
  category: 'narrative',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '完成情况照抄目标或只有数字', en: 'Achievement copied from the goal, or only a number' },
    description: {
      zh: '实际完成情况与预期目标文字相同（或只是在目标后面加了几个字、截取了目标的一部分、稍加改动而没有新的数字），没有说明实际做了什么；或者只写了“完成”“已完成”“完成年度目标”这样的结论；或者仍是模板的填写说明（“对照年度目标，说明……（100字以内）”）；或者目标、完成情况栏只填了一个数字（如预算金额）。',
      en: 'The account of what was achieved repeats the expected goal (or adds a few words, takes a piece of it, or edits it lightly without a new figure) and says nothing about what was done; or it only says "完成", "已完成", "完成年度目标" — a verdict; or it still holds the template\'s instruction ("对照年度目标，说明……（100字以内）"); or a goal cell holds only a number (such as the budget).',
    },
    basis: { zh: '财预〔2020〕10号：自评应对照年初目标，如实反映实际完成情况。', en: '财预〔2020〕10号: the self-evaluation reports what was actually achieved against the goals.' },
    fix: { zh: '逐项写明实际完成的产出和效果，与预期目标对照。', en: 'Write what was actually delivered and achieved, goal by goal.' },
  },
  messages: {
    copy: { zh: '实际完成情况与预期目标文字相同', en: 'the account of what was achieved repeats the expected goal' },
    nearCopy: { zh: '实际完成情况基本照抄预期目标，没有写出实际完成了什么', en: 'the account of what was achieved nearly repeats the expected goal and says nothing of what was done' },
    verdictOnly: { zh: '实际完成情况只写了“{text}”，是结论而不是完成情况', en: 'the account of what was achieved only says "{text}": a verdict, not an account' },
    instruction: { zh: '实际完成情况仍是模板的填写说明“{text}”', en: 'the account of what was achieved still holds the template\'s instruction "{text}"' },
    merged: {
      zh: '预期目标与实际完成情况合并在一个单元格中，两段文字几乎相同：实际完成情况照抄预期目标',
      en: 'the expected goal and the account of what was achieved share one cell and say nearly the same: the account repeats the goal',
    },
    onlyNumber: { zh: '{part}只填了数字“{text}”，没有文字说明', en: '{partEn} holds only the number "{text}"' },
  },
  defaultOptions: { minLength: 8, nearCopy: 0.8 },
  inspect({ scored, options, report }) {
    const g = scored.evaluation.goals;
    const parts = [
      ['expected', '预期目标', 'the expected goal'],
      ['actual', '实际完成情况', 'the account of what was achieved'],
    ] as const;
    let numeric = false;
    for (const [key, zh, en] of parts) {
      const text = g[key].trim();
      if (text !== '' && ONLY_NUMBER.test(text)) {
        numeric = true;
        report({ path: `goals.${key}`, messageId: 'onlyNumber', data: { part: zh, partEn: en, text } });
      }
    }
    if (!numeric && isBlank(g.actual) && holdsTextTwice(g.expected)) report({ path: 'goals.actual', messageId: 'merged' });
    if (numeric || isBlank(g.actual)) return;
    const first = g.actual.trim().split(/\n/)[0].trim();
    if (INSTRUCTION.test(g.actual.slice(0, NEAR_WINDOW))) {
      report({ path: 'goals.actual', messageId: 'instruction', data: { text: first.length > 40 ? `${first.slice(0, 40)}…` : first } });
      return;
    }
    // The goal row's own line is a verdict (完成, 完成年度目标。): what follows belongs to other rows.
    if (isVerdict(first)) {
      report({ path: 'goals.actual', messageId: 'verdictOnly', data: { text: first } });
      return;
    }
    if (isBlank(g.expected)) return;
    // squash works char by char, so squashed heads are prefixes of the squashed texts: if neither
    // head starts the other, the actual cannot start with the expected goal (skips squashing both).
    const he = squash(g.expected.slice(0, 64));
    const ha = squash(g.actual.slice(0, 64));
    if (!(he.length <= ha.length ? ha.startsWith(he) : he.startsWith(ha))) {
      // Not the same opening: still a copy if the actual is a piece of the goal or the goal lightly
      // edited. A piece is shorter, an edit about as long: a much longer actual is neither.
      if (Math.min(g.actual.length, NEAR_WINDOW) > Math.min(g.expected.length, NEAR_WINDOW) * 1.6) return;
      const e = squash(g.expected.slice(0, NEAR_WINDOW));
      const a = squash(g.actual.slice(0, NEAR_WINDOW));
      if (Math.min(e.length, a.length) < options.minLength) return;
      // Dice ≥ d needs the shorter text at least d/(2−d) of the longer: skip the count otherwise.
      const ratio = Math.min(e.length, a.length) / Math.max(e.length, a.length);
      const close = ratio >= options.nearCopy / (2 - options.nearCopy) && dice(e, a) >= options.nearCopy;
      if (e.includes(a) || (close && noNewFigures(a, e))) report({ path: 'goals.actual', messageId: 'nearCopy' });
      return;
    }
    const e = squash(g.expected);
    const a = squash(g.actual);
    if (Math.min(e.length, a.length) < options.minLength) return;
    if (a === e || (a.startsWith(e) && a.length - e.length <= Math.max(20, e.length * 0.2))) report({ path: 'goals.actual', messageId: 'copy' });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { goals: { expected: '全年培训企业100家，考核合格率不低于90%。', actual: '全年培训企业100家，考核合格率不低于90%。' } },
    errors: [{ messageId: 'copy', path: 'goals.actual' }],
  },
  right: { patch: {} },
};
