/** monitoring-red: red (and yellow) lights of mid-year monitoring, most of all where the year then claims full marks. */
import { fullMarks, rowNames } from '../../review/helpers';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

type O = { yellow: number; redThenFull: number };

/** The signal. */
export const signal: Signal<O> = {
  id: 'monitoring-red',
  docs: {
    title: { zh: '监控红灯', en: 'Monitoring red lights' },
    what: {
      zh: '年中绩效运行监控（通常为 1–7 月）亮红灯的指标数，黄灯按 0.3 个计；红灯指标在年终自评中却报满分的，每项再加 1 个。没有监控数据时不计。',
      en: 'The indicators that mid-year monitoring (usually January–July) lit red, with a yellow light counting 0.3; a red-lit indicator that then claims full marks at year end adds 1 more. Nothing is counted without monitoring data.',
    },
    why: {
      zh: '7 月监控已显示进度严重滞后的指标，年底自评却报圆满完成，是最需要核实的矛盾：要么下半年确有追赶（应有佐证），要么自评虚高。财预〔2019〕136号要求对监控发现的偏差跟踪纠正。',
      en: 'An indicator far behind in July that claims full completion at year end is the contradiction most worth checking: either the second half caught up (and there is evidence) or the self-score is inflated. 财预〔2019〕136号 asks that deviations found by monitoring be followed up.',
    },
    unit: { zh: '每个红灯', en: 'per red light' },
  },
  messages: {
    lights: {
      zh: '年中监控 {red} 个红灯、{yellow} 个黄灯；红灯指标中 {redFull} 项年终自评满分',
      en: 'mid-year monitoring lit {red} red and {yellow} yellow; red-lit indicators claiming full marks at year end: {redFull}',
    },
    lightsExample: {
      zh: '年中监控 {red} 个红灯、{yellow} 个黄灯；红灯指标中 {redFull} 项年终自评满分（如{what}）',
      en: 'mid-year monitoring lit {red} red and {yellow} yellow; red-lit indicators claiming full marks at year end: {redFull} (such as {whatEn})',
    },
  },
  defaultOptions: { weight: 5, cap: 25, yellow: 0.3, redThenFull: 1 },
  optionDocs: {
    weight: { zh: '每个红灯的风险分', en: 'risk points per red light' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
    yellow: { zh: '一个黄灯折合几个红灯', en: 'what a yellow light counts, in red lights' },
    redThenFull: { zh: '红灯指标年终自评满分时另加几个红灯', en: 'what a red-lit indicator claiming full marks adds, in red lights' },
  },
  measure({ scored, context }, o) {
    const lights = context.monitoring;
    if (!lights || lights.length === 0) return null;
    let red = 0;
    let yellow = 0;
    let redFull = 0;
    let first = -1;
    for (const l of lights) {
      if (l.light === 'yellow') yellow++;
      if (l.light !== 'red') continue;
      red++;
      const s = scored.indicators.find((x) => x.index === l.indicatorIndex);
      if (s && fullMarks(s)) {
        redFull++;
        if (first < 0) first = s.index;
      }
    }
    const amount = red + yellow * o.yellow + redFull * o.redThenFull;
    if (amount <= 0) return null;
    const names = first >= 0 ? rowNames(scored.evaluation.indicators[first].name, first) : null;
    return {
      amount,
      messageId: names ? 'lightsExample' : 'lights',
      data: { red, yellow, redFull, ...names },
    };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '7 月监控中第 1 项指标亮红灯、第 5 项亮黄灯，第 1 项年终自评满分。', en: 'In July, indicator 1 was red and indicator 5 yellow; indicator 1 claims full marks at year end.' },  patch: {}, context: { monitoring: [{ indicatorIndex: 0, light: 'red' }, { indicatorIndex: 4, light: 'yellow' }, { indicatorIndex: 6, light: 'green' }] } },
  quiet: {
    note: { zh: '7 月监控全部为绿灯。', en: 'Every light was green in July.' },  patch: {}, context: { monitoring: [{ indicatorIndex: 0, light: 'green' }, { indicatorIndex: 4, light: 'green' }] } },
};
