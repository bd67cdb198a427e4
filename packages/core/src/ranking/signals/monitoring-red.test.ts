import { withRows } from '../../review/example-form';
import { signalTester } from '../signal-tester';
import { examples, signal } from './monitoring-red';

signalTester.run(signal, {
  silent: [
    { name: 'docs example (all green)', ...examples.quiet },
    { name: 'no monitoring data', context: {} },
    { name: 'an empty list', context: { monitoring: [] } },
  ],
  fires: [
    { name: 'docs example', ...examples.fires, messageId: 'lightsExample', amount: 2.3, data: { red: 1, yellow: 1, redFull: 1, rowNo: 1, rowName: '培训企业数' } },
    {
      name: 'a red light on an indicator that then lost points adds nothing extra',
      patch: { indicators: withRows({ 0: { actual: '80家', score: 16, deviation: '受疫情影响' } }), total: { score: 95.5 } },
      context: { monitoring: [{ indicatorIndex: 0, light: 'red' }] },
      messageId: 'lights',
      amount: 1,
      data: { redFull: 0 },
    },
    { name: 'yellow lights alone', context: { monitoring: [{ indicatorIndex: 1, light: 'yellow' }, { indicatorIndex: 2, light: 'yellow' }] }, messageId: 'lights', amount: 0.6, data: { red: 0, yellow: 2 } },
    { name: 'a light on an index the form does not have still counts', context: { monitoring: [{ indicatorIndex: 40, light: 'red' }] }, messageId: 'lights', amount: 1, data: { redFull: 0 } },
  ],
});
