import { expect } from 'vitest';
import type { Finding, Severity } from '../../review/types';
import { signalTester } from '../signal-tester';
import { examples, signal } from './findings';

function finding(ruleId: string, severity: Severity): Finding {
  return { ruleId, severity, path: '', messageId: 'x', message: { zh: '', en: '' }, data: {} };
}

signalTester.run(signal, {
  silent: [
    { name: 'docs example', ...examples.quiet },
    { name: 'info findings count nothing by default', findings: [finding('level1-inferred', 'info'), finding('time-target-missed', 'info')] },
    { name: 'rules another signal counts are excluded', findings: [finding('score-inflated', 'error'), finding('over-achievement', 'warning')] },
  ],
  fires: [
    {
      name: 'docs example: the rules named by their titles in each language, their ids kept',
      ...examples.fires,
      messageId: 'found',
      amount: 4 * 1.25 + 1.5 * 0.5,
      data: { errors: 1, warnings: 1, rules: 'funds-rate-mismatch, goals-empty', ruleNames: { zh: '执行率计算错误；年度总体目标未填写', en: 'Execution rate miscomputed; Annual goals left blank' } },
    },
    {
      name: 'severity times category factor, repeated rules counted',
      findings: [finding('total-sum', 'error'), finding('target-unmeasurable', 'warning'), finding('target-unmeasurable', 'warning'), finding('unverifiable-claim', 'warning')],
      messageId: 'found',
      amount: 4 * 1 + 2 * 1.5 * 0.75 + 1.5 * 1.5,
      data: { errors: 1, warnings: 3, rules: 'total-sum, target-unmeasurable ×2, unverifiable-claim', ruleNames: { zh: expect.stringContaining('指标值不可衡量 ×2'), en: expect.stringContaining('Target that cannot be measured ×2') } },
    },
    {
      name: 'a profile can count info and stop excluding',
      findings: [finding('level1-inferred', 'info'), finding('score-inflated', 'error')],
      options: { info: 1, exclude: [] },
      messageId: 'errors',
      amount: 1 * 0.5 + 4 * 1.5,
      data: { errors: 1, infos: 1 },
    },
    { name: 'a rule failure counts as a structure problem', findings: [finding('internal-error', 'error')], messageId: 'errors', amount: 2, data: { errors: 1, rules: 'internal-error' } },
    { name: 'warnings alone are named alone', findings: [finding('goals-empty', 'warning')], messageId: 'warnings', amount: 0.75, data: { warnings: 1 } },
    { name: 'infos alone, when a profile counts them', findings: [finding('level1-inferred', 'info')], options: { info: 2 }, messageId: 'infos', amount: 1, data: { infos: 1, rules: 'level1-inferred' } },
  ],
});
