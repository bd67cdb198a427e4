/**
 * The meta-test (ESLint's checkRuleFiles): every registered rule has docs in both languages, a
 * table test beside it that runs its docs examples, a current docs page, and examples that pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRuleCatalogue, renderRuleDoc } from './docs';
import { exampleCase } from './example-form';
import { verifyInvalid, verifyValid } from './rule-tester';
import { RULE_EXAMPLES, RULES } from './rules';

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = join(here, '..', '..', '..', '..', 'docs', 'rules');

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('has docs in both languages', () => {
    for (const key of ['title', 'description', 'basis', 'fix'] as const) {
      expect(rule.docs[key].zh.trim(), `${key}.zh`).not.toBe('');
      expect(rule.docs[key].en.trim(), `${key}.en`).not.toBe('');
      expect(rule.docs[key].zh, `${key}.zh is Chinese`).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [mid, m] of Object.entries(rule.messages)) expect([m.zh.trim() !== '', m.en.trim() !== ''], mid).toEqual([true, true]);
  });

  it('has a table test that runs its docs examples', () => {
    const file = join(here, 'rules', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    const src = readFileSync(file, 'utf8');
    expect(src).toContain(`from './${id}'`);
    expect(src).toMatch(/ruleTester\.run\(rule,/);
    expect(src).toContain('exampleCase(examples.right)');
    expect(src).toContain('exampleCase(examples.wrong)');
  });

  it('has a wrong and a right example that behave as documented', () => {
    const ex = RULE_EXAMPLES.get(id)!;
    expect(ex.wrong.errors.length).toBeGreaterThan(0);
    expect(verifyInvalid(rule, exampleCase(ex.wrong)).problems).toEqual([]);
    expect(verifyValid(rule, exampleCase(ex.right))).toEqual([]);
  });

  it('has a current docs page', () => {
    const file = join(docsDir, `${id}.md`);
    expect(existsSync(file), 'run npm run docs').toBe(true);
    expect(readFileSync(file, 'utf8'), 'docs/rules is stale: run npm run docs').toBe(renderRuleDoc(rule));
  });
});

describe('rule catalogue', () => {
  it('docs/rules/README.md is current', () => {
    expect(readFileSync(join(docsDir, 'README.md'), 'utf8')).toBe(renderRuleCatalogue(RULES));
  });
  it('every rule file is registered', () => {
    const files = new Set(RULES.map((r) => r.id));
    const onDisk = readdirSync(join(here, 'rules')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
    expect(new Set(onDisk)).toEqual(files);
  });
});
