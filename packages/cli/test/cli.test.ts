import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, explain } from '@jixiao/core';
import { run } from '../src/main';
import { captureIo, SEED } from './helpers';
import { needs } from '../../../test/tools';

const tmp = () => mkdtempSync(join(tmpdir(), 'jixiao-cli-'));

describe('jixiao parse', () => {
  it('prints both seed forms as a JSON array with the model field names', async () => {
    const io = captureIo();
    expect(await run(['parse', SEED, '--json'], io)).toBe(0);
    const forms = JSON.parse(io.stdout);
    expect(forms).toHaveLength(2);
    expect(forms[0].projectName).toBe('2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛');
    expect(forms[1].funds.total.initial).toBe('45.8966');
    expect(Object.keys(forms[0])).toEqual(expect.arrayContaining(['schemaVersion', 'year', 'department', 'implementer', 'funds', 'goals', 'indicators', 'total']));
  });
  it('exits 2 with a one-line reason naming an unreadable file', async () => {
    const io = captureIo();
    expect(await run(['parse', '/no/such/file.txt'], io)).toBe(2);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toContain('/no/such/file.txt');
    expect(io.stderr).toContain('文件不存在');
  });
  it('exits 2 for a file with no form in it', async () => {
    const d = tmp();
    writeFileSync(join(d, 'x.txt'), 'hello world');
    const io = captureIo();
    expect(await run(['parse', join(d, 'x.txt')], io)).toBe(2);
    expect(io.stderr).toContain('x.txt');
  });
  it('exits 2 on an unknown option or command', async () => {
    expect(await run(['parse', '--bogus', SEED], captureIo())).toBe(2);
    expect(await run(['frobnicate'], captureIo())).toBe(2);
  });
});

