import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './weight-concentrated';

// Table test for weight-concentrated: the docs examples plus the threshold's edge and option.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'just under the threshold', ev: form({ indicators: withRows({ 0: { weight: 29.5, score: 29.5 } }) }) },
    { name: 'a higher threshold by option', ev: form({ indicators: withRows({ 0: { weight: 30, score: 30 } }) }), options: { maxWeight: 40 } },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'exactly 30 points',
      ev: form({ indicators: withRows({ 4: { weight: 30, score: 30 } }) }),
      errors: [{ messageId: 'heavy', path: 'indicators[4].weight', data: { weight: '30' } }],
    },
    {
      name: 'no 分值 column: the claimed score shows the points carried',
      ev: form({ indicators: withRows({ 6: { weight: null, score: 40 } }) }),
      errors: [{ messageId: 'heavy', path: 'indicators[6].score', data: { weight: '40' } }],
    },
  ],
});
