/** unit-mismatch: target and actual in different units, unconverted scales, bare numbers, mixed counts. */
import { unitInfo, unitsCompatible } from '../../grammar';
import { toSimplified } from '../../grammar/traditional';
import { isBoundedShare } from '../../taxonomy';
import type { Indicator } from '../../model';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { rowNames, unitOf } from '../helpers';

type O = { scaleRatio: number; minMixedValue: number };

// Numbers with a unit written inside an indicator's name: "5000吨稻谷", "培训600人".
const NAME_UNITS = /\d+(?:\.\d+)?\s*(万亩|亩|吨|公斤|千克|万元|亿元|元|家|个|人次|人|次|期|名|户|件|项|场|所|套|台|辆|公里|千米|米|平方米|小时|天|%)/g;

// A unit written in brackets after the name ("服务外包在岸(万美元)"): the column's unit, printed once.
const BRACKET_UNIT = /[(（](?:万|亿|千|百)?(?:美元|元|人次|人|个|家|次|亩|吨|公里|千米|米|户|项|件|%|‰)[)）]\s*$/;
// A head-count by its name: 人数, not 人次数 (visits) or 户数.
const HEAD_COUNT = /(?<!人次)人数$|人员数$|(?<!户)人口数$/;
const NOT_PEOPLE = new Set(['个', '家', '户', '人次', '次', '项', '件']);

