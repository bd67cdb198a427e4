import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './value-unreadable';

// Table test for value-unreadable: the docs examples plus the damage met on real forms.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a growth rate may exceed 100%', ev: form({ indicators: withRows({ 4: { name: '销售收入增长率', target: '≥120%', actual: '150%' } }) }) },
    { name: 'a count above 100 is no share', ev: form({ indicators: withRows({ 0: { target: '≥100家', actual: '290家' } }) }) },
    { name: 'a code with letters stays readable', ev: form({ indicators: withRows({ 1: { name: 'PM2.5年均浓度', target: 'PM2.5≤35', actual: 'PM2.5为30' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
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
  ],
});
