import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './qualitative-dominant';

// Table test for qualitative-dominant: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'too few indicators to judge a share', ev: form({ indicators: withRows({}).slice(0, 3).map((r) => ({ ...r, target: '明显提升', actual: '明显提升' })) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'mostly qualitative targets',
      ev: form({ indicators: withRows({ 0: { target: '明显提升', actual: '明显提升' }, 1: { target: '良好', actual: '良好' }, 4: { target: '显著', actual: '显著' }, 5: { target: '中长期', actual: '中长期' } }) }),
      errors: [{ messageId: 'qualitative', path: 'indicators', data: { count: 4, total: 7 } }],
    },
  ],
});
