/**
 * The notes the form reader can leave, by code: each is a stable code, a location and a {zh, en}
 * message rendered from data in one place.
 */
import { renderMsg, type Msg } from '@jixiao/core';
import type { ImportNote } from './types';

const MESSAGES: Record<string, Msg> = {
  'ignored-field': { zh: '已忽略“{label}”：{text}', en: 'ignored "{label}": {text}' },
  'merged-duplicates': {
    zh: '“{label}”行有 {count} 个合并单元格的重复值，已去重',
    en: 'row "{label}": {count} repeated cells of merged columns removed',
  },
  'level1-inferred': {
    zh: '一级指标为空（合并单元格延续的“{carried}”与二级指标“{level2}”不符），按二级指标应属“{inferred}”',
    en: 'blank 一级指标 (the merged "{carried}" above contradicts 二级 "{level2}"): it belongs to "{inferred}"',
  },
  'unplaced-cell': { zh: '无法归位的单元格：{text}', en: 'cell could not be placed: {text}' },
  'missing-total': { zh: '缺少“总分”行（表格可能被截断）', en: 'no 总分 row (the table may be cut off)' },
  'total-blank': {
    zh: '“总分”行没有分值和得分（表格可能被截断）',
    en: 'the 总分 row has no weight or score (the table may be cut off)',
  },
  'missing-indicator-header': { zh: '缺少绩效指标表头', en: 'no indicator header row' },
  'missing-funds': { zh: '缺少项目资金表', en: 'no 项目资金 table' },
  'missing-goals': { zh: '缺少年度总体目标', en: 'no 年度总体目标' },
  'missing-year': {
    zh: '未写明年度：年度未知（year 字段仅占位为 {year}，不据以判断日期）',
    en: 'no year stated: year unknown ({year} is only a placeholder in the year field; no date is judged against it)',
  },
  'missing-title': { zh: '未找到表名（项目支出绩效自评表）', en: 'no form title found' },
  'missing-field': { zh: '缺少“{label}”', en: 'no "{label}"' },
  'funds-unit-assumed': { zh: '项目资金未写单位，按万元处理', en: 'funds unit not stated; 万元 assumed' },
  'funds-header-missing': {
    zh: '项目资金表缺少列标题，按标准列序读取',
    en: 'funds table has no column headings; the standard order is assumed',
  },
  'repeated-header': { zh: '表格中重复的表头（分页）已跳过', en: 'repeated header (page break) skipped' },
  'unreadable-number': { zh: '“{text}”不是数字，{field}按空处理', en: '"{text}" is not a number; {field} left blank' },
  'unreadable-amount': { zh: '“{text}”不是金额，{field}按空处理', en: '"{text}" is not an amount; {field} left blank' },
  'execution-row': {
    zh: '绩效指标表中的“预算执行率”行{detail}',
    en: '预算执行率 row inside the indicator table{detail}',
  },
  'empty-indicator-row': {
    zh: '只有指标类别、没有指标内容的行已跳过：{text}',
    en: 'row with only indicator categories skipped: {text}',
  },
  'damaged-label': {
    zh: '表头标签“{text}”识别有误，按“{label}”读取',
    en: 'header label "{text}" misread; read as "{label}"',
  },
  'duplicate-section': { zh: '重复的“{label}”已忽略', en: 'repeated "{label}" ignored' },
  'foreign-table': {
    zh: '不属于自评表的表格已跳过（{rows} 行，{cells} 个单元格）',
    en: 'a table that is not part of a form was skipped ({rows} rows, {cells} cells)',
  },
  'form-pages': { zh: '本表位于{pages}', en: 'this form is on {pagesEn}' },
  'ocr-low-confidence': {
    zh: 'OCR识别置信度低（{conf}%）：“{text}”，请核对原件；评分按无法识别处理',
    en: 'OCR read "{text}" with low confidence ({conf}%): check the original; scoring treats it as unreadable',
  },
  'formula-uncached': {
    zh: '公式无缓存值：请在 Excel/WPS 中打开并保存后再导入',
    en: 'formula without a cached value: open and save the file in Excel/WPS, then import it again',
  },
  'too-many-rows': { zh: '行数过多，第 {limit} 行之后未读取', en: 'too many rows; rows after {limit} not read' },
};

/** Make a note of the given code at a location, with its message interpolated from data. */
export function note(code: string, location: string, data: Record<string, unknown> = {}): ImportNote {
  const m = MESSAGES[code] ?? { zh: code, en: code };
  return { code, location, message: renderMsg(m, data), data };
}

/** A note's text as kept in evaluation.source.notes: the Chinese message and where it was found. */
export function noteText(n: ImportNote): string {
  return `${n.message.zh}（${n.location}）`;
}

/** Shorten long cell text for a message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
