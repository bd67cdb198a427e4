import { signalTester } from '../signal-tester';
import { examples, signal } from './funds-size';

const budget = (adjusted: string | null, initial = adjusted) => ({ total: { adjusted, initial }, fiscal: { adjusted, initial } });

signalTester.run(signal, {
  silent: [
    { name: 'docs example (8 万元)', ...examples.quiet },
    { name: 'exactly at the floor', patch: { funds: budget('10') } },
    { name: 'no budget figures', patch: { funds: budget(null) } },
    { name: '100,000 元 is 10 万元: at the floor', patch: { unit: '元', funds: budget('100000') } },
  ],
  fires: [
    { name: 'docs example (100 万元)', ...examples.fires, messageId: 'size', amount: 1, data: { amount: '100', unit: '万元', times: '10' } },
    { name: '1 亿元 (10000 万元) is three decades', patch: { funds: budget('10000') }, messageId: 'size', amount: 3 },
    { name: 'a form in 元 is converted to 万元', patch: { unit: '元', funds: budget('10000000') }, messageId: 'size', amount: 2, data: { amount: '10000000', unit: '元' } },
    { name: 'the initial budget when the adjusted one is blank', patch: { funds: budget(null, '45.8966') }, messageId: 'size', amount: Math.log10(4.58966), data: { amount: '45.8966', times: '4.59' } },
  ],
});
