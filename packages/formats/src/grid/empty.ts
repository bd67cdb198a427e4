/**
 * A document that yields a form with no name, no funds and no indicators was not read: importing
 * it as an empty form (and exiting 0) hides that the table was lost. The reason says what the
 * document held instead, so that the person knows which file to import.
 */
import type { Evaluation, Msg } from '@jixiao/core';
import { FUND_KEYS } from '@jixiao/core';
import type { GridRow, ImportError } from './types';

/** True when the form holds nothing a reviewer could check. */
export function isEmptyForm(ev: Evaluation): boolean {
  const noFunds = FUND_KEYS.every((k) => Object.values(ev.funds[k]).every((v) => v === null));
  return ev.projectName.trim() === '' && noFunds && ev.indicators.length === 0;
}

/** The 未找到表格内容 error, with a reason read from the grid's shape. */
export function noTableContent(rows: GridRow[]): ImportError {
  const { message: r, data } = reasonOf(rows);
  return {
    code: 'no-table-content',
    location: rows.find((x) => x.some((c) => c.text.trim()))?.find((c) => c.text.trim())?.location ?? 'file',
    message: { zh: `未找到表格内容：${r.zh}`, en: `no table content found: ${r.en}` },
    data,
  };
}

// Words every form prints: found inside lines of text, they show a table that lost its cells.
const FORM_WORDS = ['项目名称', '主管部门', '实施单位', '年初预算数', '年度资金总额', '一级指标', '三级指标', '年度指标值'];

/** Why: `text-lines` (a table turned into lines of text), `paragraphs` (text, no table) or `no-content` (tables without a form's content). */
function reasonOf(rows: GridRow[]): { message: Msg; data: { reason: string; lines?: number } } {
  let lines = 0;
  let multi = 0;
  const words = new Set<string>();
  for (const row of rows) {
    const f = row.filter((c) => c.text.trim());
    if (!f.length) continue;
    lines++;
    if (f.length > 1) multi++;
    for (const c of f) {
      if (c.text.length > 2000) continue;
      for (const w of FORM_WORDS) if (c.text.includes(w)) words.add(w);
    }
  }
  if (words.size >= 3 && multi * 4 < lines)
    return { data: { reason: 'text-lines' }, message: {
      zh: '表格的栏目名称都在，但单元格已拆成逐行文字（例如 pdftotext 从 PDF 导出的文字），表格结构已丢失；请直接导入原 PDF、xlsx 或 docx 文件',
      en: 'the labels of the table are there, but its cells were turned into lines of text (as pdftotext makes of a PDF) and the table structure is lost; import the original PDF, xlsx or docx file instead',
    } };
  if (multi === 0)
    return { data: { reason: 'paragraphs', lines }, message: {
      zh: `只有 ${lines} 段文字，没有表格`,
      en: `only ${lines} paragraph(s) of text, no table`,
    } };
  return { data: { reason: 'no-content' }, message: {
    zh: '表格中没有项目名称、项目资金和绩效指标',
    en: 'the tables hold no 项目名称, no funds and no indicators',
  } };
}
