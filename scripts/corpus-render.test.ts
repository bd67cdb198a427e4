/**
 * The corpus renderings (fixtures/corpus/NNN.cells.txt, NNN.flat.txt, INDEX.md) are what
 * scripts/corpus-render.ts makes from the NNN.json files, and the renderer makes the five shared
 * real-forms fixtures' own renderings from theirs, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCells, renderFlat, type CorpusForm } from './corpus-form';
import { corpusIds, staleRenderings } from './corpus-render';
import { SHARED_DIR, SHARED_IDS } from './corpus-measure';

describe('corpus renderings', () => {
  it('holds at least 25 forms', () => {
    expect(corpusIds().length).toBeGreaterThanOrEqual(25);
  });

  it('are current (run: node bin/tsx.js scripts/corpus-render.ts)', () => {
    expect(staleRenderings()).toEqual([]);
  });

  it.each(SHARED_IDS)('reproduce the shared fixture %s', (id) => {
    const form = JSON.parse(readFileSync(join(SHARED_DIR, `${id}.json`), 'utf8')) as CorpusForm;
    const cells = renderCells(form);
    expect(cells).toBe(readFileSync(join(SHARED_DIR, `${id}.cells.txt`), 'utf8'));
    expect(renderFlat(cells)).toBe(readFileSync(join(SHARED_DIR, `${id}.flat.txt`), 'utf8'));
  });

  it('write a unit column after bare numbers only, and keep printed blanks blank', () => {
    const base: CorpusForm = {
      source: null, year: null, region: null, projectName: null, department: null, implementer: null,
      title: null, header: false, goals: null, goalsZh: null, total: null, layoutNotes: '', expectedFindings: [],
      fundRows: [{ label: '总额', initial: null, adjusted: '3.36', executed: '3.36', weight: '10', rate: '100.00%', score: null }],
      indicators: [
        { level1: '产出指标', level2: '数量指标', level3: 'a', nature: '≤', target: '30', unit: '万元', actual: '完成', weight: 90, score: 90, deviation: '' },
        { level1: '产出指标', level2: '质量指标', level3: 'b', nature: '=', target: '100', unit: '%', actual: '100', weight: 10, score: 9, deviation: '' },
      ],
    };
    const cells = renderCells(base);
    expect(cells).toContain('\t≤30万元\n\t完成\n');
    expect(cells).toContain('\t=100%\n\t100%\n');
    // A blank 得分 on the page stays blank (the shared fixtures' dash is for their unused cells).
    expect(cells).toContain('\t总额\n\t\n\t3.36\n\t3.36\n\t10\n\t100.00%\n\t\n');
    expect(cells.startsWith('\t项目资金（万元）')).toBe(true);
  });
});
