import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './level1-weights';

// Table test for level1-weights: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'no satisfaction block, its points moved to benefits', ev: form({ indicators: withRows({ 4: { weight: 20, score: 20 } }).slice(0, 6) }) },
    { name: 'the template prescribes no first-level weights', ev: form({ template: 'indicators-100', funds: { total: { weight: 100, score: 95 } }, indicators: withRows({ 0: { weight: 70, score: 70 }, 4: { weight: 5, score: 5 }, 5: { weight: 5, score: 5 } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a wider tolerance still catches a 20-point gap',
      ev: form({ indicators: withRows({ 0: { weight: 40, score: 40 }, 4: { weight: 5, score: 5 }, 5: { weight: 5, score: 5 } }) }),
      options: { tolerance: 10 },
      errors: [
        { messageId: 'off', path: 'indicators', data: { level1: '产出指标', actual: '70' } },
        { messageId: 'off', path: 'indicators', data: { level1: '效益指标', actual: '10' } },
      ],
    },
  ],
});
