/** template-leftover: template placeholders (指标1, ……, ≥**人, ★) and empty rows left in the form. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank } from '../helpers';

type O = Record<string, never>;

/**
 * Text a template leaves for the filler: 指标1, ……, **, ★, XX, ××. A bare 指标1 (or 指标2:) is the
 * template's; 指标1:居民健康档案 is the unit numbering a real indicator and is not (corpus 109, 110, 115).
 */
export const LEFTOVER = /^指标\s*(?:\d+|[一二三四五六七八九十]+)\s*[:：、.．]?\s*$|……|\.\.\.\.\.\.|\*\*|＊＊|★|XX|××|某某/;

/** The rule. */
export const rule: Rule<O> = {
  id: 'template-leftover',
  category: 'structure',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '残留模板占位内容', en: 'Template placeholders left in' },
    description: {
      zh: '指标行中残留模板的占位内容（“指标1”“指标2”“……”“≥**人”“★”），或留有只有类别、没有指标内容的空行。说明表格是照模板填的，未逐项核对。',
      en: 'Indicator rows still carry the template\'s placeholders ("指标1", "指标2", "……", "≥**人", "★"), or rows with a category but no content are left in: the template was filled without checking each row.',
    },
    basis: { zh: '自评表填报要求：据实填写，删除不适用的模板行。', en: 'Form instructions: fill in the facts and delete template rows that do not apply.' },
    fix: { zh: '删除占位符和空行，写出完整的指标名称和数值。', en: 'Remove placeholders and empty rows; write out the full names and values.' },
  },
  messages: {
    placeholder: { zh: '{count} 处残留模板占位内容，如“{example}”', en: '{count} template placeholders left in, e.g. "{example}"' },
    emptyRow: { zh: '{count} 个指标行没有指标内容', en: '{count} indicator rows have no content' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    let count = 0;
    let first: { path: string; text: string } | null = null;
    let empty = 0;
    let firstEmpty = -1;
    scored.evaluation.indicators.forEach((x, i) => {
      for (const cell of ['name', 'target', 'actual'] as const) {
        const text = x[cell].trim();
        if (!LEFTOVER.test(text)) continue;
        count++;
        first ??= { path: `indicators[${i}].${cell}`, text };
      }
      if (isBlank(x.name) && isBlank(x.target) && isBlank(x.actual) && x.weight === null && x.score === null) {
        empty++;
        if (firstEmpty < 0) firstEmpty = i;
      }
    });
    const f = first as { path: string; text: string } | null;
    if (f) report({ path: f.path, messageId: 'placeholder', data: { count, example: f.text.length > 24 ? `${f.text.slice(0, 24)}…` : f.text } });
    if (empty > 0) report({ path: `indicators[${firstEmpty}]`, messageId: 'emptyRow', data: { count: empty } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '★★★农村低保发放人数(≥**人)', target: '≥21933人', actual: '21980人', weight: 5, score: 5 }] },
    errors: [{ messageId: 'placeholder', path: 'indicators[0].name', data: { count: 1 } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '农村低保发放人数', target: '≥21933人', actual: '21980人', weight: 5, score: 5 }] } },
};
