import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './target-below-history';

const prior = (year: number, name: string, actual: string) => ({ year, name, target: '', actual });

// Table test for target-below-history: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'no history given', ev: form() },
    { name: 'equal to the prior actual', ev: form(), context: { history: [prior(2019, '培训企业数', '100家')] } },
    { name: 'a later year does not count', ev: form(), context: { history: [prior(2021, '培训企业数', '300家')] } },
    { name: 'too far back', ev: form(), context: { history: [prior(2015, '培训企业数', '300家')] } },
    { name: 'a ceiling target (cost) is not a target to reach', ev: form(), context: { history: [prior(2019, '培训总成本', '60万元')] } },
    { name: 'the prior actual is a ceiling', ev: form(), context: { history: [prior(2019, '培训企业数', '≤200家')] } },
    { name: 'incompatible units', ev: form(), context: { history: [prior(2019, '培训企业数', '150万元')] } },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'the most recent year with an actual is compared; names match without spaces',
      ev: form({ indicators: withRows({ 1: { target: '≥90%' } }) }),
      context: { history: [prior(2018, '培训考核合格率', '80%'), prior(2019, '培训 考核 合格率', '97%'), prior(2019, '培训企业数', '')] },
      errors: [{ messageId: 'belowPrior', path: 'indicators[1].target', data: { year: 2019, actual: '97%' } }],
    },
    {
      name: 'a bare prior number in the target unit',
      ev: form({ indicators: withRows({ 0: { target: '≥2家' } }) }),
      context: { history: [prior(2019, '培训企业数', '4')] },
      errors: [{ messageId: 'belowPrior', path: 'indicators[0].target', data: { target: '≥2家', actual: '4' } }],
    },
  ],
});