/** The rule. */
export const rule: Rule<O> = {
  id: 'unit-mismatch',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '计量单位不一致或缺失', en: 'Units that differ or are missing' },
    description: {
      zh: '检查：指标值与完成值的单位不可比（家与人、人与人次）；完成值没有单位而数量级与指标值相差上千倍（万元与元未换算）；指标值和完成值都只有数字、没有单位（提示）；不同指标用同一个数字却换了单位（87 人次与 87 人，人数与人次混用）；指标名称中的数量单位与指标值单位不同（如名称写“吨”，指标值却是百分比；名称中的时限如“72小时办结率”“7天访视数”不算）；单位与名称所计量的东西不符（比率以“人”计，人数以“个”或“人次”计）。名称后括注的单位（“(万美元)”）视为已写明单位，两个 0 不需要单位。',
      en: 'Checks: target and actual in incomparable units (家 vs 人, 人 vs 人次); a unitless actual a thousand times off the target (万元 vs 元 not converted); target and actual both bare numbers (info); the same number under different units on two rows (87 人次 and 87 人: heads and person-times mixed); a unit in the indicator name that differs from the target\'s (吨 in the name, a percentage as target; a time window such as 72小时办结率 or 7天访视数 does not count); a unit that cannot fit what the name measures (a rate in 人, a head-count in 个 or 人次). A unit printed in brackets after the name ("(万美元)") counts as written, and two zeros need no unit.',
    },
    basis: { zh: '财预〔2021〕101号：每个指标由名称、方向、数值和计量单位构成，口径一致。', en: '财预〔2021〕101号: an indicator has a name, a direction, a value and a unit, measured consistently.' },
    fix: { zh: '统一指标值与完成值的单位并换算数值；为每个数值写明单位。', en: 'Use one unit for target and actual, convert the number, and write the unit on every value.' },
  },
  messages: {
    incompatible: { zh: '{what}指标值单位“{targetUnit}”与完成值单位“{actualUnit}”不一致', en: '{whatEn}: target unit "{targetUnit}" differs from actual unit "{actualUnit}"' },
    scale: { zh: '{what}完成值 {actual} 与指标值 {target} 相差上千倍，疑未换算单位', en: '{whatEn}: actual {actual} is a thousand times off the target {target}: unit not converted?' },
    noUnit: { severity: 'info', zh: '{what}指标值和完成值都没有计量单位（{target} / {actual}）', en: '{whatEn}: neither target nor actual has a unit ({target} / {actual})' },
    mixedCounts: { zh: '{what}完成值 {actual} 与第 {otherRow} 行 {other} 数字相同而单位不同，疑混用计量口径', en: '{whatEn}: actual {actual} repeats row {otherRow}\'s {other} under another unit: measures mixed?' },
    rateInCount: { zh: '{what}是比率，却以“{unit}”计量', en: '{whatEn} is a rate, yet it is measured in "{unit}"' },
    headCountUnit: { zh: '{what}统计的是人数，单位却是“{unit}”', en: '{whatEn} counts people, yet the unit is "{unit}"' },
    nameUnit: { severity: 'info', zh: '{what}名称中的计量单位“{nameUnits}”与指标值单位“{targetUnit}”不一致', en: '{whatEn}: the name counts in "{nameUnits}" but the target is in "{targetUnit}"' },
  },
  defaultOptions: { scaleRatio: 1000, minMixedValue: 10 },
  inspect({ scored, options, report }) {
    const seen = new Map<string, { row: number; unit: string; text: string }>();
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      const path = `indicators[${s.index}]`;
      const t = s.target;
      const a = s.actual;
      const tu = unitOf(t);
      const au = unitOf(a);
      if (t.kind === 'number' && a.kind === 'number') {
        if (tu && au && !unitsCompatible(tu, au)) report({ path: `${path}.actual`, messageId: 'incompatible', data: { ...rowData(x, s.index), targetUnit: tu, actualUnit: au } });
        else if (tu && !au && unitInfo(tu).factor !== '1' && Number(t.value) > 0) {
          const r = Number(a.value) / Number(t.value);
          if (r >= options.scaleRatio || (r > 0 && r <= 1 / options.scaleRatio)) report({ path: `${path}.actual`, messageId: 'scale', data: rowData(x, s.index) });
        } else if (!tu && !au && !t.prose && !a.prose && !BRACKET_UNIT.test(x.name.trim()) && !(Number(t.value) === 0 && Number(a.value) === 0)) {
          report({ path: `${path}.target`, messageId: 'noUnit', data: rowData(x, s.index) });
        }
      }
      // A unit that cannot fit what the name measures: a rate in people, a head-count in 个.
      const unit = tu ?? au;
      if (unit && (t.kind === 'number' || a.kind === 'number')) {
        // Only a count unit (or one no head-count takes) can be wrong here: most rows skip reading the name.
        const counted = unitInfo(unit).kind === 'count';
        if (counted || NOT_PEOPLE.has(unit)) {
          const name = toSimplified(x.name).replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, '');
          if (counted && /率$|比例$/.test(name) && isBoundedShare(name)) {
            report({ path: `${path}.${tu ? 'target' : 'actual'}`, messageId: 'rateInCount', data: { ...rowData(x, s.index), unit } });
          } else if (HEAD_COUNT.test(name) && NOT_PEOPLE.has(unit)) {
            report({ path: `${path}.${tu ? 'target' : 'actual'}`, messageId: 'headCountUnit', data: { ...rowData(x, s.index), unit } });
          }
        }
      }
      if (a.kind === 'number' && au && Number(a.value) >= options.minMixedValue) {
        const prev = seen.get(a.value);
        // Only kin units mix up (87人 beside 87人次, 户 beside 户次): 14例 beside 14种 is a coincidence.
        const kin = prev && (prev.unit.startsWith(au) || au.startsWith(prev.unit));
        if (prev && kin && prev.unit !== au && unitInfo(prev.unit).kind === 'count' && unitInfo(au).kind === 'count') {
          report({ path: `${path}.actual`, messageId: 'mixedCounts', data: { ...rowData(x, s.index), otherRow: prev.row + 1, other: prev.text } });
        } else if (!prev) seen.set(a.value, { row: s.index, unit: au, text: x.actual.trim() });
      }
      if (tu) {
        // exec in a loop: matchAll clones the regex on every call, once per row here.
        const nameUnits: string[] = [];
        NAME_UNITS.lastIndex = 0;
        // A time in the name is a window (72小时办结率, 孕产妇7天访视数), not what the value counts.
        const timed = unitInfo(tu).kind === 'time';
        for (let m = NAME_UNITS.exec(x.name); m; m = NAME_UNITS.exec(x.name)) if (timed || unitInfo(m[1]).kind !== 'time') nameUnits.push(m[1]);
        if (nameUnits.length > 0 && !nameUnits.some((u) => unitsCompatible(u, tu) || tu.startsWith(u))) {
          report({ path: `${path}.name`, messageId: 'nameUnit', data: { ...rowData(x, s.index), nameUnits: [...new Set(nameUnits)].join('、'), targetUnit: tu } });
        }
      }
    }
  },
};

// Built only when a report is made: most rows pass.
function rowData(x: Indicator, index: number) {
  return { ...rowNames(x.name, index), target: x.target.trim(), actual: x.actual.trim() };
}

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '120人', weight: 20, score: 20 }] },
    errors: [{ messageId: 'incompatible', path: 'indicators[0].actual', data: { targetUnit: '家', actualUnit: '人' } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 20, score: 20 }] } },
};
