import { beforeAll, describe, expect, it } from 'vitest';
import { seedForm1 } from '../../../core/src/testing/seed-forms';
import { buildView, rangeText } from './viewModel';
import { updateAt } from './update';
import { loadEngine } from './engine';

beforeAll(async () => {
  await loadEngine();
});

describe('buildView', () => {
  it('flags the claimed 10 for 区域双创活跃度 against what ≥15% proves, and clears it once corrected', () => {
    const ev = seedForm1();
    const v = buildView(ev);
    const row = v.rows[4];
    expect(row.scored?.check).toBe('above');
    expect(row.worst).toBe('error');
    expect(v.byPath.get('indicators[4].score')?.some((f) => f.severity === 'error')).toBe(true);
    const max = row.scored!.proven!.max;
    expect(max).toBeLessThan(10);

    const fixed = buildView(updateAt(ev, 'indicators[4].score', max));
    expect(fixed.rows[4].scored?.check).toBe('consistent');
    expect(fixed.byPath.get('indicators[4].score')?.some((f) => f.severity === 'error') ?? false).toBe(false);
  });

  it('marks rows whose 一级 is inferred from the 二级 (社会效益指标 under a merged 产出指标)', () => {
    const v = buildView(seedForm1());
    expect(v.rows[8].level1Inferred).toBe('效益指标');
    expect(v.rows[0].level1Inferred).toBeNull();
  });

  it('formats ranges', () => {
    expect(rangeText({ min: 8, max: 10 })).toBe('8–10');
    expect(rangeText({ min: 1.67, max: 1.67 })).toBe('1.67');
    expect(rangeText(null)).toBe('');
  });
});
