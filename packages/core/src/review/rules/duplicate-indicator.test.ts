import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './duplicate-indicator';

// Table test for duplicate-indicator: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'spacing differences only look alike when the text is the same', ev: form({ indicators: withRows({ 1: { name: '培训考核 合格率' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a duplicate row',
      ev: form({ indicators: withRows({}, [{ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 0, score: 0 }]) }),
      errors: [{ messageId: 'duplicate', path: 'indicators[7].name', data: { firstRow: 7 } }],
    },
  ],
});
