/**
 * Write forms in the seed's cell-per-line layout (the official table's cells, row by row), so
 * that importText(exportText(forms)) gives the same Evaluations back.
 */
import { FUND_KEYS, yearLine, type Evaluation, type FundKey, type FundRow } from '@jixiao/core';
import { contradicts } from '../grid/taxonomy';

const FUND_LABELS: Record<FundKey, string> = {
  total: '年度资金总额',
  fiscal: '其中：当年财政拨款',
  carryover: '上年结转资金',
  other: '其他资金',
};
const FUND_HEADERS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const INDICATOR_HEADERS = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/**
 * A cell's text as this layout can hold it: lines trimmed and blank lines dropped (a blank line
 * ends a table row, and a leading tab would start a new cell).
 */
export function canonicalCellText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

const num = (n: number | null): string => (n === null ? '' : String(n));

function row(cells: string[]): string {
  return cells.map((c) => `\t${canonicalCellText(c)}`).join('\n');
}

function fundRow(key: FundKey, f: FundRow): string {
  return row(['', FUND_LABELS[key], f.initial ?? '', f.adjusted ?? '', f.executed ?? '', num(f.weight), f.rate ?? '', num(f.score)]);
}

function form(ev: Evaluation): string[] {
  const rows: string[] = [
    row([`${ev.formType ?? '项目支出'}绩效自评表`]),
    row([yearLine(ev)]),
    row(['项目名称', ev.projectName]),
    row(['主管部门', ev.department, '实施单位', ev.implementer]),
    row([`项目资金（${ev.funds.unit}）`, '', ...FUND_HEADERS]),
    ...FUND_KEYS.map((k) => fundRow(k, ev.funds[k])),
    row(['年度总体目标', '预期目标', '实际完成情况']),
    row(['', ev.goals.expected, ev.goals.actual]),
    row(['绩效指标', ...INDICATOR_HEADERS]),
  ];
  let prev1 = '';
  let prev2 = '';
  for (const ind of ev.indicators) {
    // Merged cells: a 一级/二级 equal to the one above is left blank, as on the printed form;
    // except a 一级 its 二级 contradicts, which a reader takes for a blank cell of another 一级.
    const same1 = ind.level1 === prev1 && ind.level1 !== '' && !contradicts(ind.level1, ind.level2);
    const l1 = same1 ? '' : ind.level1;
    const l2 = same1 && ind.level2 === prev2 && ind.level2 !== '' ? '' : ind.level2;
    rows.push(row(['', l1, l2, ind.name, ind.target, ind.actual, num(ind.weight), num(ind.score), ind.deviation]));
    prev1 = ind.level1;
    prev2 = ind.level2;
  }
  rows.push(row(['总分', num(ev.total.weight), num(ev.total.score), '']));
  return rows;
}

/** Write forms in the cell-per-line layout: rows separated by blank lines, forms by three. */
export function exportText(forms: Evaluation[]): string {
  return forms.map((ev) => form(ev).join('\n\n')).join('\n\n\n\n') + '\n';
}
