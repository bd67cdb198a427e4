import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './unit-mismatch';

// Table test for unit-mismatch: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a bare actual beside a unit target is read in that unit', ev: form({ indicators: withRows({ 0: { actual: '105' } }) }) },
    { name: 'the name\'s unit agrees with the target', ev: form({ indicators: withRows({ 0: { name: '全年培训企业不少于100家' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: '万元 target, unconverted 元 actual',
      ev: form({ indicators: withRows({ 3: { actual: '950000' } }) }),
      errors: [{ messageId: 'scale', path: 'indicators[3].actual' }],
    },
    {
      name: 'bare numbers on both sides',
      ev: form({ indicators: withRows({ 1: { target: '100', actual: '100' } }) }),
      errors: [{ messageId: 'noUnit', path: 'indicators[1].target', severity: 'info' }],
    },
    {
      name: 'heads and person-times mixed',
      ev: form({ indicators: withRows({ 0: { target: '≥59人次', actual: '87人次' }, 4: { target: '≥80人', actual: '87人' } }) }),
      errors: [{ messageId: 'mixedCounts', path: 'indicators[4].actual', data: { otherRow: 1, other: '87人次' } }],
    },
    {
      name: 'tonnes in the name, a percentage as target',
      ev: form({ indicators: withRows({ 0: { name: '5000吨稻谷储备到位率', target: '100%', actual: '100%' } }) }),
      errors: [{ messageId: 'nameUnit', path: 'indicators[0].name', severity: 'info', data: { nameUnits: '吨', targetUnit: '%' } }],
    },
  ],
});
