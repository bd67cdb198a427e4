import { signalTester } from '../signal-tester';
import { examples, signal } from './unit-always-high';

signalTester.run(signal, {
  silent: [
    { name: 'docs example (88 in 2019)', ...examples.quiet },
    { name: 'no history known', context: {} },
    { name: 'only two years known', context: { otherYears: [{ year: 2019, score: 99 }] } },
    { name: 'exactly 95 is not above 95', context: { otherYears: [{ year: 2018, score: 95 }, { year: 2019, score: 99 }] } },
    { name: 'a blank self-score in a year', context: { otherYears: [{ year: 2018, score: null }, { year: 2019, score: 99 }] } },
    { name: 'this year below', patch: { total: { score: 90 } }, context: { otherYears: [{ year: 2018, score: 98 }, { year: 2019, score: 99 }] } },
  ],
  fires: [
    { name: 'docs example', ...examples.fires, messageId: 'always', amount: 1, data: { years: '2018–2020', count: 3, scores: '2018: 98, 2019: 97.5, 2020: 99.5' } },
    {
      name: 'two forms in one year count one year, and both must be high',
      context: { otherYears: [{ year: 2017, score: 96 }, { year: 2019, score: 97 }, { year: 2019, score: 100 }] },
      messageId: 'always',
      amount: 1,
      data: { count: 3, years: '2017–2020' },
    },
    { name: 'a profile can ask for fewer years and a lower bar', context: { otherYears: [{ year: 2019, score: 91 }] }, options: { minYears: 2, above: 90 }, messageId: 'always', amount: 1, data: { count: 2, above: '90' } },
  ],
});
