import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './target-cannot-fail';

// Table test for target-cannot-fail: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: '≤0 incidents is a real target', ev: form({ indicators: withRows({}, [{ level1: '效益指标', level2: '社会效益指标', name: '安全事故发生数', target: '≤0起', actual: '0起', weight: 0, score: 0 }]) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a rate capped at 100%',
      ev: form({ indicators: withRows({ 1: { target: '≤100%' } }) }),
      errors: [{ messageId: 'ceilingAll', path: 'indicators[1].target' }],
    },
  ],
});
