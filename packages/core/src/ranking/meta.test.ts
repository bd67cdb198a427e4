/**
 * The meta-test of the signals: every registered signal has docs in both languages, documented
 * options with a weight and a cap, a test file beside it that runs its docs examples, examples
 * that fire and stay silent as documented, and a current section in docs/ranking.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRankingDoc } from './docs';
import { exampleInput } from './example';
import { measureForm } from './rank';
import { SIGNAL_EXAMPLES, SIGNALS } from './signals';

const here = dirname(fileURLToPath(import.meta.url));
const docPath = join(here, '..', '..', '..', '..', 'docs', 'ranking.md');

describe.each(SIGNALS.map((s) => [s.id, s] as const))('signal %s', (id, s) => {
  it('has docs and messages in both languages', () => {
    for (const key of ['title', 'what', 'why', 'unit'] as const) {
      expect(s.docs[key].zh.trim(), `${key}.zh`).not.toBe('');
      expect(s.docs[key].en.trim(), `${key}.en`).not.toBe('');
      expect(s.docs[key].zh, `${key}.zh is Chinese`).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const [mid, m] of Object.entries(s.messages)) expect([m.zh.trim() !== '', m.en.trim() !== ''], mid).toEqual([true, true]);
  });

  it('has a weight, a cap, and every option documented', () => {
    expect(typeof s.defaultOptions.weight).toBe('number');
    expect(typeof s.defaultOptions.cap).toBe('number');
    expect(Object.keys(s.optionDocs).sort()).toEqual(Object.keys(s.defaultOptions).sort());
  });

  it('has a table test that runs its docs examples', () => {
    const file = join(here, 'signals', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    const src = readFileSync(file, 'utf8');
    expect(src).toContain(`from './${id}'`);
    expect(src).toMatch(/signalTester\.run\(signal,/);
    expect(src).toContain('...examples.fires');
    expect(src).toContain('...examples.quiet');
  });

  it('fires on its firing example and stays silent on its quiet one', () => {
    const ex = SIGNAL_EXAMPLES.get(id)!;
    const only = new Map([[id, s.defaultOptions]]);
    expect(measureForm(exampleInput(ex.fires), only, [s]).map((h) => h.signalId)).toEqual([id]);
    expect(measureForm(exampleInput(ex.quiet), only, [s])).toEqual([]);
  });

  it('is documented in docs/ranking.md', () => {
    const doc = readFileSync(docPath, 'utf8');
    expect(doc).toContain(`<a id="${id}"></a>`);
    expect(doc).toContain(`(\`${id}\`)`);
  });
});

describe('signal registry', () => {
  it('docs/ranking.md is current (npm run docs)', () => {
    expect(readFileSync(docPath, 'utf8')).toBe(renderRankingDoc());
  });
  it('every signal file is registered, once', () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const onDisk = readdirSync(join(here, 'signals')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
    expect(new Set(onDisk)).toEqual(new Set(ids));
  });
});
