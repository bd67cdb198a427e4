import { exampleCase, exampleForm as form, withRows } from '../example-form';
import type { Evaluation } from '../../model';

/** A form whose importer could not read a 分值/得分 cell: blank in the model, its text kept in source. */
function unreadableScore(text: string): Evaluation {
  const ev = form({ indicators: withRows({ 1: { score: null } }) });
  ev.source = { unreadable: ['indicators[1].score'], unreadableText: { 'indicators[1].score': text } };
  return ev;
}

import { ruleTester } from '../rule-tester';
import { examples, rule } from './value-unreadable';

// Table test for value-unreadable: the docs examples plus the damage met on real forms.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a growth rate may exceed 100%', ev: form({ indicators: withRows({ 4: { name: '销售收入增长率', target: '≥120%', actual: '150%' } }) }) },
    { name: 'a count above 100 is no share', ev: form({ indicators: withRows({ 0: { target: '≥100家', actual: '290家' } }) }) },
    // A real shortfall: not full marks, so the digits prove what they say (score-inflated judges it).
    { name: 'the target\'s last digits without full marks are a shortfall', ev: form({ indicators: [{ level1: '产出指标', level2: '数量指标', name: '国家级公益林管护面积', target: '28万亩', actual: '8万亩', weight: 10, score: 3 }] }) },
    { name: 'a different unit is no lost digit', ev: form({ indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训人次', target: '≥25人', actual: '5次', weight: 10, score: 10 }] }) },
    { name: 'a code with letters stays readable', ev: form({ indicators: withRows({ 1: { name: 'PM2.5年均浓度', target: 'PM2.5≤35', actual: 'PM2.5为30' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a score printed as letters (OCR "IO" for 10) is unreadable, named with its text',
      ev: unreadableScore('IO'),
      errors: [{ messageId: 'unreadable', path: 'indicators[1].score', data: { number: 'score', cells: '得分“IO”不是数字（数字可能被误识为字母）', target: null, actual: null } }],
    },
    {
      name: 'a letter where a digit was printed, in an amount',
      ev: form({ indicators: withRows({ 3: { target: 'M.8万元', actual: '14.8万元' } }) }),
      errors: [{ messageId: 'unreadable', path: 'indicators[3].target', data: { target: 'letter-in-number', actual: null } }],
    },
    {
      name: 'both cells damaged: one finding naming both',
      ev: form({ indicators: withRows({ 1: { target: '合格率290$', actual: '290%' } }) }),
      errors: [{ messageId: 'unreadable', path: 'indicators[1].target', data: { target: 'stray-symbol', actual: 'share-over-100' } }],
    },
    {
      name: '≥ misread as 工, and as a digit with "="',
      ev: form({ indicators: withRows({ 0: { target: '工5%', actual: '6%' }, 1: { target: '≥50%', actual: '5=50%' } }) }),
      errors: [
        { messageId: 'unreadable', path: 'indicators[0].target', data: { target: 'stray-symbol' } },
        { messageId: 'unreadable', path: 'indicators[1].actual', data: { actual: 'stray-symbol' } },
      ],
    },
    {
      name: 'a share printed in traditional characters',
      ev: form({ indicators: withRows({ 1: { name: '驗收合格率', target: '≥95%', actual: '295%' } }) }),
      errors: [{ messageId: 'unreadable', path: 'indicators[1].actual', data: { actual: 'share-over-100' } }],
    },
    {
      // Corpus 121 (重庆市梁平区林业局): every amount lost its leading digits ('.32'), and so did
      // three 完成值: 28万亩 → 8万亩, 21万亩 → 1万亩, 250万亩 → 50万亩, each scored 10 of 10.
      name: 'an actual holding only the target\'s last digits, at full marks',
      ev: form({
        indicators: [
          { level1: '产出指标', level2: '数量指标', name: '国家级公益林管护面积', target: '28万亩', actual: '8万亩', weight: 10, score: 10 },
          { level2: '数量指标', name: '天保工程区森林资源管护面积', target: '≥250万亩', actual: '50万亩', weight: 10, score: 10 },
        ],
      }),
      errors: [
        { messageId: 'unreadable', path: 'indicators[0].actual', data: { actual: 'lost-digits', target: null } },
        { messageId: 'unreadable', path: 'indicators[1].actual', data: { actual: 'lost-digits', target: null } },
      ],
    },
  ],
});
