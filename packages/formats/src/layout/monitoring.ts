/**
 * The official 项目支出绩效运行监控表 layout (财预〔2019〕136号 双监控) as a grid of cells with spans,
 * A4 landscape: the head, 预算执行情况 (年度预算数, 1–N月执行数, 执行率, 时序进度, the light) and per
 * indicator 年度指标值, 1–N月实际完成值, 全年预计完成值, 完成可能性, 偏差原因, 改进措施 and the
 * light. Lights are printed as words (红灯/黄灯/绿灯): a black-and-white print must still say them.
 */
import {
  Big, budgetLight, canonical, DEFAULT_LIGHT_SETTINGS, indicatorLights, levelSpans, MONITORING_LABELS, periodLabel,
  type Light, type LightSettings, type MonitoringForm, type MonitoringIndicator,
} from '@jixiao/core';
import { moneyCell, type FormLayout, type LayoutCell } from './official';
import { cellWriters, planHead, planSignatures, type PlanSignatures } from './plan-head';

export const MONITORING_TITLE = '项目支出绩效运行监控表';
export const LIGHT_TEXT: Record<Light, string> = { red: '红灯', yellow: '黄灯', green: '绿灯' };

/** Column widths in characters (A 区块, B 一级, C 二级, D 三级, E 指标值, F 完成值, G 预计, H 可能性, I 原因, J 措施, K 结果). */
const WIDTHS = [8, 8, 9, 21, 10, 9, 9, 7, 13, 14, 6];
const COLS = WIDTHS.length;

/** The indicator headers for the period ("1–7月实际完成值"). */
export function monitoringHeaders(form: Pick<MonitoringForm, 'period'>): string[] {
  const p = periodLabel(form.period);
  return ['一级指标', '二级指标', '三级指标', '年度指标值', `${p}实际完成值`, '全年预计完成值', '完成可能性', '偏差原因', '改进措施', '监控结果'];
}

/** A decimal share ("0.5833") as a percentage ("58.33%"). */
function percent(share: string | null): string {
  return share === null ? '' : `${canonical(new Big(share).times(100))}%`;
}

/** 偏差原因 as one cell: the kind's name, then the unit's words. */
function causeText(c: MonitoringIndicator['cause']): string {
  if (c.kind === null) return c.text;
  const label = MONITORING_LABELS.cause[c.kind].zh;
  return c.text === '' ? label : `${label}：${c.text}`;
}

/** Lay out one monitoring form, its lights computed with the finance bureau's thresholds. */
export function layoutMonitoringForm(form: MonitoringForm, settings: LightSettings = DEFAULT_LIGHT_SETTINGS, signatures?: PlanSignatures): FormLayout {
  const cells: LayoutCell[] = [];
  const w = cellWriters(cells);
  const { put, label, text } = w;
  const centred = (row: number, col: number, t: string, colSpan = 1) => put({ row, col, text: t, kind: 'text', colSpan, align: 'center' });
  const period = periodLabel(form.period);
  let r = planHead(w, COLS, MONITORING_TITLE, `（${form.year}年${period}）`, form, 3);

  const budget = budgetLight(form, settings);
  label(r, 0, `预算执行情况（${form.funds.unit}）`, 1, 2);
  label(r, 1, '年度预算数', 2);
  label(r, 3, `${period}执行数`, 2);
  label(r, 5, '执行率', 2);
  label(r, 7, '时序进度', 2);
  label(r, 9, '监控结果', 2);
  r++;
  put({ ...moneyCell(r, 1, form.funds.budget), colSpan: 2 });
  put({ ...moneyCell(r, 3, form.funds.executed), colSpan: 2 });
  centred(r, 5, percent(budget.rate), 2);
  centred(r, 7, percent(budget.expectedShare), 2);
  centred(r, 9, budget.light ? LIGHT_TEXT[budget.light] : '', 2);
  r++;

  const n = form.indicators.length;
  const headerRow = r;
  label(r, 0, '绩效指标', 1, n + 1);
  monitoringHeaders(form).forEach((h, i) => label(r, 1 + i, h));
  r++;
  const spans = levelSpans(form.indicators);
  const lights = indicatorLights(form, settings);
  form.indicators.forEach((x, k) => {
    const row = r + k;
    if (spans.level1[k] > 0) text(row, 1, x.level1, 1, spans.level1[k]);
    if (spans.level2[k] > 0) text(row, 2, x.level2, 1, spans.level2[k]);
    text(row, 3, x.name);
    centred(row, 4, x.target);
    centred(row, 5, x.completed);
    centred(row, 6, x.expected);
    centred(row, 7, x.likelihood ? MONITORING_LABELS.likelihood[x.likelihood].zh : '');
    text(row, 8, causeText(x.cause));
    text(row, 9, x.measure);
    const light = lights[k].light;
    centred(row, 10, light ? LIGHT_TEXT[light] : '');
  });
  r += n;
  // What the lights mean, with the thresholds in force: the reader of a print cannot ask.
  const pct = (v: number) => `${canonical(new Big(v).times(100))}%`;
  text(r, 0, `监控结果说明：执行进度低于时序进度的${pct(settings.red)}为红灯，${pct(settings.red)}至${pct(settings.yellow)}为黄灯，达到${pct(settings.yellow)}及以上为绿灯；指标另按完成可能性（完全不可能为红灯，有可能为黄灯），取较差者。`, COLS);
  r++;
  r = planSignatures(w, r, COLS, signatures);
  return { columns: COLS, rows: r, cells, widths: WIDTHS, headerRow, orientation: 'landscape' };
}
