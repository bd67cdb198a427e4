/** `convert --target` and `check --target`: the 绩效目标申报表 from JSON, xlsx or docx, written in its official layouts and reviewed at target time. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewTargetForm } from '@jixiao/core';
import { importTargetForms } from '@jixiao/formats';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';
import { run } from '../src/main';
import { captureIo } from './helpers';

const target = seedTargetForm1();

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'jixiao-cli-target-'));
  writeFileSync(join(d, 't.json'), JSON.stringify(target));
  return d;
}

describe('jixiao convert --target', () => {
  it('writes a target form JSON as the official 申报表 (xlsx, docx) that reads back the same, and back to JSON', async () => {
    const d = folder();
    for (const to of ['xlsx', 'docx'] as const) {
      const io = captureIo(d);
      expect(await run(['convert', join(d, 't.json'), '--target', '--to', to, '-o', `t.${to}`], io)).toBe(0);
      expect(io.stderr).toContain(`t.${to}`);
      const r = await importTargetForms(new Uint8Array(readFileSync(join(d, `t.${to}`))));
      expect(r.ok && r.forms.map((f) => f.form)).toEqual([target]);
    }
    const io = captureIo(d);
    expect(await run(['convert', join(d, 't.xlsx'), '--target', '--to', 'json'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual(target);
    const pdf = captureIo(d);
    expect(await run(['convert', join(d, 't.json'), '--target', '--to', 'pdf', '-o', 't.pdf'], pdf)).toBe(0);
    expect(readFileSync(join(d, 't.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses a format the 申报表 has no layout in, and says where a file is not a target form', async () => {
    const d = folder();
    const csv = captureIo(d);
    expect(await run(['convert', join(d, 't.json'), '--target', '--to', 'csv'], csv)).toBe(2);
    expect(csv.stderr).toContain('--to');
    writeFileSync(join(d, 'bad.json'), JSON.stringify({ ...target, indicators: [{ ...target.indicators[0], weight: '十' }] }));
    const bad = captureIo(d);
    expect(await run(['convert', join(d, 'bad.json'), '--target', '--to', 'xlsx', '-o', 'x.xlsx'], bad)).toBe(2);
    expect(bad.stderr).toContain('bad.json: 不是有效的绩效目标申报表：indicators[0].weight');
  });
});

describe('jixiao check --target', () => {
  it('reviews the targets as at filing: the target rules, exit 1 on error-level findings', async () => {
    const d = folder();
    const io = captureIo(d);
    const expected = reviewTargetForm(target);
    const code = await run(['check', join(d, 't.json'), '--target', '--format', 'json'], io);
    const out = JSON.parse(io.stdout);
    expect(out.forms[0].findings.map((f: { ruleId: string; path: string }) => `${f.ruleId}@${f.path}`)).toEqual(expected.map((f) => `${f.ruleId}@${f.path}`));
    expect(out.forms[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('target-unmeasurable');
    expect(code).toBe(expected.some((f) => f.severity === 'error') ? 1 : 0);
    // A row with no name blocks submission: an error, named by its row.
    writeFileSync(join(d, 'blank.json'), JSON.stringify({ ...target, indicators: [{ ...target.indicators[0], name: '' }, ...target.indicators.slice(1)] }));
    const text = captureIo(d);
    expect(await run(['check', join(d, 'blank.json'), '--target'], text)).toBe(1);
    expect(text.stdout).toContain('第1项指标');
    expect(text.stdout).toContain('[indicator-name-empty]');
  });
});
