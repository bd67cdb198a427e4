import { withRows } from '../../review/example-form';
import { signalTester } from '../signal-tester';
import { examples, signal } from './over-achievement-unexplained';

signalTester.run(signal, {
  silent: [
    { name: 'docs example (a reason given)', ...examples.quiet },
    { name: 'clean base form', patch: {} },
    { name: 'exactly at the 20% threshold', patch: { indicators: withRows({ 0: { actual: '120家' } }) } },
    { name: 'boilerplate is not a reason … but points were deducted', patch: { indicators: withRows({ 0: { actual: '150家', score: 18, deviation: '无' } }), total: { score: 97.5 } } },
  ],
  fires: [
    { name: 'docs example', ...examples.fires, messageId: 'over', amount: 1, data: { count: 1, rowNo: 1, rowName: '培训企业数', over: '110%' } },
    {
      name: 'two indicators, the larger over-achievement named; "无" is no reason',
      patch: { indicators: withRows({ 0: { actual: '130家', deviation: '无' }, 4: { actual: '100家' } }) },
      messageId: 'over',
      amount: 2,
      data: { count: 2, rowName: '经营能力提升企业数', over: '100%' },
    },
  ],
});
