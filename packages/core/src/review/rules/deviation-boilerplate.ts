/** deviation-boilerplate: "无", "/", "0" as a reason for a shortfall, or one text on every row. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank, isBoilerplate, needsReason, rowNames, squash } from '../helpers';

type O = { minRows: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'deviation-boilerplate',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '偏差原因为套话或占位符', en: 'Boilerplate deviation reasons' },
    description: {
      zh: '需要说明偏差的指标，偏差原因只写了“无”“/”“0”“—”之类；或者每一行都填了同一段文字。这样的原因等于没有写。',
      en: 'An indicator that needs an explanation has only "无", "/", "0" or "—" as its reason; or every row carries the same text. Such reasons explain nothing.',
    },
    basis: { zh: '财预〔2020〕10号：偏离绩效目标的，应分析说明原因并提出改进措施。', en: '财预〔2020〕10号: deviations must be analysed and measures proposed.' },
    fix: { zh: '逐项写明具体原因；无偏差的行留空即可。', en: 'Write a concrete reason per row; leave rows without deviation blank.' },
  },
  messages: {
    placeholder: { zh: '{what}未完成或扣分，偏差原因只写了“{text}”', en: '{whatEn} falls short but its reason is only "{text}"' },
    sameEverywhere: { severity: 'info', zh: '{count} 行偏差原因都是同一段文字“{text}”', en: 'all {count} rows carry the same reason "{text}"' },
  },
  defaultOptions: { minRows: 3 },
  inspect({ scored, options, report }) {
    const ev = scored.evaluation;
    for (const s of scored.indicators) {
      const x = ev.indicators[s.index];
      if (needsReason(s) && !isBlank(x.deviation) && isBoilerplate(x.deviation)) {
        report({ path: `indicators[${s.index}].deviation`, messageId: 'placeholder', data: { ...rowNames(x.name, s.index), text: x.deviation.trim() } });
      }
    }
    const rows = ev.indicators.filter((x) => !isBlank(x.name));
    if (rows.length < options.minRows) return;
    const first = squash(rows[0].deviation);
    if (first === '' || !rows.every((x) => squash(x.deviation) === first)) return;
    report({ path: 'indicators', messageId: 'sameEverywhere', data: { count: rows.length, text: rows[0].deviation.trim() } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '效益指标', level2: '经济效益指标', name: '木材销售收入', target: '1100万元', actual: '1093万元', weight: 6, score: 5, deviation: '无' }] },
    errors: [{ messageId: 'placeholder', path: 'indicators[0].deviation', data: { text: '无' } }],
  },
  right: { patch: { indicators: [{ level1: '效益指标', level2: '经济效益指标', name: '木材销售收入', target: '1100万元', actual: '1093万元', weight: 6, score: 5, deviation: '木材价格下行，收入略低于预期。' }] } },
};
