import { signalTester } from '../signal-tester';
import { examples, signal } from './execution-off';

const rate = (executed: string) => ({ total: { executed, rate: null }, fiscal: { executed, rate: null } });

signalTester.run(signal, {
  silent: [
    { name: 'docs example (95%)', ...examples.quiet },
    { name: 'exactly at the tolerance (95% with 5 points)', patch: { funds: rate('95') } },
    { name: 'no rate can be computed', patch: { funds: { total: { adjusted: null, initial: null, executed: null }, fiscal: { adjusted: null, initial: null, executed: null } } } },
  ],
  fires: [
    { name: 'docs example', ...examples.fires, messageId: 'low', amount: 33, data: { rate: '62%', off: '38' } },
    { name: 'overspent counts too', patch: { funds: rate('112.5') }, messageId: 'high', amount: 7.5, data: { rate: '112.5%', off: '12.5' } },
    { name: 'exact decimals: 45.8966 of 50', patch: { funds: { total: { adjusted: '50', executed: '45.8966', rate: null }, fiscal: { adjusted: '50', executed: '45.8966', rate: null } } }, messageId: 'low', amount: 3.2068, data: { off: '8.21' } },
    { name: 'a stricter profile', patch: { funds: rate('97') }, options: { tolerance: 0 }, messageId: 'low', amount: 3 },
  ],
});
