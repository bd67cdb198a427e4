/** level1-inferred: the 一级 cell was blank and the 一级 was inferred from the 二级. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'level1-inferred',
  category: 'structure',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '一级指标由二级指标推断', en: 'First level inferred from the second' },
    description: {
      zh: '一级指标单元格为空（常见于合并单元格跨错了行），而二级指标表明它属于另一个一级指标，例如“社会效益指标”各行排在“产出指标”的合并单元格之下。评分按推断的一级指标计算，此处提示以便核对。每段连续推断的行报告一次。',
      en: 'The first-level cell is blank (often a merged cell spanning the wrong rows) and the second level shows another first level, e.g. 社会效益指标 rows under a merged 产出指标. Scoring uses the inferred first level; this note lets the reader check it. Each run of inferred rows is reported once.',
    },
    basis: { zh: '财预〔2020〕10号附件：二级指标决定其所属的一级指标。', en: 'Annex to 财预〔2020〕10号: a second-level indicator determines its first level.' },
    fix: { zh: '在一级指标栏写明所属类别，或调整合并单元格的范围。', en: 'Write the first level, or fix the span of the merged cell.' },
  },
  messages: {
    inferred: { zh: '一级指标栏为空，按二级指标“{level2}”推断为“{level1}”', en: 'first level blank; inferred "{level1}" from "{level2}"' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    // An importer that filled the blank cell from the 二级 lists it in source.inferred.
    const filled = new Set(scored.evaluation.source?.inferred ?? []);
    let prev = '';
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      const blank = (s.level1Source === 'inferred' && isBlank(x.level1)) || filled.has(`indicators[${s.index}].level1`);
      if (blank && s.level1 !== prev && s.index > 0) {
        report({ path: `indicators[${s.index}].level1`, messageId: 'inferred', data: { level1: s.level1, level2: s.level2 } });
      }
      prev = s.level1;
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 50, score: 50 },
        { level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
    errors: [{ messageId: 'inferred', path: 'indicators[1].level1', data: { level1: '效益指标', level2: '社会效益指标' } }],
  },
  right: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 50, score: 50 },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
  },
};
