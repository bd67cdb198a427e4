import { withRows } from '../../review/example-form';
import { signalTester } from '../signal-tester';
import { examples, signal } from './claimed-over-proven';

const inflated = { name: '区域双创活跃度', target: '≥90%', actual: '≥15%', deviation: '疫情影响' };

signalTester.run(signal, {
  silent: [
    { name: 'docs example', ...examples.quiet },
    { name: 'a score below its evidence', patch: { indicators: withRows({ 0: { score: 15 } }), total: { score: 94.5 } } },
    { name: 'an unverifiable claim (counted by findings, not here)', patch: { indicators: withRows({ 5: { target: '中长期', actual: '中长期' } }) } },
    { name: 'a gap within the tolerance', patch: { indicators: withRows({ 1: { ...inflated, score: 1.67 } }) }, options: { tolerance: 0.01 } },
  ],
  fires: [
    { name: 'docs example', ...examples.fires, messageId: 'gap', amount: 8.33, data: { claimed: '99.5', proven: '91.17', gap: '8.33', count: 1, rowNo: 2, rowName: '区域双创活跃度', worstGap: '8.33' } },
    {
      name: 'gaps on two indicators add up; the larger one is named',
      patch: { indicators: withRows({ 1: inflated, 4: { actual: '25家' } }) },
      messageId: 'gap',
      amount: 8.33 + 7.5,
      data: { count: 2, rowNo: 2, rowName: '区域双创活跃度', gap: '15.83' },
    },
    {
      name: 'a row claimed below its evidence does not offset one claimed above it',
      patch: { indicators: withRows({ 0: { score: 12 }, 1: inflated }), total: { score: 91.5 } },
      messageId: 'gap',
      amount: 8.33,
      data: { claimed: '91.5', proven: '91.17', gap: '8.33', count: 1 },
    },
    {
      name: 'a form out of 110 is scaled to 100',
      patch: { indicators: withRows({ 1: inflated }, [{ level1: '效益指标', level2: '社会效益指标', name: '带动就业人数', target: '≥10人', actual: '12人', weight: 10, score: 10 }]), total: { weight: 110, score: 109.5 } },
      messageId: 'gap',
      amount: (8.33 * 100) / 110,
      data: { gap: '8.33' },
    },
    {
      name: 'an execution score above the rate, where it counts towards the total',
      patch: { funds: { total: { score: 10 } }, total: { score: 100 } },
      messageId: 'gapInFunds',
      amount: 0.5,
      data: { gap: '0.5', worstGap: '0.5' },
    },
  ],
});
