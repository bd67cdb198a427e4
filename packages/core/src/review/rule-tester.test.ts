import { describe, expect, it } from 'vitest';
import { exampleForm } from './example-form';
import { verifyRule } from './rule-tester';
import type { Rule } from './types';

// A tiny rule reporting the first indicator's score, for testing the tester itself.
function probe(over: Partial<Rule> = {}): Rule {
  return {
    id: 'probe',
    category: 'score',
    defaultSeverity: 'warning',
    docs: { title: { zh: '探针', en: 'probe' }, description: { zh: '', en: '' }, basis: { zh: '', en: '' }, fix: { zh: '', en: '' } },
    messages: { hit: { zh: '得分 {score}', en: 'score {score}' } },
    defaultOptions: { limit: 15 },
    inspect({ scored, options, report }) {
      const s = scored.evaluation.indicators[0]?.score ?? 0;
      if (s > (options.limit as number)) report({ path: 'indicators[0].score', messageId: 'hit', data: { score: s } });
    },
    ...over,
  };
}

const valid = [{ ev: exampleForm({ indicators: [{ name: 'a', weight: 10, score: 10 }] }) }];
const invalid = [{ ev: exampleForm(), errors: [{ messageId: 'hit', path: 'indicators[0].score', data: { score: 20 } }] }];

describe('rule tester', () => {
  it('passes a correct rule and table', () => {
    expect(verifyRule(probe(), { valid, invalid })).toEqual([]);
  });
  it('fails when a case expects the wrong path, message or data', () => {
    expect(verifyRule(probe(), { valid, invalid: [{ ...invalid[0], errors: [{ messageId: 'hit', path: 'indicators[1].score' }] }] }).join()).toMatch(/expected hit@indicators\[1\]/);
    expect(verifyRule(probe(), { valid, invalid: [{ ...invalid[0], errors: [{ messageId: 'hit', path: 'indicators[0].score', data: { score: 3 } }] }] }).join()).toMatch(/does not match/);
    expect(verifyRule(probe(), { valid: invalid, invalid }).join()).toMatch(/expected no report/);
  });
  it('rejects unknown and unused message ids', () => {
    const unknown = probe({ inspect: ({ report }) => report({ path: 'total.score', messageId: 'nope' }) });
    expect(verifyRule(unknown, { valid: [], invalid: [{ ev: exampleForm(), errors: [{ messageId: 'nope', path: 'total.score' }] }] }).join()).toMatch(/unknown messageId "nope"/);
    const unused = probe({ messages: { hit: { zh: '{score}', en: '{score}' }, never: { zh: 'x', en: 'x' } } });
    expect(verifyRule(unused, { valid, invalid })).toContain('message "never" is never produced by an invalid case');
  });
  it('rejects a table without valid or invalid cases', () => {
    expect(verifyRule(probe(), { valid: [], invalid })).toContain('no valid case');
    expect(verifyRule(probe(), { valid, invalid: [] })).toContain('no invalid case');
  });
  it('catches a rule that mutates its input', () => {
    const mutating = probe({
      inspect({ scored, report }) {
        (scored.evaluation.indicators[0] as { score: number | null }).score = 0;
        report({ path: 'indicators[0].score', messageId: 'hit', data: { score: 0 } });
      },
    });
    expect(verifyRule(mutating, { valid: [], invalid }).join()).toMatch(/mutates its input/);
  });
  it('catches paths outside the Evaluation and missing message data', () => {
    const bad = probe({ inspect: ({ report }) => report({ path: 'indicators[99].score', messageId: 'hit' }) });
    const problems = verifyRule(bad, { valid: [], invalid: [{ ev: exampleForm(), errors: [{ messageId: 'hit', path: 'indicators[99].score' }] }] }).join('\n');
    expect(problems).toMatch(/does not point into the Evaluation/);
    expect(problems).toMatch(/needs data.score/);
  });
  it('rejects options the rule does not declare', () => {
    expect(verifyRule(probe(), { valid: [{ ...valid[0], options: { limt: 3 } }], invalid }).join()).toMatch(/unknown option "limt"/);
  });
});
