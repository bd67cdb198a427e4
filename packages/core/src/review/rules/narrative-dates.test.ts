import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './narrative-dates';

// Table test for narrative-dates: the docs examples plus the cases of the seed form.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    {
      name: 'paying the funds after the work is no contradiction',
      ev: form({ goals: { actual: '截至2020年9月，项目已全部完成，项目资金于12月末拨付完毕。' }, indicators: withRows({ 2: { name: '资金拨付时间', target: '2020年10月30日', actual: '12月30日' } }) }),
    },
    { name: 'a date without a claim of completion', ev: form({ goals: { actual: '2020年9月启动培训，全年培训企业105家。' } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'the seed form: 截至2020年9月 all done, the contest held 10月31日',
      ev: form({ goals: { actual: '截至2020年9月，项目已全部完成，因疫情原因，项目资金于12月末拨付完毕。' }, indicators: withRows({ 2: { name: '大赛举办完成时间', target: '≤10.31日', actual: '10月31日' } }) }),
      errors: [{ messageId: 'later', path: 'indicators[2].actual', data: { done: '2020年9月' } }],
    },
  ],
});
