/**
 * Rule documentation rendered from rule metadata: docs/rules/<id>.md and the catalogue. Pure (no
 * I/O) so that scripts/gen-rule-docs.ts writes it and a test checks the files are current. The
 * examples are the rule's docs examples, run through the engine here, so the page shows what
 * the rule really reports.
 */
import { FUND_KEYS, type Evaluation } from '../model';
import { scoreEvaluation } from '../scoring';
import { review } from './engine';
import { exampleForm, type ExampleCase, type FormPatch } from './example-form';
import type { Likelihood, ReviewContext } from './context';
import { FUND_ROW_NAMES } from './facts';
import { RULE_EXAMPLES } from './rules';
import { SEVERITY_WORDS, type Lang, type Severity } from '../present';
import type { Category, Rule } from './types';

const CATEGORY: Record<Category, Record<Lang, string>> = {
  funds: { zh: '资金', en: 'funds' },
  score: { zh: '计分', en: 'score arithmetic' },
  evidence: { zh: '证据', en: 'evidence' },
  target: { zh: '目标质量', en: 'target quality' },
  structure: { zh: '表格结构', en: 'structure' },
  narrative: { zh: '文字说明', en: 'narrative' },
};
const SEVERITY = SEVERITY_WORDS;
// Why a category matters, used when a rule's description has a single sentence.
const WHY: Record<Category, Record<Lang, string>> = {
  funds: { zh: '资金数据是执行率和预算执行得分的依据，错一处则整行得分失去依据。', en: 'The funds figures drive the execution rate and its score; one wrong cell undermines the row.' },
  score: { zh: '计分算术错误直接改变总分和评价等级。', en: 'Arithmetic errors change the total and the grade directly.' },
  evidence: { zh: '自评得分必须由实际完成值证明；证据不足的得分是复核中最常被调减的。', en: 'A self-score must be proven by the actuals; unsupported scores are what reviewers cut most often.' },
  target: { zh: '目标不可衡量或设置不当，自评就无法判断完成与否。', en: 'Without a measurable, well-set target, completion cannot be judged.' },
  structure: { zh: '表格结构不完整会使评分和汇总出错。', en: 'An incomplete form makes scoring and summaries go wrong.' },
  narrative: { zh: '文字说明应与表格数据相互印证。', en: 'The narrative must agree with the tables.' },
};
const H: Record<string, Record<Lang, string>> = {
  what: { zh: '检查什么', en: 'What it checks' },
  why: { zh: '为什么', en: 'Why' },
  basis: { zh: '依据', en: 'The rule it rests on' },
  example: { zh: '示例', en: 'Example' },
  wrong: { zh: '错误示例', en: 'Wrong' },
  right: { zh: '正确示例', en: 'Right' },
  fix: { zh: '如何修改', en: 'How to fix' },
  options: { zh: '选项', en: 'Options' },
  none: { zh: '（无发现）', en: '(no findings)' },
  reports: { zh: '复核结果', en: 'Findings' },
};

function split(text: string, lang: Lang): [string, string] {
  const re = lang === 'zh' ? /。/ : /\.\s/;
  const m = re.exec(text);
  if (!m || m.index + m[0].length >= text.length) return [text, ''];
  return [text.slice(0, m.index + 1), text.slice(m.index + m[0].length).trim()];
}

const cell = (v: unknown) => (v === null || v === undefined || v === '' ? ' ' : String(v).replace(/\|/g, '\\|').replace(/\n/g, ' '));

