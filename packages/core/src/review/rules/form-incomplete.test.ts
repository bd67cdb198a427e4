import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './form-incomplete';

const LAYOUT = { title: true, header: true, funds: true, goals: true, indicatorHeader: true, total: true } as const;

// Table test for form-incomplete: the docs examples plus each piece of evidence on its own.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'a form typed in the editor (no layout) with its 总分 filled', ev: form() },
    { name: 'a form without any scores has no 总分 to leave blank', ev: form({ layout: LAYOUT, indicators: withRows({ 0: { weight: null, score: null } }).map((r) => ({ ...r, weight: null, score: null })), total: { weight: null, score: null } }) },
    {
      name: 'a short last row is a defect of a form that shows its 总分, not a cut',
      ev: form({ layout: LAYOUT, indicators: withRows({}, [{ level1: '满意度指标', name: '公众满意度', target: '', actual: '', weight: null, score: null }]) }),
    },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a 总分 row printed blank',
      ev: form({ layout: LAYOUT, total: { weight: null, score: null } }),
      errors: [{ messageId: 'incomplete', path: '', data: { parts: 'total-blank' } }],
    },
    {
      name: 'a continuation page: no title, header or goals',
      ev: form({ layout: { ...LAYOUT, title: false, header: false, goals: false } }),
      errors: [{ messageId: 'incomplete', path: '', data: { parts: 'start' } }],
    },
    {
      name: 'no 总分 row and a last row with a weight but no score',
      ev: form({ layout: { ...LAYOUT, total: false }, indicators: withRows({ 6: { actual: '', score: null } }) }),
      errors: [{ messageId: 'incomplete', path: '', data: { parts: 'total,last-row', what: '没有总分行；最后一行“参训企业满意度”不完整' } }],
    },
  ],
});
