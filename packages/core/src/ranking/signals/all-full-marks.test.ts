import { withRows } from '../../review/example-form';
import { signalTester } from '../signal-tester';
import { examples, signal } from './all-full-marks';

const fullFunds = { total: { executed: '100', rate: '100%', score: 10 }, fiscal: { executed: '100', rate: '100%' } };

signalTester.run(signal, {
  silent: [
    { name: 'docs example (99.5)', ...examples.quiet },
    { name: '总分 printed as 100 but one indicator short of full', patch: { funds: fullFunds, indicators: withRows({ 0: { score: 19 } }), total: { score: 100 } } },
    { name: 'every indicator full but the execution score is not', patch: { total: { score: 100 } } },
    { name: 'no weighted indicator (only the execution row scores)', patch: { funds: fullFunds, indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家' }], total: { weight: null, score: null } } },
  ],
  fires: [
    { name: 'docs example', ...examples.fires, messageId: 'full', amount: 1, data: { claimed: '100', total: '100', count: 7 } },
    {
      name: 'funds reported apart (indicators-100): the indicators alone make 100',
      patch: {
        template: 'indicators-100',
        funds: { total: { weight: 100, score: 100 } },
        indicators: withRows({ 0: { weight: 30, score: 30 } }),
        total: { weight: 100, score: 100 },
      },
      messageId: 'full',
      amount: 1,
      data: { count: 7 },
    },
  ],
});
