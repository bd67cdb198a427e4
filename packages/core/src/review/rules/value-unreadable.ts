/** value-unreadable: a target or actual that recognition or extraction damaged beyond reading. */
import type { DamageReason } from '../../grammar/damage';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { rowNames } from '../helpers';

type O = Record<string, never>;

// What is wrong with a cell, in words; the message names every damaged cell of the row.
const WHY: Record<DamageReason | 'not-a-number', { zh: string; en: string }> = {
  'not-a-number': { zh: '不是数字（数字可能被误识为字母）', en: 'is not a number (digits misread as letters?)' },
  'letter-in-number': { zh: '数字中夹有字母', en: 'has letters inside a number' },
  'stray-symbol': { zh: '数字中夹有异常符号（比较符号可能被误识）', en: 'has a stray symbol inside a number (a misread comparison sign?)' },
  'lost-digits': { zh: '是指标值末尾的数字且得满分（前面的数字可能在提取时丢失）', en: 'is the last digits of the target yet scores full marks (leading digits lost in extraction?)' },
  'share-over-100': { zh: '是不超过 100% 的比率却超过 100%（比较符号可能被误识为数字）', en: 'exceeds 100% for a share that cannot (a comparison sign misread as a digit?)' },
};

/** The rule. */
export const rule: Rule<O> = {
  id: 'value-unreadable',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '数值无法辨认', en: 'Value that cannot be read' },
    description: {
      zh: '识别（OCR）或 PDF 提取会损坏比较符号和数字：“≥90%”读成“290%”，“≥”读成“工”或“^”，“14.8万元”读成“M.8万元”，数字中夹着“$”“=”等符号。一个不可能是其所写内容的数值——比率或满意度超过 100%、金额里有字母——不能作为证据：该指标按无法验证处理，不按比例计分，也不据此报告未完成或超额。每个指标报告一次，列出损坏的单元格。',
      en: 'Recognition (OCR) and PDF extraction damage comparison signs and digits: "≥90%" becomes "290%", "≥" becomes "工" or "^", "14.8万元" becomes "M.8万元", symbols such as "$" or "=" land inside a number. A value that cannot be what it says — a rate or satisfaction above 100%, letters inside an amount — is not evidence: the indicator is unverifiable, not scored proportionally, and no shortfall or over-achievement is read from it. One finding per indicator, naming the damaged cells.',
    },
    basis: { zh: '财预〔2020〕10号：自评结果应真实、准确，有据可查；复核以原件为准。', en: '财预〔2020〕10号: self-evaluation results must be true, accurate and traceable; review goes by the original document.' },
    fix: { zh: '对照原件（纸质表或原始电子表）改正该单元格。', en: 'Correct the cell from the original (the paper form or the source spreadsheet).' },
  },
  messages: {
    unreadable: { zh: '{what}{cells}，无法辨认，按无法验证处理', en: '{whatEn}: {cellsEn}; cannot be read, treated as unverifiable' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const printed = scored.evaluation.source?.unreadableText ?? {};
    for (const s of scored.indicators) {
      const d = s.damage;
      const x = scored.evaluation.indicators[s.index];
      const zh: string[] = [];
      const en: string[] = [];
      if (d?.target) zh.push(`指标值“${x.target.trim()}”${WHY[d.target].zh}`), en.push(`the target "${x.target.trim()}" ${WHY[d.target].en}`);
      if (d?.actual) zh.push(`完成值“${x.actual.trim()}”${WHY[d.actual].zh}`), en.push(`the actual "${x.actual.trim()}" ${WHY[d.actual].en}`);
      // A 分值/得分 the importer could not read as a number ("IO" for 10): printed, but unreadable.
      const cells = (['weight', 'score'] as const).filter((k) => `indicators[${s.index}].${k}` in printed);
      for (const k of cells) {
        const text = printed[`indicators[${s.index}].${k}`];
        zh.push(`${k === 'score' ? '得分' : '分值'}“${text}”${WHY['not-a-number'].zh}`), en.push(`the ${k} "${text}" ${WHY['not-a-number'].en}`);
      }
      if (!zh.length) continue;
      report({
        path: `indicators[${s.index}].${d?.target ? 'target' : d?.actual ? 'actual' : cells[0]}`,
        messageId: 'unreadable',
        data: { ...rowNames(x.name, s.index), cells: zh.join('；'), cellsEn: en.join('; '), target: d?.target ?? null, actual: d?.actual ?? null, ...(cells.length ? { number: cells.join(',') } : {}) },
      });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '290%', weight: 10, score: 10 }] },
    errors: [{ messageId: 'unreadable', path: 'indicators[0].actual', data: { actual: 'share-over-100', target: null } }],
  },
  right: { patch: { indicators: [{ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 }] } },
};
