import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './direction-contradiction';

// Table test for direction-contradiction: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'lowering a cost is a benefit to reach', ev: form({ indicators: withRows({ 4: { name: '帮助企业降低融资成本', target: '≥50万元', actual: '60万元' } }) }) },
    { name: 'a ceiling on a count that is not built', ev: form({ indicators: withRows({ 0: { name: '科目调整次数', target: '≤10次', actual: '3次' } }) }) },
    { name: 'an exact count of new builds', ev: form({ indicators: withRows({ 0: { name: '新建村级服务站数', target: '=12个', actual: '12个' } }) }) },
    { name: '"=" on an amount that is not a cost', ev: form({ indicators: withRows({ 4: { name: '发放补贴金额', target: '=30万元', actual: '30万元' } }) }) },
    { name: 'only the head clause names the measure', ev: form({ indicators: withRows({ 4: { name: '年组织银企对接不低于2次，帮助企业降低融资成本。', target: '≥2次', actual: '2次' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a pass rate with a ceiling',
      ev: form({ indicators: withRows({ 1: { target: '≤90%' } }) }),
      errors: [{ messageId: 'expectedGe', path: 'indicators[1].target', data: { target: '≤90%' } }],
    },
    {
      name: 'a ceiling on a count of new builds',
      ev: form({ indicators: withRows({ 0: { name: '新建村级服务站数', target: '≤12个', actual: '12个' } }) }),
      errors: [{ messageId: 'buildCeiling', path: 'indicators[0].target', data: { target: '≤12个' } }],
    },
    {
      name: '"=" on a cost ceiling',
      ev: form({ indicators: withRows({ 3: { target: '=100万元' } }) }),
      errors: [{ messageId: 'costEquals', path: 'indicators[3].target', data: { target: '=100万元' } }],
    },
  ],
});
