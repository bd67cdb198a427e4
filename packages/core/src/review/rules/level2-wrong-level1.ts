/** level2-wrong-level1: a 二级指标 written under a 一级 it does not belong to. */
import { isLevel1, level1Of, level2FitsLevel1, normaliseLevel1 } from '../../taxonomy';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'level2-wrong-level1',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '二级指标归属的一级指标错误', en: 'Second-level indicator under the wrong first level' },
    description: {
      zh: '表上写明的一级指标与二级指标不匹配，例如“社会效益指标”写在“产出指标”下。归错类会使一级指标分值和必设类别的检查失真；评分时按二级指标推断的一级指标计算。',
      en: 'The written first level does not fit the second level, e.g. 社会效益指标 under 产出指标. Misfiling distorts first-level weights and the required-category checks; scoring uses the first level inferred from the second.',
    },
    basis: { zh: '财预〔2020〕10号附件：绩效指标框架（产出：数量、质量、时效、成本；效益：经济、社会、生态、可持续影响；满意度）。', en: 'Annex to 财预〔2020〕10号: the indicator framework.' },
    fix: { zh: '把该行移到正确的一级指标下。', en: 'Move the row under its proper first level.' },
  },
  messages: {
    wrongParent: { zh: '二级指标“{level2}”不属于一级指标“{level1}”，应属“{expected}”', en: '"{level2}" does not belong under "{level1}"; it belongs under "{expected}"' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      if (isBlank(x.level1) && isBlank(x.level2)) continue; // merged cells: reported where written
      const written = normaliseLevel1(x.level1).name;
      const expected = level1Of(s.level2);
      if (!written || !isLevel1(written) || !expected || level2FitsLevel1(s.level2, written)) continue;
      report({ path: `indicators[${s.index}].level2`, messageId: 'wrongParent', data: { level2: s.level2, level1: written, expected } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '社会效益指标', name: '带动就业人数', target: '≥200人', actual: '230人', weight: 10, score: 10 }] },
    errors: [{ messageId: 'wrongParent', path: 'indicators[0].level2', data: { level2: '社会效益指标', level1: '产出指标', expected: '效益指标' } }],
  },
  right: { patch: { indicators: [{ level1: '效益指标', level2: '社会效益指标', name: '带动就业人数', target: '≥200人', actual: '230人', weight: 10, score: 10 }] } },
};