describe('jixiao score', () => {
  it('shows claimed beside proven, with the 区域双创活跃度 gap and the totals', async () => {
    const io = captureIo();
    expect(await run(['score', SEED], io)).toBe(0);
    const line = io.stdout.split('\n').find((l) => l.includes('区域双创活跃度'))!;
    expect(line).toContain('1.67');
    expect(line).toContain('高于证据');
    expect(io.stdout).toContain('自评得分 99');
  });
  it('--json gives per-indicator proven ranges and explanations in both languages', async () => {
    const io = captureIo();
    expect(await run(['score', SEED, '--json'], io)).toBe(0);
    const [f1] = JSON.parse(io.stdout);
    const active = f1.indicators.find((i: { name: string }) => i.name === '区域双创活跃度');
    expect(active.proven).toEqual({ min: 1.67, max: 1.67 });
    expect(active.claimed).toBe(10);
    expect(active.explanation).toMatchObject({ messageId: 'below.lower', data: { actual: '15%', target: '90%', formula: '10×15/90', score: '1.67' } });
    // The text in both languages is the catalogue's rendering of that id and data.
    const { zh, en } = explain(active.explanation.messageId, active.explanation.data);
    expect([active.explanation.zh, active.explanation.en]).toEqual([zh, en]);
    const late = f1.indicators.find((i: { name: string }) => i.name === '资金拨付时间');
    expect(late.proven).toEqual({ min: 3, max: 4 });
  });
  it('speaks English on request', async () => {
    const io = captureIo();
    expect(await run(['score', SEED, '--lang', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('above evidence');
  });
});

describe('jixiao check', () => {
  it('exits 1 on the seed (区域双创活跃度 is inflated) and names the indicator', async () => {
    const io = captureIo();
    expect(await run(['check', SEED], io)).toBe(1);
    const lines = io.stdout.split('\n').filter((l) => l.includes('区域双创活跃度') && l.includes('错误'));
    expect(lines).toHaveLength(1);
    expect(io.stdout).toMatch(/✖ \d+ 个问题（1 个错误/);
  });
  it('--format json groups findings by file and form', async () => {
    const io = captureIo();
    await run(['check', SEED, '--format', 'json'], io);
    const r = JSON.parse(io.stdout);
    expect(r.forms).toHaveLength(2);
    expect(r.forms[0].findings.some((f: { severity: string; path: string }) => f.severity === 'error' && f.path.startsWith('indicators[4]'))).toBe(true);
    expect(r.forms[1].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(r.summary.error).toBe(1);
  });
  it('a config file turns a rule off and the exit code follows', async () => {
    const d = tmp();
    const ruleId = await errorRuleId();
    writeFileSync(join(d, '.jixiaorc.json'), JSON.stringify({ rules: { [ruleId]: 'off' } }));
    const io = captureIo(d);
    expect(await run(['check', SEED], io)).toBe(0);
    expect(io.stdout).toContain('0 个错误');
  });
  it('an invalid config is exit 2 with its path', async () => {
    const d = tmp();
    writeFileSync(join(d, 'bad.json'), '{ not json');
    const io = captureIo(d);
    expect(await run(['check', SEED, '--config', 'bad.json'], io)).toBe(2);
    expect(io.stderr).toContain('bad.json');
  });
});

describe('jixiao rules and convert', () => {
  it('lists the whole catalogue (at least 30 rules), in the registry order', async () => {
    const io = captureIo();
    expect(await run(['rules', '--json'], io)).toBe(0);
    const listed = JSON.parse(io.stdout).map((r: { id: string }) => r.id);
    expect(listed).toEqual(RULES.map((r) => r.id));
    expect(listed.length).toBeGreaterThanOrEqual(30);
  });
  it('converts the seed to json and back through parse', async () => {
    const d = tmp();
    const io = captureIo(d);
    expect(await run(['convert', SEED, '--to', 'json', '-o', 'out.json'], io)).toBe(0);
    const io2 = captureIo(d);
    expect(await run(['parse', join(d, 'out.json'), '--json'], io2)).toBe(0);
    const io3 = captureIo();
    await run(['parse', SEED, '--json'], io3);
    const strip = (fs: { source?: unknown }[]) => fs.map(({ source: _s, ...rest }) => rest);
    expect(strip(JSON.parse(io2.stdout))).toEqual(strip(JSON.parse(io3.stdout)));
  });
  it('writes an xlsx file', async () => {
    const d = tmp();
    expect(await run(['convert', SEED, '--to', 'xlsx', '-o', 'forms.xlsx'], captureIo(d))).toBe(0);
    expect(existsSync(join(d, 'forms.xlsx'))).toBe(true);
    expect(readFileSync(join(d, 'forms.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});

async function errorRuleId(): Promise<string> {
  const io = captureIo();
  await run(['check', SEED, '--format', 'json'], io);
  const r = JSON.parse(io.stdout);
  return r.forms[0].findings.find((f: { severity: string }) => f.severity === 'error').ruleId;
}

describe('input formats chosen by content', () => {
  it('reads flattened text (copied from a PDF) without a telling extension', async () => {
    const d = tmp();
    const flat = readFileSync(new URL('../../formats/test/fixtures/real-forms/020.flat.txt', import.meta.url), 'utf8');
    writeFileSync(join(d, 'pasted.dat'), flat);
    const io = captureIo(d);
    expect(await run(['parse', join(d, 'pasted.dat'), '--json'], io)).toBe(0);
    const [form] = JSON.parse(io.stdout);
    expect(form.projectName).toBe('临时救助');
    expect(form.indicators).toHaveLength(10);
  });
});

describe.skipIf(!needs('poppler'))('jixiao convert --to pdf (read back with poppler)', () => {
  it('adds a page of review findings after each form with --findings', async () => {
    const { execFileSync } = await import('node:child_process');
    const d = tmp();
    expect(await run(['convert', SEED, '--to', 'pdf', '-o', 'plain.pdf'], captureIo(d))).toBe(0);
    expect(await run(['convert', SEED, '--to', 'pdf', '-o', 'review.pdf', '--findings'], captureIo(d))).toBe(0);
    const text = (f: string) => execFileSync('pdftotext', [join(d, f), '-'], { encoding: 'utf8' });
    expect(text('plain.pdf')).toContain('项目支出绩效自评表');
    expect(text('plain.pdf')).not.toContain('复核发现');
    expect(text('review.pdf')).toContain('复核发现 — 2020年度自治区银河培训项目');
  });
});
