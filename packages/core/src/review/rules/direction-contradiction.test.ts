import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './direction-contradiction';

// Table test for direction-contradiction: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'only the head clause names the measure', ev: form({ indicators: withRows({ 4: { name: '年组织银企对接不低于2次，帮助企业降低融资成本。', target: '≥2次', actual: '2次' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a pass rate with a ceiling',
      ev: form({ indicators: withRows({ 1: { target: '≤90%' } }) }),
      errors: [{ messageId: 'expectedGe', path: 'indicators[1].target', data: { target: '≤90%' } }],
    },
  ],
});
