import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './monitoring-contradicted';

const note = (indicatorIndex: number, likelihood: 'certain' | 'possible' | 'impossible') => ({ indicatorIndex, period: '1–7月', likelihood, completed: '' });

// Table test for monitoring-contradicted: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'no monitoring given', ev: form() },
    { name: 'impossible, and points deducted', ev: form({ indicators: withRows({ 0: { score: 15 } }) }), context: { monitoring: [note(0, 'impossible')] } },
    { name: 'impossible, full marks, a reason given', ev: form({ indicators: withRows({ 0: { deviation: '8月追加两期培训，已完成' } }) }), context: { monitoring: [note(0, 'impossible')] } },
    { name: 'a note for a row that does not exist', ev: form(), context: { monitoring: [note(40, 'impossible')] } },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a boilerplate reason is no reason; a blank completed value shows as a dash',
      ev: form({ indicators: withRows({ 6: { deviation: '无' } }) }),
      context: { monitoring: [note(6, 'impossible'), note(1, 'certain')] },
      errors: [{ messageId: 'impossibleThenFull', path: 'indicators[6].score', data: { completed: '—' } }],
    },
  ],
});
