/**
 * direction-contradiction: ≥ written where the name implies ≤ (成本, 投诉, 事故), and vice versa; a
 * ceiling on a count of things built; "=" on a cost, which makes a saving a miss.
 */
import { unitInfo } from '../../grammar/units';
import { expectedDirection } from '../../taxonomy';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { kind, rowNames } from '../helpers';

type O = Record<string, never>;
// Only the head clause names the measure: "年组织银企对接不低于2次，帮助企业降低融资成本" is about 对接.
const CLAUSE = /[，,。；;：:（(]/;

// A count of things built or added: a ceiling on it would reward building less.
const BUILD = /新建|新增|建设|建成|修建|新修|改建|扩建|改造|新开工|开工建设|完成.{0,6}(?:工程|项目)/;

const cache = new Map<string, '>=' | '<=' | null>();
function directionOf(name: string): '>=' | '<=' | null {
  let d = cache.get(name);
  if (d === undefined) {
    d = expectedDirection(name.split(CLAUSE)[0]);
    if (cache.size < 20_000) cache.set(name, d);
  }
  return d;
}

/** The rule. */
export const rule: Rule<O> = {
  id: 'direction-contradiction',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '指标方向与名称矛盾', en: 'Target direction contradicts the name' },
    description: {
      zh: '指标名称表明应越低越好（成本、费用、投诉、事故、发生率），指标值却写成“≥”；或名称表明应越高越好（合格率、覆盖率、满意度），指标值却写成“≤”。方向写反会使计分规则颠倒。同样，新建、新增、建设的数量设为“≤”上限，少建反而达标；成本上限写成“=”，节约反而算未达标。名称写“降低……成本”的，衡量的是降低的幅度，越高越好。',
      en: 'The name implies lower is better (成本, 费用, 投诉, 事故, 发生率) but the target says ≥, or higher is better (合格率, 覆盖率, 满意度) but it says ≤. A reversed direction reverses the scoring. Likewise a ceiling (≤) on a count of things built or added rewards building less, and "=" on a cost ceiling makes a saving a miss. A name that says 降低……成本 measures the saving: higher is better.',
    },
    basis: { zh: '财预〔2021〕101号：指标由名称、方向（≥、≤、=）、数值和单位构成，方向应与指标性质一致。', en: '财预〔2021〕101号: an indicator has a direction (≥, ≤, =) consistent with what it measures.' },
    fix: { zh: '改正指标值的比较符号。', en: 'Correct the comparison in the target.' },
  },
  messages: {
    expectedLe: { zh: '{what}应越低越好，指标值却为“{target}”', en: '{whatEn} should be kept low, but the target is "{target}"' },
    expectedGe: { zh: '{what}应越高越好，指标值却为“{target}”', en: '{whatEn} should be high, but the target is "{target}"' },
    buildCeiling: { zh: '{what}是建设或新增的数量，指标值“{target}”却设为上限，少建反而达标', en: '{whatEn} counts what is built or added, yet the target "{target}" is a ceiling: building less would meet it' },
    costEquals: { zh: '{what}是成本上限，指标值“{target}”却写成等于，节约反而算未达标', en: '{whatEn} is a cost ceiling, yet the target "{target}" says equal: spending less would miss it' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      const t = s.target;
      if (t.kind !== 'number' || t.op === null) continue;
      const x = scored.evaluation.indicators[s.index];
      const dir = directionOf(x.name);
      const path = `indicators[${s.index}].target`;
      const ceiling = t.op === '<=' || t.op === '<';
      if (dir === '<=' && (t.op === '>=' || t.op === '>') && Number(t.value) > 0) report({ path, messageId: 'expectedLe', data: rowData(x.name, s.index, x.target) });
      else if (dir === '>=' && ceiling) report({ path, messageId: 'expectedGe', data: rowData(x.name, s.index, x.target) });
      else if (dir === null && ceiling && t.unit !== null && BUILD.test(x.name) && BUILD.test(x.name.split(CLAUSE)[0]) && unitInfo(t.unit).kind === 'count') report({ path, messageId: 'buildCeiling', data: rowData(x.name, s.index, x.target) });
      else if (t.op === '=' && t.unit !== null && (dir === '<=' || (dir === null && kind(s) === 'cost')) && unitInfo(t.unit).kind === 'money') report({ path, messageId: 'costEquals', data: rowData(x.name, s.index, x.target) });
    }
  },
};

// A function, not a closure made per row: under tsx's keepNames each new named closure costs a defineProperty.
function rowData(name: string, index: number, target: string) {
  return { ...rowNames(name, index), target: target.trim() };
}

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '成本指标', name: '培训总成本', target: '≥100万元', actual: '95万元', weight: 10, score: 9.5, deviation: '节约' }] },
    errors: [{ messageId: 'expectedLe', path: 'indicators[0].target' }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '成本指标', name: '培训总成本', target: '≤100万元', actual: '95万元', weight: 10, score: 10 }] } },
};
