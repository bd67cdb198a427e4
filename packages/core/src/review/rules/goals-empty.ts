/** goals-empty: 预期目标 or 实际完成情况 left blank. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { holdsTextTwice, isBlank, isBoilerplate } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'goals-empty',
  category: 'narrative',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '年度总体目标未填写', en: 'Annual goals left blank' },
    description: {
      zh: '年度总体目标的“预期目标”或“实际完成情况”为空，或只写“无”“暂无”。总体目标是指标的依据，完成情况是对全年绩效的概括，都不能缺。',
      en: 'The expected goal (预期目标) or the account of what was achieved (实际完成情况) is blank or only says 无 (none). The goal grounds the indicators and the account summarises the year; neither may be missing.',
    },
    basis: { zh: '财预〔2020〕10号附件自评表：年度总体目标须填写预期目标和实际完成情况。', en: 'The form in the annex to 财预〔2020〕10号: both parts of the annual goal are filled in.' },
    fix: { zh: '填写年初批复的总体目标和全年实际完成情况。', en: 'Enter the approved goal and what was achieved during the year.' },
  },
  messages: {
    expectedEmpty: { zh: '未填写预期目标', en: 'no expected goal' },
    actualEmpty: { zh: '未填写实际完成情况', en: 'no account of what was achieved' },
    expectedNone: { zh: '预期目标只写“{text}”：没有设定年度目标', en: 'the expected goal only says "{text}": no goal was set' },
    actualNone: { zh: '实际完成情况只写“{text}”：没有说明完成情况', en: 'the account of what was achieved only says "{text}"' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const g = scored.evaluation.goals;
    // A page without a goals block (cut off, or a table with none) has nothing to leave blank.
    const layout = scored.evaluation.source?.layout;
    if (layout?.goals === false) return;
    if (isBlank(g.expected)) report({ path: 'goals.expected', messageId: 'expectedEmpty' });
    else if (isBoilerplate(g.expected)) report({ path: 'goals.expected', messageId: 'expectedNone', data: { text: g.expected.trim() } });
    if (!isBlank(g.actual) && isBoilerplate(g.actual)) report({ path: 'goals.actual', messageId: 'actualNone', data: { text: g.actual.trim() } });
    // Two goal columns extracted into one cell (the same text twice) leave 实际完成情况 blank only
    // in appearance: goal-copy reports that the completion restates the goal.
    if (isBlank(g.actual) && layout?.goalsActual !== false && !holdsTextTwice(g.expected)) report({ path: 'goals.actual', messageId: 'actualEmpty' });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: { patch: { goals: { actual: '' } }, errors: [{ messageId: 'actualEmpty', path: 'goals.actual' }] },
  right: { patch: {} },
};
