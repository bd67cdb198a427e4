/** `jixiao check FILE... [--format text|json] [--config FILE]`: review forms like a linter. */
import { scoreAndReview, countBySeverity, resolveConfig, reviewTargetForm, severityLabel, targetFormIssues, type Finding, type Lang } from '@jixiao/core';
import type { Command } from '../main';
import { parseOptions } from '../args';
import { loadConfig } from '../config';
import { EXIT } from '../io';
import { loadAll } from '../load';
import { loadTargetForms } from '../targets';
import { clip } from '../table';
import { usageError } from './parse';

/** What a report names places by: a self-evaluation or a target form. */
type Named = { indicators: readonly { name: string }[] };

interface FormReport {
  file: string;
  form: number;
  projectName: string;
  findings: Finding[];
  importNotes: { location: string; message: { zh: string; en: string } }[];
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'check FILE... [--format text|json] [--config FILE] [--target]',
  summary: { zh: '复核：找出算术错误、自评虚高、目标不可衡量等问题', en: 'review: find arithmetic errors, inflated scores, vague targets' },
  async run(args, io, lang) {
    const p = parseOptions(args, { format: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' }, target: { type: 'boolean' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const format = p.parsed.values.json ? 'json' : ((p.parsed.values.format as string | undefined) ?? 'text');
    if (format !== 'text' && format !== 'json') return usageError(io, `--format: text | json`, this.usage);
    const files = p.parsed.positionals;
    if (files.length === 0) return usageError(io, lang === 'zh' ? '缺少文件' : 'no files given', this.usage);
    const cfg = loadConfig(p.parsed.values.config as string | undefined, io.cwd);
    if (!cfg.ok) {
      io.err(cfg.message + '\n');
      return EXIT.failure;
    }
    const resolved = resolveConfig(cfg.config);
    if (!resolved.ok) {
      const where = cfg.path ?? '--config';
      for (const i of resolved.issues) io.err(`${where}: ${i.path}: ${i.message[lang]}\n`);
      return EXIT.failure;
    }
    let checked: { evaluation: Named; report: FormReport }[];
    let unreadable: boolean;
    if (p.parsed.values.target) {
      // A 绩效目标申报表 at target time: what blocks submission, then the target rules' findings.
      const loaded = await loadTargetForms(files, io, lang);
      unreadable = loaded.failed;
      const index = new Map<string, number>();
      checked = loaded.forms.map(({ file, form: t }) => {
        const n = (index.get(file) ?? 0) + 1;
        index.set(file, n);
        const issues: Finding[] = targetFormIssues(t).map((i) => ({ ruleId: i.code, severity: 'error', path: i.path, messageId: i.code, message: i.message, data: {} }));
        return { evaluation: t, report: { file, form: n, projectName: t.projectName, findings: [...issues, ...reviewTargetForm(t)], importNotes: [] } };
      });
    } else {
      const loaded = await loadAll(files, io, lang);
      unreadable = loaded.failed;
      checked = loaded.forms.map(({ file, form: f }) => ({
        evaluation: f.evaluation,
        report: { file, form: f.evaluation.source?.form ?? 1, projectName: f.evaluation.projectName, findings: scoreAndReview(f.evaluation, cfg.config).findings, importNotes: f.notes } satisfies FormReport,
      }));
    }
    const counts = countBySeverity(checked.flatMap((c) => c.report.findings));
    if (format === 'json') {
      io.out(JSON.stringify({ forms: checked.map((c) => c.report), summary: counts }, null, 2) + '\n');
    } else {
      for (const c of checked) io.out(renderReport(c.report, c.evaluation, lang));
      io.out(summaryLine(counts, checked.length, lang) + '\n');
    }
    if (unreadable) return EXIT.failure;
    return counts.error > 0 ? EXIT.findings : EXIT.ok;
  },
};

/** Name the place a finding is about the way a reviewer would: the indicator's row and name. */
export function placeOf(path: string, ev: Named, lang: Lang): string {
  const m = /^indicators\[(\d+)\]/.exec(path);
  if (m) {
    const i = Number(m[1]);
    const name = ev.indicators[i]?.name ?? '';
    return lang === 'zh' ? `第${i + 1}项指标「${clip(name, 20)}」` : `indicator ${i + 1} “${clip(name, 20)}”`;
  }
  const zh: Record<string, string> = { funds: '项目资金', goals: '年度总体目标', total: '总分', indicators: '绩效指标', projectName: '项目名称', department: '主管部门', implementer: '实施单位' };
  const head = path.split(/[.[]/)[0];
  return lang === 'zh' ? (zh[head] ?? path) : path;
}

function renderReport(r: FormReport, ev: Named, lang: Lang): string {
  let out = `${r.file} #${r.form}  ${r.projectName}\n`;
  if (r.findings.length === 0) out += lang === 'zh' ? '  未发现问题\n' : '  no findings\n';
  for (const f of r.findings) {
    out += `  ${severityLabel(f.severity, lang).padEnd(lang === 'zh' ? 2 : 7)}  ${placeOf(f.path, ev, lang)}  ${f.message[lang]}  [${f.ruleId}]\n`;
  }
  return out + '\n';
}

/** "✖ 5 个问题（1 个错误，3 个警告，1 个提示），2 张表" */
export function summaryLine(c: { error: number; warning: number; info: number }, forms: number, lang: Lang): string {
  const n = c.error + c.warning + c.info;
  const mark = c.error ? '✖' : n ? '⚠' : '✔';
  return lang === 'zh'
    ? `${mark} ${n} 个问题（${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示），${forms} 张表`
    : `${mark} ${n} findings (${c.error} errors, ${c.warning} warnings, ${c.info} info) in ${forms} forms`;
}
