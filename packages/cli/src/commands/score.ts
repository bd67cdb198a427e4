/** `jixiao score FILE... [--json] [--template ID]`: claimed against proven score, per indicator. */
import { describeMissing, percent, rangeText, scoreEvaluation, type ScoredEvaluation, type Lang } from '@jixiao/core';
import type { Command } from '../main';
import { parseOptions } from '../args';
import { EXIT, type Io } from '../io';
import { loadAll } from '../load';
import { clip, renderTable } from '../table';
import { usageError } from './parse';

export const scoreCommand: Command = {
  name: 'score',
  usage: 'score FILE... [--json] [--template ID]',
  summary: { zh: '按规则评分：自评分与证据得分对照', en: 'score by the rules: claimed beside proven' },
  async run(args, io, lang) {
    const p = parseOptions(args, { json: { type: 'boolean' }, template: { type: 'string' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const files = p.parsed.positionals;
    if (files.length === 0) return usageError(io, lang === 'zh' ? '缺少文件' : 'no files given', this.usage);
    const template = p.parsed.values.template as string | undefined;
    const { forms, failed } = await loadAll(files, io, lang);
    const results = forms.map(({ file, form }) => ({ file, scored: scoreEvaluation(form.evaluation, template ? { template } : {}) }));
    if (p.parsed.values.json) {
      io.out(JSON.stringify(results.map((r) => ({ file: r.file, ...summary(r.scored) })), null, 2) + '\n');
    } else {
      for (const r of results) io.out(renderScored(r.file, r.scored, lang) + '\n');
    }
    return failed ? EXIT.failure : EXIT.ok;
  },
};

/** The JSON shape of a scored form: the evaluation's identity, per-indicator results, funds and totals. */
export function summary(s: ScoredEvaluation) {
  const ev = s.evaluation;
  return {
    form: ev.source?.form ?? 1,
    projectName: ev.projectName,
    year: ev.year,
    template: s.template.id,
    templateSource: s.templateSource,
    indicators: s.indicators.map((i) => ({
      index: i.index,
      level1: i.level1,
      level2: i.level2,
      name: ev.indicators[i.index].name,
      target: ev.indicators[i.index].target,
      actual: ev.indicators[i.index].actual,
      weight: i.weight,
      claimed: i.claimed,
      proven: i.proven,
      method: i.method,
      status: i.status,
      check: i.check,
      explanation: i.explanation,
    })),
    funds: s.funds,
    level1: s.level1,
    totals: s.totals,
  };
}


const CHECK_MARK: Record<string, string> = { consistent: '✓', above: '✗ 高于证据', below: '↓ 低于证据', unverifiable: '? 无法验证', missing: '… 未填' };
const CHECK_MARK_EN: Record<string, string> = { consistent: '✓', above: '✗ above evidence', below: '↓ below evidence', unverifiable: '? unverifiable', missing: '… blank' };

/** The human-readable score report of one form. */
export function renderScored(file: string, s: ScoredEvaluation, lang: Lang): string {
  const ev = s.evaluation;
  const zh = lang === 'zh';
  const marks = zh ? CHECK_MARK : CHECK_MARK_EN;
  const year = s.completeness.yearUnknown ? (zh ? '年度未知' : 'year unknown') : `${ev.year}${zh ? '年度' : ''}`;
  let out = `${file} #${ev.source?.form ?? 1}  ${ev.projectName}（${year}）\n`;
  out += zh
    ? `  实施单位 ${ev.implementer || '—'}  评分模板 ${s.template.name.zh}（${s.template.id}${s.templateSource === 'detected' ? '，自动识别' : ''}；依据：${s.templateEvidence.zh}）\n\n`
    : `  implementer ${ev.implementer || '—'}  template ${s.template.name.en} (${s.template.id}${s.templateSource === 'detected' ? ', detected' : ''}; because ${s.templateEvidence.en})\n\n`;
  const header = zh
    ? ['#', '三级指标', '年度指标值', '实际完成值', '分值', '自评', '证据得分', '核对', '说明']
    : ['#', 'indicator', 'target', 'actual', 'weight', 'claimed', 'proven', 'check', 'explanation'];
  const rows = s.indicators.map((i) => {
    const ind = ev.indicators[i.index];
    return [String(i.index + 1), clip(ind.name, 24), clip(ind.target, 14), clip(ind.actual, 14), fmt(i.weight), fmt(i.claimed), rangeText(i.proven), marks[i.check] ?? i.check, i.explanation[lang]];
  });
  out += indent(renderTable(header, rows, ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'l', 'l']));
  const f = s.funds;
  out += '\n' + (zh
    ? `  预算执行率 ${f.rate === null ? '—' : percent(f.rate)}（填报 ${f.printedRate === null ? '—' : percent(f.printedRate)}）  分值 ${fmt(f.weight)}  自评 ${fmt(f.claimed)}  应得 ${fmt(f.proven)}${f.counted ? '' : '（不计入总分）'}\n    ${f.explanation.zh}\n`
    : `  execution rate ${f.rate === null ? '—' : percent(f.rate)} (printed ${f.printedRate === null ? '—' : percent(f.printedRate)})  weight ${fmt(f.weight)}  claimed ${fmt(f.claimed)}  proven ${fmt(f.proven)}${f.counted ? '' : ' (not counted in the total)'}\n    ${f.explanation.en}\n`);
  const t = s.totals;
  const g = t.grade;
  // A form the page does not show whole gets no total and no grade: say so instead of printing sums of a part.
  if (!s.completeness.complete) {
    out += zh
      ? `  表格可能不完整：${s.completeness.missing.map((m) => describeMissing(m).zh).join('；')}；不计算总分和等级\n`
      : `  the form may be incomplete: ${s.completeness.missing.map((m) => describeMissing(m).en).join('; ')}; no total or grade\n`;
    return out;
  }
  out += zh
    ? `  总分 ${fmt(t.weight)}  自评得分 ${fmt(t.claimedTotal)}（逐项合计 ${fmt(t.claimedSum)}）  证据支持 ${rangeText(t.proven)}  等级 自评 ${g.claimed ?? '—'} / 证据 ${rangeText(g.proven)}\n`
    : `  total ${fmt(t.weight)}  claimed ${fmt(t.claimedTotal)} (sum of rows ${fmt(t.claimedSum)})  proven ${rangeText(t.proven)}  grade claimed ${g.claimed ?? '—'} / proven ${rangeText(g.proven)}\n`;
  return out;
}

function fmt(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : String(n);
}

function indent(s: string): string {
  return s.split('\n').map((l) => (l ? '  ' + l : l)).join('\n');
}

export type { Io };
