/** target-unmeasurable: vague targets (中长期, 逐年增加, 高, 显著) and time targets that are not dates. */
import { toSimplified } from '../../grammar/traditional';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { kind, rowNames } from '../helpers';

type O = { maxDegreeWordLength: number };
// A rate or count in the name means a number was possible.
const MEASURABLE_NAME = /率|数|量|人次|次数|金额|面积|比例|天数|时间/;
// 时效 rates that measure timeliness by their name are accepted practice.
// A time indicator may measure timeliness as a share: 及时率 or 及时性 (corpus 119: 资金拨付及时性
// 98%以上), or a rate within a window its name states (corpus 122: 森林火灾6小时内扑灭率 不低于95%).
const TIMELINESS_RATE = /及时率|及时性|按时|准时|按期|(?:\d+|[一二三四五六七八九十两]+)(?:个)?(?:小时|日|天|工作日|分钟|周|月)内/;
// A target that names a deadline beside its share still names the deadline (corpus 115: 11月底完成100%).
const DEADLINE_WORDS = /\d{1,2}月(?:底|末|份|上旬|中旬|下旬|\d{1,2}日)|年底|年末|季度末|月底/;

/** The rule. */
export const rule: Rule<O> = {
  id: 'target-unmeasurable',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '指标值不可衡量', en: 'Target that cannot be measured' },
    description: {
      zh: '指标值是含糊的定性表述（中长期、逐年增加、进一步提高、明显改善、高、显著），无法据以判断是否完成；指标名称本身是比率或数量时更应量化。时效指标的指标值不是日期（如“当期完成 90%”）时，同样无法判断是否按期。',
      en: 'The target is vague wording (中长期, 逐年增加, 进一步提高, 明显改善, 高, 显著) against which completion cannot be judged, all the more when the name is itself a rate or a count. A time target that is not a date ("当期完成 90%") cannot show timeliness either.',
    },
    basis: { zh: '财预〔2021〕101号：绩效指标应细化、量化，确实难以量化的定性指标应分级分档表述。', en: '财预〔2021〕101号: indicators are specific and quantified; qualitative ones, where unavoidable, are graded.' },
    fix: { zh: '把指标值改为带单位的数值、比率或具体日期；定性指标写明分级标准。', en: 'Give a number with a unit, a rate or a date; grade qualitative targets.' },
  },
  messages: {
    vague: { zh: '{what}指标值“{target}”不可衡量，应量化', en: '{whatEn}: the target "{target}" cannot be measured; quantify it' },
    timeNotDate: { zh: '{what}是时效指标，指标值“{target}”不是完成时限', en: '{whatEn} is a time indicator but its target "{target}" is not a deadline' },
  },
  defaultOptions: { maxDegreeWordLength: 4 },
  inspect({ scored, options, report }) {
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      const path = `indicators[${s.index}].target`;
      const t = s.target;
      if (s.damage?.target) continue;
      if (t.kind === 'qualitative') {
        const short = t.text.trim().length <= options.maxDegreeWordLength;
        if (t.vague || t.grade === null || short || MEASURABLE_NAME.test(x.name)) report({ path, messageId: 'vague', data: { ...rowNames(x.name, s.index), target: x.target.trim() } });
      } else if (kind(s) === 'time' && t.kind !== 'date' && t.kind !== 'empty' && t.kind !== 'placeholder' && !TIMELINESS_RATE.test(toSimplified(x.name)) && !DEADLINE_WORDS.test(x.target)) {
        report({ path, messageId: 'timeNotDate', data: { ...rowNames(x.name, s.index), target: x.target.trim() } });
      }
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '效益指标', level2: '社会效益指标', name: '提高就业率', target: '显著', actual: '显著', weight: 6, score: 6 }] },
    errors: [{ messageId: 'vague', path: 'indicators[0].target', data: { target: '显著' } }],
  },
  right: { patch: { indicators: [{ level1: '效益指标', level2: '社会效益指标', name: '带动就业人数', target: '≥200人', actual: '230人', weight: 6, score: 6 }] } },
};
