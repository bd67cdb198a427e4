import { withRows } from '../../review/example-form';
import { signalTester } from '../signal-tester';
import { examples, signal } from './evidence-missing';

signalTester.run(signal, {
  silent: [
    { name: 'docs example (evidence everywhere)', ...examples.quiet },
    { name: 'evidence unknown', context: {} },
    {
      name: 'no evidence only where the score is below full',
      patch: { indicators: withRows({ 0: { actual: '80家', score: 16, deviation: '受疫情影响' } }), total: { score: 95.5 } },
      context: { evidence: [1, 2, 3, 4, 5, 6].map((i) => ({ indicatorIndex: i, count: 3 })) },
    },
  ],
  fires: [
    { name: 'docs example', ...examples.fires, messageId: 'missing', amount: 2, data: { count: 2, rowNo: 6, rowName: '持续跟踪服务企业数' } },
    { name: 'known but empty: every full-marks indicator counts', context: { evidence: [] }, messageId: 'missing', amount: 7 },
    { name: 'a count of 0 is no evidence', context: { evidence: [0, 1, 2, 3, 4, 5, 6].map((i) => ({ indicatorIndex: i, count: i === 3 ? 0 : 1 })) }, messageId: 'missing', amount: 1, data: { rowNo: 4 } },
  ],
});
