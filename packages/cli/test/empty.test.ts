/**
 * A file that yields no name, no funds and no indicators is not a form: the CLI exits 2 with
 * 未找到表格内容 and the reason, printing no empty form (issue 11, item 5).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '@jixiao/formats';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main';
import { captureIo } from './helpers';

// What pdftotext makes of the form: its labels and values, one per line, the table gone.
const PDFTOTEXT = ['项目支出绩效自评表', '（2020年度）', '项目名称', '', '创客大赛', '', '主管部门', '', '工信局', '', '实施单位', '', '年初预算数', '', '全年预算数', '', '年度资金总额', '', '29.8', '', '一级指标', '', '二级指标', '', '三级指标', '', '年度指标值', ''].join('\n');

describe('a file without a table', () => {
  it('pdftotext output exits 2 with 未找到表格内容 and the reason, no form printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-empty-'));
    const file = join(dir, 'form.txt');
    writeFileSync(file, PDFTOTEXT);
    const r = await importFile(new TextEncoder().encode(PDFTOTEXT), { fileName: 'form.txt' });
    expect(r.ok ? null : [r.issues[0].code, r.issues[0].data]).toEqual(['no-table-content', { reason: 'text-lines' }]);
    const issue = r.ok ? null : r.issues[0];
    for (const cmd of ['parse', 'score', 'check']) {
      const io = captureIo();
      expect(await run([cmd, file], io)).toBe(2);
      // check still prints its one-line tally (0 张表); no command prints a form.
      if (cmd !== 'check') expect(io.stdout).toBe('');
      else expect(io.stdout).toContain('0 张表');
      expect(io.stderr).toContain(issue!.message.zh);
    }
  });

  it('a tab-separated paste is read, not left empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-tsv-'));
    const file = join(dir, 'paste.txt');
    writeFileSync(
      file,
      ['项目支出绩效自评表', '项目名称\t创客大赛', '主管部门\t工信局\t实施单位\t服务中心', '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分', '\t\t年度资金总额\t10\t10\t9\t10\t90%\t9', '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施', '\t产出指标\t数量指标\t培训人数\t≥100人\t120人\t90\t90\t', '总分\t\t\t\t\t\t100\t99'].join('\r\n'),
    );
    const io = captureIo();
    expect(await run(['parse', file, '--json'], io)).toBe(0);
    const [ev] = JSON.parse(io.stdout) as { projectName: string; funds: { total: { executed: string } }; indicators: { actual: string }[] }[];
    expect([ev.projectName, ev.funds.total.executed, ev.indicators[0].actual]).toEqual(['创客大赛', '9', '120人']);
  });
});
