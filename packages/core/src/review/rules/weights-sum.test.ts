import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './weights-sum';

// Table test for weights-sum: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'no weights at all is score-missing\'s concern', ev: form({ indicators: withRows({ 0: { weight: null, score: null }, 1: { weight: null, score: null }, 2: { weight: null, score: null }, 3: { weight: null, score: null }, 4: { weight: null, score: null }, 5: { weight: null, score: null }, 6: { weight: null, score: null } }), total: { weight: null, score: null } }) },
    { name: 'funds reported apart: indicators alone sum to 100', ev: form({ funds: { total: { weight: 100, score: 95 } }, indicators: withRows({ 0: { weight: 30, score: 30 } }), total: { weight: 100, score: 100 } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'weights sum to 95',
      ev: form({ indicators: withRows({ 0: { weight: 15, score: 15 } }), total: { score: 94.5 } }),
      errors: [
        { messageId: 'sum', path: 'indicators', data: { sum: '95', expected: 100 } },
        { messageId: 'printed', path: 'total.weight', data: { printed: '100', sum: '95' } },
      ],
    },
  ],
});
