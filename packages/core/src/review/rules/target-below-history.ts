/** target-below-history: a target to reach set below what the same indicator achieved in an earlier year (历史标准). */
import { parseValue } from '../../grammar/parse';
import { valueInUnit } from '../../grammar/units';
import { Big } from '../../money';
import { indicatorDirection } from '../../taxonomy';
import type { PriorValue } from '../context';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { groupBy, rowNames, squash } from '../helpers';

type O = { maxYearsBack: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'target-below-history',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '指标值低于以前年度实际完成值', en: 'Target below an earlier year’s actual' },
    description: {
      zh: '同一项目或单位的同名指标在以前年度已实际完成更多，今年的“不低于”目标却定得更低（如上年新增“专精特新”企业 4 家，今年目标 ≥2 家）。这样的目标几乎注定完成，自评满分也就说明不了什么。只有给出以前年度数据（历史标准）时才检查；只比较最近一年的实际完成值。',
      en: 'The same indicator of the same project or unit achieved more in an earlier year, yet this year’s "at least" target is lower (4 new 专精特新 firms last year, a target of ≥2 this year). Such a target can hardly fail, and full marks against it prove little. Checked only when earlier years’ data (历史标准) are given; the most recent year with an actual is compared.',
    },
    basis: { zh: '财预〔2021〕101号：指标值设定依据包括历史标准，应参考以前年度实际完成情况合理确定；财预〔2020〕10号：指标值明显偏低的，复核时据实调整。', en: '财预〔2021〕101号: targets rest on bases including the historical standard, set with regard to earlier years’ results; 财预〔2020〕10号: targets set clearly too low are corrected in review.' },
    fix: { zh: '参考以前年度实际完成值提高指标值；确有下降理由的，在指标值设定依据中写明。', en: 'Raise the target towards the earlier actual; where a lower target is justified, say why in the basis.' },
  },
  messages: {
    belowPrior: {
      zh: '{what}指标值 {target} 低于 {year} 年实际完成值 {actual}',
      en: '{whatEn}: the target {target} is below the {year} actual of {actual}',
    },
  },
  defaultOptions: { maxYearsBack: 3 },
  inspect({ scored, options, context, report }) {
    const year = scored.evaluation.year;
    const earlier = (context.history ?? []).filter((h) => h.year < year && h.year >= year - options.maxYearsBack);
    if (earlier.length === 0) return;
    const byName = groupBy(earlier, (h) => squash(h.name));
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      const t = s.target;
      if (t.kind !== 'number') continue;
      const up = t.op === '>=' || t.op === '>' || (t.op === null && indicatorDirection(x.name, s.level2) === '>=');
      if (!up) continue;
      const prior = latestActual(byName.get(squash(x.name)) ?? [], t.unit);
      if (!prior || !new Big(t.value).lt(prior.value)) continue;
      report({
        path: `indicators[${s.index}].target`,
        messageId: 'belowPrior',
        data: { ...rowNames(x.name, s.index), target: x.target.trim(), year: prior.year, actual: prior.text },
      });
    }
  },
};

// The most recent earlier actual that reads as a number in the target's unit.
function latestActual(rows: readonly PriorValue[], unit: string | null): { year: number; value: string; text: string } | null {
  for (const h of [...rows].sort((a, b) => b.year - a.year)) {
    const a = parseValue(h.actual, { year: h.year, unit });
    if (a.kind !== 'number') continue;
    // An actual given as a ceiling ("≤5") proves no amount reached.
    if (a.op === '<=' || a.op === '<') continue;
    const v = valueInUnit(a.value, a.unit, unit);
    if (v !== null) return { year: h.year, value: v, text: h.actual.trim() };
  }
  return null;
}

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {},
    context: { history: [{ year: 2019, name: '培训企业数', target: '≥80家', actual: '120家' }] },
    errors: [{ messageId: 'belowPrior', path: 'indicators[0].target', data: { target: '≥100家', year: 2019, actual: '120家' } }],
  },
  right: { patch: {}, context: { history: [{ year: 2019, name: '培训企业数', target: '≥80家', actual: '96家' }] } },
};
