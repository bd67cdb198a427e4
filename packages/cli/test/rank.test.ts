import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRankingXlsx } from '@jixiao/formats';
import { run } from '../src/main';
import { captureIo, SEED } from './helpers';

const tmp = () => mkdtempSync(join(tmpdir(), 'jixiao-rank-'));

describe('jixiao rank', () => {
  it('ranks seed form 1 (claims 99, proven at most 90.67, 区域双创活跃度 inflated) above form 2, with reasons', async () => {
    const io = captureIo();
    expect(await run(['rank', SEED], io)).toBe(0);
    const lines = io.stdout.split('\n');
    const first = lines.findIndex((l) => /^\s+1\s.*seed-2020\.txt#1/.test(l));
    const second = lines.findIndex((l) => /^\s+2\s.*seed-2020\.txt#2/.test(l));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    const reasons = lines.slice(first + 1, second).join('\n');
    expect(reasons).toContain('自评虚高 +24.99：自评 99 分，证据最多支持 90.67 分');
    expect(reasons).toContain('「区域双创活跃度」');
    expect(lines.slice(second + 1).join('\n')).toContain('满分自评 +10');
  });

  it('--json gives each form its score and signals with ids and data', async () => {
    const io = captureIo();
    expect(await run(['rank', SEED, '--json'], io)).toBe(0);
    const { forms, sample } = JSON.parse(io.stdout);
    expect(sample).toBeUndefined();
    expect(forms.map((f: { id: string; rank: number }) => [f.id.replace(/^.*\//, ''), f.rank])).toEqual([['seed-2020.txt#1', 1], ['seed-2020.txt#2', 2]]);
    expect(forms[0]).toMatchObject({ form: 1, claimed: 99, provenMax: 90.67 });
    expect(forms[0].signals[0]).toMatchObject({ signalId: 'claimed-over-proven', messageId: 'gap', data: { proven: '90.67', rowNo: 5, rowName: '区域双创活跃度' } });
    expect(forms[0].score).toBeGreaterThan(forms[1].score);
  });

  it('--out writes the table as xlsx, whose rows read back as printed', async () => {
    const d = tmp();
    const io = captureIo(d);
    expect(await run(['rank', SEED, '--out', 'ranking.xlsx', '--json', '--lang', 'en'], io)).toBe(0);
    expect(io.stderr).toContain('wrote ranking.xlsx (2 forms)');
    const printed = JSON.parse(io.stdout).forms.map(({ file: _f, form: _n, signals: _s, ...row }: Record<string, unknown>) => row);
    const read = await importRankingXlsx(new Uint8Array(readFileSync(join(d, 'ranking.xlsx'))));
    expect(read).toEqual(printed);
    expect(read[0].reasons[0]).toMatch(/^Claimed above proven \+24\.99: claims 99/);
  });

  it('draws a sample: the same seed gives the same forms; without a seed one is made and printed', async () => {
    const d = tmp();
    for (const n of ['a', 'b', 'c']) writeFileSync(join(d, `${n}.txt`), readFileSync(SEED));
    const files = ['a.txt', 'b.txt', 'c.txt', 'a.txt'].map((f) => join(d, f));
    const draw = async (seed: string) => {
      const io = captureIo(d);
      expect(await run(['rank', ...files, '--top', '1', '--random', '2', '--seed', seed, '--json'], io)).toBe(0);
      return JSON.parse(io.stdout);
    };
    const first = await draw('2021-抽查');
    expect(first.forms).toHaveLength(6);
    expect(first.sample.picks).toHaveLength(3);
    expect(first.sample.picks[0]).toMatchObject({ rank: 1, way: 'top' });
    expect((await draw('2021-抽查')).sample).toEqual(first.sample);
    const marked = first.forms.filter((f: { sample: string }) => f.sample !== '').map((f: { id: string }) => f.id);
    expect(marked).toEqual(first.sample.picks.map((p: { id: string }) => p.id));
    const c = captureIo();
    expect(await run(['rank', SEED, '--random', '1'], c)).toBe(0);
    expect(c.stdout).toMatch(/种子 "[0-9a-f]{12}"（mulberry32\/fnv1a）/);
    expect(c.stdout).toMatch(/以同一种子重抽：--seed "[0-9a-f]{12}"/);
  });

  it('exits 2 on bad counts, a bad profile, or an unreadable file (still ranking the rest)', async () => {
    expect(await run(['rank', SEED, '--top', '-1'], captureIo())).toBe(2);
    const d = tmp();
    writeFileSync(join(d, 'p.json'), JSON.stringify({ 'funds-size': { wieght: 1 } }));
    const bad = captureIo(d);
    expect(await run(['rank', SEED, '--profile', 'p.json'], bad)).toBe(2);
    expect(bad.stderr).toContain('funds-size.wieght');
    const io = captureIo();
    expect(await run(['rank', SEED, '/no/such/file.txt'], io)).toBe(2);
    expect(io.stderr).toContain('/no/such/file.txt');
    expect(io.stdout).toContain('seed-2020.txt#1');
  });

  it('a profile turns a signal off', async () => {
    const d = tmp();
    writeFileSync(join(d, 'p.json'), JSON.stringify({ 'all-full-marks': 'off' }));
    const io = captureIo(d);
    expect(await run(['rank', SEED, '--profile', 'p.json'], io)).toBe(0);
    expect(io.stdout).not.toContain('满分自评');
  });
});