function table(head: string[], rows: unknown[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

function showPatch(p: FormPatch, ev: Evaluation, lang: Lang): string {
  const out: string[] = [];
  const zh = lang === 'zh';
  if (p.header) out.push(table(zh ? ['项目名称', '主管部门', '实施单位'] : ['project', 'department', 'implementer'], [[ev.projectName, ev.department, ev.implementer]]));
  if (p.funds) {
    const names = zh ? FUND_ROW_NAMES : { total: 'total', fiscal: 'fiscal', carryover: 'carry-over', other: 'other' };
    const head = zh ? [`项目资金（${ev.funds.unit}）`, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'] : [`funds (${ev.funds.unit})`, 'initial', 'adjusted', 'executed', 'weight', 'rate', 'score'];
    out.push(table(head, FUND_KEYS.map((k) => { const r = ev.funds[k]; return [names[k], r.initial, r.adjusted, r.executed, r.weight, r.rate, r.score]; })));
  }
  if (p.goals) out.push(table(zh ? ['预期目标', '实际完成情况'] : ['expected goal', 'achieved'], [[ev.goals.expected, ev.goals.actual]]));
  if (p.indicators) {
    const head = zh ? ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'] : ['level 1', 'level 2', 'level 3', 'target', 'actual', 'weight', 'score', 'deviation reason'];
    out.push(table(head, ev.indicators.map((x) => [x.level1, x.level2, x.name, x.target, x.actual, x.weight, x.score, x.deviation])));
  }
  if (p.total) out.push(table(zh ? ['总分', '得分'] : ['total weight', 'total score'], [[ev.total.weight, ev.total.score]]));
  if (out.length === 0) out.push(zh ? '（示例基础表，未作改动）' : '(the example base form, unchanged)');
  return out.join('\n\n');
}

const LIKELIHOOD: Record<Likelihood, Record<Lang, string>> = {
  certain: { zh: '确定能', en: 'certain' },
  possible: { zh: '有可能', en: 'possible' },
  impossible: { zh: '完全不可能', en: 'impossible' },
};

// The facts beyond the form an example assumes, as the tables a reviewer would have beside it.
function showContext(c: ReviewContext | undefined, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  if (c?.history?.length) {
    const head = zh ? ['以前年度', '三级指标', '年度指标值', '实际完成值'] : ['earlier year', 'indicator', 'target', 'actual'];
    out.push(table(head, c.history.map((h) => [h.year, h.name, h.target, h.actual])));
  }
  if (c?.monitoring?.length) {
    const head = zh ? ['监控期间', '指标行', '截至监控期完成值', '完成可能性'] : ['period', 'row', 'completed by then', 'likelihood'];
    out.push(table(head, c.monitoring.map((m) => [m.period, m.indicatorIndex + 1, m.completed, LIKELIHOOD[m.likelihood][lang]])));
  }
  return out.length ? `\n\n${out.join('\n\n')}` : '';
}

function showExample(rule: Rule, e: ExampleCase, lang: Lang): string {
  const ev = exampleForm(e.patch);
  const opts = e.options ? { rules: { [rule.id]: [rule.defaultSeverity, e.options] as [Severity, Record<string, unknown>] } } : {};
  const findings = review(scoreEvaluation(ev), opts, [rule], e.context);
  const lines = findings.map((f) => `- \`${f.path || "(form)"}\` ${SEVERITY[f.severity][lang]}${lang === "zh" ? "：" : ": "}${f.message[lang]}`);
  return `${showPatch(e.patch, ev, lang)}${showContext(e.context, lang)}\n\n${H.reports[lang]}:\n\n${lines.length ? lines.join('\n') : H.none[lang]}`;
}

function section(rule: Rule, lang: Lang): string {
  const d = rule.docs;
  const [what, why] = split(d.description[lang], lang);
  const ex = RULE_EXAMPLES.get(rule.id);
  const opts = Object.entries(rule.defaultOptions);
  const parts = [
    `## ${d.title[lang]}`,
    `${lang === 'zh' ? '类别' : 'Category'}: ${CATEGORY[rule.category][lang]} · ${lang === 'zh' ? '默认级别' : 'Default severity'}: ${SEVERITY[rule.defaultSeverity][lang]}`,
    `### ${H.what[lang]}\n\n${what}`,
    `### ${H.why[lang]}\n\n${why || WHY[rule.category][lang]}`,
    `### ${H.basis[lang]}\n\n${d.basis[lang]}`,
  ];
  if (ex) parts.push(`### ${H.example[lang]}\n\n#### ${H.wrong[lang]}\n\n${showExample(rule, ex.wrong, lang)}\n\n#### ${H.right[lang]}\n\n${showExample(rule, ex.right, lang)}`);
  parts.push(`### ${H.fix[lang]}\n\n${d.fix[lang]}`);
  if (opts.length) parts.push(`### ${H.options[lang]}\n\n${table(['option', 'default'], opts.map(([k, v]) => [`\`${k}\``, `\`${JSON.stringify(v)}\``]))}`);
  return parts.join('\n\n');
}

/** The markdown page of one rule: Chinese first, then English. */
export function renderRuleDoc(rule: Rule): string {
  const head = `# ${rule.id}\n\n<!-- Generated by scripts/gen-rule-docs.ts from packages/core/src/review/rules/${rule.id}.ts — do not edit. -->`;
  return `${head}\n\n${section(rule, 'zh')}\n\n---\n\n${section(rule, 'en')}\n`;
}

/** The catalogue page listing every rule. */
export function renderRuleCatalogue(rules: readonly Rule[]): string {
  const rows = rules.map((r) => [`[${r.id}](${r.id}.md)`, `${CATEGORY[r.category].zh} / ${CATEGORY[r.category].en}`, `${SEVERITY[r.defaultSeverity].zh} / ${r.defaultSeverity}`, r.docs.title.zh, r.docs.title.en]);
  return [
    '# 复核规则 / Review rules',
    '',
    '<!-- Generated by scripts/gen-rule-docs.ts — do not edit. -->',
    '',
    `共 ${rules.length} 条规则。每条规则可在配置中关闭（"off"）、改级别（"error" / "warning" / "info"）或设置选项（["warning", {…}]）。`,
    `${rules.length} rules. Each can be turned off, re-graded or given options in the configuration.`,
    '',
    table(['规则 / rule', '类别 / category', '默认级别 / severity', '标题', 'title'], rows),
    '',
  ].join('\n');
}
