import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './deviation-boilerplate';

// Table test for deviation-boilerplate: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: '"无" on a row that met its target', ev: form({ indicators: withRows({ 0: { deviation: '无' } }) }) },
    { name: 'too few rows to call the text boilerplate', ev: form({ indicators: withRows({}).slice(0, 2).map((r) => ({ ...r, deviation: '按计划完成' })) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'one text on every row',
      ev: form({ indicators: withRows({}).map((r) => ({ ...r, deviation: '按计划完成' })) }),
      errors: [{ messageId: 'sameEverywhere', path: 'indicators', severity: 'info', data: { count: 7, text: '按计划完成' } }],
    },
  ],
});
