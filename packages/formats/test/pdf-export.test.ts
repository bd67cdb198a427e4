/**
 * The PDF export: A4 pages, the Chinese font embedded as a subset (so a machine without Chinese
 * fonts shows it), the text extractable, one form per page run, findings pages on request.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../src/text/cells';
import { exportPdf } from '../src/pdf/export';
import { assessForm } from '../src/layout/assess';
import { seedText } from './helpers';
import { tempDir } from './office-tools';
import { needs } from '../../../test/tools';

const run = needs('poppler');
const r = importText(seedText());
if (!r.ok) throw new Error(r.issues[0].code);
const forms = r.forms.map((f) => f.evaluation);

describe('pdf export', () => {
  it('writes a PDF of A4 pages', async () => {
    const pdf = Buffer.from(await exportPdf([forms[0]]));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 in points, as pdfkit writes the MediaBox.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    // Subset embedding keeps a form small although the font file is 10 MB.
    expect(pdf.length).toBeLessThan(300_000);
  });
});

describe.skipIf(!run)('pdf export through poppler', () => {
  it('embeds the font and its text holds the title and both project names, each form on its own page', async () => {
    const dir = tempDir();
    const file = join(dir, 'seed.pdf');
    writeFileSync(file, await exportPdf(forms));
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const noto = fonts.split('\n').filter((l) => l.includes('NotoSerifSC'));
    expect(noto.length).toBeGreaterThanOrEqual(1);
    // Columns emb, sub: both "yes".
    for (const l of noto) expect(l).toMatch(/\byes\s+yes\b/);
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      .split('\f')
      .map((p) => p.replace(/\s+/g, ''));
    expect(pages.join('')).toContain('项目支出绩效自评表');
    expect(pages.join('')).toContain('（2020年度）');
    const first = pages.findIndex((p) => p.includes('2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛'));
    const second = pages.findIndex((p) => p.includes('2020年度自治区银河培训项目'));
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(first);
    expect(pages[second].startsWith('项目支出绩效自评表')).toBe(true);
    for (const label of ['项目资金（万元）', '年度资金总额', '偏差原因分析及改进措施', '被服务企业满意率', '总分'])
      expect(pages.join('')).toContain(label);
  }, 60_000);

  it('renders to PNG with pdftoppm', async () => {
    const dir = tempDir();
    const file = join(dir, 'one.pdf');
    writeFileSync(file, await exportPdf([forms[0]]));
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // 50 dpi A4 is 414 × 585 pixels.
    expect(png.readUInt32BE(16)).toBe(414);
    expect(statSync(join(dir, 'page.png')).size).toBeGreaterThan(10_000);
  }, 60_000);

  it('adds a findings page after each form when asked', async () => {
    const dir = tempDir();
    const file = join(dir, 'findings.pdf');
    const a = forms.map(assessForm);
    writeFileSync(file, await exportPdf(forms, { findings: a }));
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.replace(/\s+/g, ''));
    const heads = pages.map((p, i) => [i, p.startsWith('复核发现')] as const).filter(([, f]) => f).map(([i]) => i);
    expect(heads).toHaveLength(2);
    expect(pages[heads[0]]).toContain('2020年“创客中国”');
    // The findings page of form 1 comes before form 2 starts.
    const second = pages.findIndex((p) => p.includes('2020年度自治区银河培训项目') && p.startsWith('项目支出绩效自评表'));
    expect(heads[0]).toBeLessThan(second);
    expect(heads[1]).toBeGreaterThan(second);
  }, 60_000);
});
