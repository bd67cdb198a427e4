/** goal-copy: 实际完成情况 identical to 预期目标, or a goal cell holding only a number. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank, squash } from '../helpers';

type O = { minLength: number };
const ONLY_NUMBER = /^[\d.,，%％\s万亿元-]+$/;

/** The rule. */
export const rule: Rule<O> = {
  id: 'goal-copy',
  category: 'narrative',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '完成情况照抄目标或只有数字', en: 'Achievement copied from the goal, or only a number' },
    description: {
      zh: '实际完成情况与预期目标文字相同（或只是在目标后面加了几个字），没有说明实际做了什么；或者目标、完成情况栏只填了一个数字（如预算金额）。',
      en: 'The account of what was achieved repeats the expected goal (or adds a few words to it) and says nothing about what was done; or a goal cell holds only a number (such as the budget).',
    },
    basis: { zh: '财预〔2020〕10号：自评应对照年初目标，如实反映实际完成情况。', en: '财预〔2020〕10号: the self-evaluation reports what was actually achieved against the goals.' },
    fix: { zh: '逐项写明实际完成的产出和效果，与预期目标对照。', en: 'Write what was actually delivered and achieved, goal by goal.' },
  },
  messages: {
    copy: { zh: '实际完成情况与预期目标文字相同', en: 'the account of what was achieved repeats the expected goal' },
    onlyNumber: { zh: '{part}只填了数字“{text}”，没有文字说明', en: '{partEn} holds only the number "{text}"' },
  },
  defaultOptions: { minLength: 8 },
  check({ scored, options, report }) {
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
    if (numeric || isBlank(g.expected) || isBlank(g.actual)) return;
    // squash works char by char, so squashed heads are prefixes of the squashed texts: if neither
    // head starts the other, the actual cannot start with the expected goal (skips squashing both).
    const he = squash(g.expected.slice(0, 64));
    const ha = squash(g.actual.slice(0, 64));
    if (!(he.length <= ha.length ? ha.startsWith(he) : he.startsWith(ha))) return;
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
