import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './satisfaction-target';

// Table test for satisfaction-target: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a target above 100% is value-unreadable\'s finding', ev: form({ indicators: withRows({ 6: { target: '290%' } }) }) },
    { name: 'an incident count in the block is misfiled-indicator\'s concern', ev: form({ indicators: withRows({}, [{ level1: '满意度指标', level2: '服务对象满意度指标', name: '粮食安全事件发生数', target: '0起', actual: '0起' }]) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a satisfaction target below 90%, bare',
      ev: form({ indicators: withRows({ 6: { target: '85%' } }) }),
      errors: [{ messageId: 'belowMin', path: 'indicators[6].target', data: { target: '85%', min: 90 } }],
    },
  ],
});
