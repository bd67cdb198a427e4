import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './unit-mismatch';

// Table test for unit-mismatch: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a bare actual beside a unit target is read in that unit', ev: form({ indicators: withRows({ 0: { actual: '105' } }) }) },
    { name: 'the name\'s unit agrees with the target', ev: form({ indicators: withRows({ 0: { name: '全年培训企业不少于100家' } }) }) },
    { name: 'a time window in the name is not the value\'s unit', ev: form({ indicators: withRows({ 1: { name: '72小时办结率' }, 0: { name: '孕产妇7天访视数', target: '≥100人', actual: '105人' } }) }) },
    { name: 'the unit printed in brackets after the name', ev: form({ indicators: withRows({ 0: { name: '服务外包在岸(万美元)', target: '20000', actual: '23333.56' } }) }) },
    { name: 'a proportion of zero needs no unit', ev: form({ indicators: withRows({ 1: { name: '库存粮食明显变质比例', target: '0', actual: '0' } }) }) },
    { name: 'the same number under unrelated units is a coincidence', ev: form({ indicators: withRows({ 0: { target: '≥14种', actual: '14种' }, 4: { name: '报告病例数', target: '≥10例', actual: '14例' } }) }) },
    { name: 'a head-count in 人', ev: form({ indicators: withRows({ 0: { name: '保障村干部人数', target: '≥100人', actual: '105人' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a rate measured in people',
      ev: form({ indicators: withRows({ 1: { name: '家庭医生签约率', target: '24694人', actual: '22584人' } }) }),
      errors: [{ messageId: 'rateInCount', path: 'indicators[1].target', data: { unit: '人' } }],
    },
    {
      name: 'a head-count in 个, and in 人次',
      ev: form({ indicators: withRows({ 0: { name: '保障村干部人数', target: '≥100个', actual: '105个' }, 4: { name: '学生受资助人数', target: '≥50人次', actual: '55人次' } }) }),
      errors: [
        { messageId: 'headCountUnit', path: 'indicators[0].target', data: { unit: '个' } },
        { messageId: 'headCountUnit', path: 'indicators[4].target', data: { unit: '人次' } },
      ],
    },
    {
      name: '万元 target, unconverted 元 actual',
      ev: form({ indicators: withRows({ 3: { actual: '950000' } }) }),
      errors: [{ messageId: 'scale', path: 'indicators[3].actual' }],
    },
    {
      name: 'bare numbers on both sides',
      ev: form({ indicators: withRows({ 1: { target: '100', actual: '100' } }) }),
      errors: [{ messageId: 'noUnit', path: 'indicators[1].target', severity: 'info' }],
    },
    {
      name: 'heads and person-times mixed',
      ev: form({ indicators: withRows({ 0: { target: '≥59人次', actual: '87人次' }, 4: { target: '≥80人', actual: '87人' } }) }),
      errors: [{ messageId: 'mixedCounts', path: 'indicators[4].actual', data: { otherRow: 1, other: '87人次' } }],
    },
    {
      name: 'tonnes in the name, a percentage as target',
      ev: form({ indicators: withRows({ 0: { name: '5000吨稻谷储备到位率', target: '100%', actual: '100%' } }) }),
      errors: [{ messageId: 'nameUnit', path: 'indicators[0].name', severity: 'info', data: { nameUnits: '吨', targetUnit: '%' } }],
    },
  ],
});
