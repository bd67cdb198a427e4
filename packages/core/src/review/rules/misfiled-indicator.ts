/**
 * misfiled-indicator: money used as a 数量指标; something other than satisfaction in the 满意度
 * block; an output (meetings held, firms served) filed as a 效益.
 */
import { unitInfo } from '../../grammar';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { toSimplified } from '../../grammar/traditional';
import { kind, unitOf, rowNames } from '../helpers';

type O = Record<string, never>;
const MONEY_NAME = /资金|金额|经费|预算|投资额|拨款/;
const SATISFACTION_NAME = /满意/;
// Only the head clause names the measure: "年组织银企对接不低于2次，帮助企业降低融资成本".
const CLAUSE = /[，,。；;：:（(]/;
// What the project does, counted: meetings held, firms served, sessions given. Under 效益 it is an output.
const OUTPUT_ACT = /组织|举办|召开|开展|举行|培训|提供服务|服务次数|对接|走访|宣传|发放|印发|接待|服务.{0,4}(?:家|户|人|次)|(?:新增|累计)服务/;
// A satisfaction row named by who is surveyed (社会公众, 服务对象): the survey group, not a misfile.
const SURVEY_GROUP = /^(?:社会|受益|服务|参训|参会|辖区|周边|广大)?(?:公众|群众|对象|居民|村民|学生|家长|企业|农户|患者|游客|市民|用户|职工|教师|单位)$/;
// How the budget was executed or managed: scored in the funds block (预算执行率), not a project output or benefit.
const BUDGET_MEASURE = /预算(?:资金)?执行率|资金执行率|预算执行进度|支出进度|结转结余率|结余率|科目调整|预算调整/;
const OUTPUT_OR_BENEFIT = new Set<string>(['quantity', 'quality', 'time', 'benefit']);
// 经济效益 names money gained or saved; safety, stability or keeping an office running are social effects.
const NOT_ECONOMIC = /安全|伤亡|事故|度汛|稳定|正常运行/;
const ECONOMIC = /收入|增收|产值|经济|成本|节约|利润|税|销售|价格|负担|元|投资|就业|产量|效益/;
// 生态效益 names the environment; a cost, a budget or food safety is not ecological.
const NOT_ECOLOGICAL = /成本|费用|资金|预算|食品安全/;
const ECOLOGICAL = /环境|生态|污染|排放|节能|绿化|绿色|水土|森林|植被|碳|农药|化肥|废|能耗|空气|水质|湿地|野生/;
// A row with no name of its own ("指标2:", "……") is a placeholder left from the template.
const NO_NAME = /^(?:指标\d*[:：]?|[.…·。、\s]*)$/;

// Names recur on every form of a unit: each reading is remembered (bounded).
const OUTPUT_CACHE = new Map<string, boolean>();
const SATISFACTION_CACHE = new Map<string, boolean>();
function remember(cache: Map<string, boolean>, name: string, read: (n: string) => boolean): boolean {
  let v = cache.get(name);
  if (v === undefined) {
    v = read(name);
    if (cache.size < 5000) cache.set(name, v);
  }
  return v;
}

/** The head clause of the name counts what the project did (组织, 举办, 提供服务). */
function countsOutput(name: string): boolean {
  return remember(OUTPUT_CACHE, name, (n) => OUTPUT_ACT.test(toSimplified(n).split(CLAUSE)[0]));
}

/** A row of the satisfaction block whose name measures something else. */
function notSatisfaction(name: string): boolean {
  return remember(SATISFACTION_CACHE, name, (n) => {
    const s = toSimplified(n).replace(/\s+/g, '');
    return !NO_NAME.test(s) && !SATISFACTION_NAME.test(s) && !SURVEY_GROUP.test(s);
  });
}

const BUDGET_CACHE = new Map<string, boolean>();
const ECONOMIC_CACHE = new Map<string, boolean>();
const ECOLOGICAL_CACHE = new Map<string, boolean>();

/** The name measures budget execution or management (预算执行率, 结余率, 科目调整次数). */
function budgetMeasure(name: string): boolean {
  return remember(BUDGET_CACHE, name, (n) => BUDGET_MEASURE.test(toSimplified(n).replace(/\s+/g, '')));
}

/** A 经济效益 row about safety or running an office, or a 生态效益 row about a cost: another kind of effect. */
function wrongBenefit(level2: string, name: string): boolean {
  const squeeze = (n: string) => toSimplified(n).replace(/\s+/g, '');
  if (level2 === '经济效益指标') return remember(ECONOMIC_CACHE, name, (n) => NOT_ECONOMIC.test(squeeze(n)) && !ECONOMIC.test(squeeze(n)));
  if (level2 === '生态效益指标') return remember(ECOLOGICAL_CACHE, name, (n) => NOT_ECOLOGICAL.test(squeeze(n)) && !ECOLOGICAL.test(squeeze(n)));
  return false;
}

/** The rule. */
export const rule: Rule<O> = {
  id: 'misfiled-indicator',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '指标放错了类别', en: 'Indicator in the wrong category' },
    description: {
      zh: '数量指标应是实物产出（家、人、次、亩），用资金金额充当数量指标只是重复了资金表；预算执行率、结余率、科目调整次数衡量预算执行与资金管理，放在产出或效益指标下是归类错误（预算执行已在资金表中计分）；经济效益指标下的安全、稳定类指标，生态效益指标下的成本、资金类指标，衡量的是别的效益；满意度指标下应是服务对象满意度，放入事件发生数等结果指标属于归类错误。效益指标衡量项目带来的变化，把组织会议次数、服务企业家数等“做了多少”的产出填在效益指标下，会使效益看起来已经实现（提示）。',
      en: 'Quantity indicators count physical outputs (家, 人, 次, 亩); using an amount of money repeats the funds table. Budget execution and management measures (预算执行率, 结余率, 科目调整次数) filed as outputs or benefits are misfiled (execution is scored in the funds table); so are safety or stability rows under 经济效益 and cost or budget rows under 生态效益. The satisfaction block holds the satisfaction of those served; an outcome such as an incident count there is misfiled. Benefit indicators measure the change a project brings; counting what it did (meetings held, firms served) under 效益 makes a benefit look achieved (info).',
    },
    basis: { zh: '财预〔2020〕10号附件及财预〔2021〕101号：数量指标反映产出数量；满意度指标反映服务对象满意程度。', en: 'Annex to 财预〔2020〕10号 and 101号: quantity indicators count outputs; satisfaction indicators measure the satisfaction of those served.' },
    fix: { zh: '以实物量作为数量指标；把结果类指标移到效益指标下。', en: 'Count physical outputs; move outcome indicators to the benefits block.' },
  },
  messages: {
    moneyAsQuantity: { zh: '{what}是数量指标，却以资金金额衡量', en: '{whatEn} is a quantity indicator measured in money' },
    notSatisfaction: { zh: '{what}放在满意度指标下，但不是满意度', en: '{whatEn} sits in the satisfaction block but is not a satisfaction measure' },
    // A risk signal, not an error: the points are real, only the category is wrong.
    budgetMeasure: {
      zh: '{what}衡量的是预算执行或资金管理，不是项目的产出或效益，却放在{level2}下（预算执行已在资金表中计分）',
      en: '{whatEn} measures budget execution or management, not an output or benefit of the project, yet is filed under {level2} (execution is already scored in the funds table)',
    },
    wrongBenefit: { zh: '{what}放在{level2}下，但衡量的不是{domain}', en: '{whatEn} is filed under {level2} but does not measure {domainEn}' },
    outputAsBenefit: { severity: 'info', zh: '{what}计量的是项目做了多少（{target}），属于产出，却放在{level2}下', en: '{whatEn} counts what the project did ({target}): an output, filed under {level2}' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      const k = kind(s);
      const path = `indicators[${s.index}].name`;
      if (k !== null && OUTPUT_OR_BENEFIT.has(k) && budgetMeasure(x.name)) {
        report({ path, messageId: 'budgetMeasure', data: { ...rowNames(x.name, s.index), level2: s.level2 || s.level1 } });
      } else if (k === 'quantity' && (unitInfo(unitOf(s.target)).kind === 'money' || MONEY_NAME.test(toSimplified(x.name)))) report({ path, messageId: 'moneyAsQuantity', data: rowNames(x.name, s.index) });
      else if (k === 'benefit' && unitInfo(unitOf(s.target)).kind === 'count' && countsOutput(x.name)) {
        report({ path, messageId: 'outputAsBenefit', data: { ...rowNames(x.name, s.index), target: x.target.trim(), level2: s.level2 || s.level1 } });
      } else if (k === 'benefit' && wrongBenefit(s.level2, x.name)) {
        const econ = s.level2 === '经济效益指标';
        report({ path, messageId: 'wrongBenefit', data: { ...rowNames(x.name, s.index), level2: s.level2, domain: econ ? '经济效益' : '生态效益', domainEn: econ ? 'an economic effect' : 'an ecological effect' } });
      } else if (k === 'satisfaction') {
        if (notSatisfaction(x.name)) report({ path, messageId: 'notSatisfaction', data: rowNames(x.name, s.index) });
      }
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '工程资金金额', target: '43.2万元', actual: '37.24万元', weight: 10, score: 8.62, deviation: '尾款未付' }] },
    errors: [{ messageId: 'moneyAsQuantity', path: 'indicators[0].name' }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '改造供暖面积', target: '≥3000平方米', actual: '3200平方米', weight: 10, score: 10 }] } },
};
