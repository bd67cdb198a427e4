import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './evidence-required';

const counts = (...idx: number[]) => idx.map((i) => ({ indicatorIndex: i, count: 1 }));

// Table test for evidence-required: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'no evidence data given (a file reviewed on its own)', ev: form() },
    { name: 'output rows need no evidence under the default template', ev: form(), context: { evidence: counts(4, 5, 6) } },
    { name: 'points deducted on a 效益 row without evidence', ev: form({ indicators: withRows({ 4: { score: 12 } }) }), context: { evidence: counts(5, 6) } },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'no evidence at all: every full 效益 and 满意度 row, in row order',
      ev: form(),
      context: { evidence: [] },
      errors: [
        { messageId: 'noEvidence', path: 'indicators[4].score', data: { rowNo: 5 } },
        { messageId: 'noEvidence', path: 'indicators[5].score', data: { rowNo: 6 } },
        { messageId: 'noEvidence', path: 'indicators[6].score', data: { rowNo: 7, rowName: '参训企业满意度' } },
      ],
    },
    {
      name: 'a count of zero is no evidence',
      ev: form(),
      context: { evidence: [{ indicatorIndex: 4, count: 0 }, ...counts(5, 6)] },
      errors: [{ messageId: 'noEvidence', path: 'indicators[4].score' }],
    },
  ],
});
