/** PDFs made in the tests: the seed's forms exported by jixiao, composed among other content, or broken on purpose. */
import type { Evaluation } from '@jixiao/core';
import { importText } from '../src/text/cells';
import { exportPdf, formContent, renderPdf } from '../src/pdf/export';
import type { ImportResult } from '../src/grid/types';
import { content, seedText } from './helpers';

/** The seed's two forms. */
export function seedForms(): Evaluation[] {
  const r = importText(seedText());
  if (!r.ok) throw new Error(r.issues[0].code);
  return r.forms.map((f) => f.evaluation);
}

/**
 * Seed form 1 with its 产出 indicators listed twice (the copies' 三级 names end in 续): a form too long for one
 * page, to test what happens where a form runs onto the next page.
 */
export function longForm(): Evaluation {
  const ev = seedForms()[0];
  const output = ev.indicators.filter((i) => i.level1 === '产出指标');
  const rest = ev.indicators.filter((i) => i.level1 !== '产出指标');
  return { ...ev, indicators: [...output, ...output.map((i) => ({ ...i, name: `${i.name}（续）` })), ...rest] };
}

/** jixiao's PDF export of forms. */
export function pdfOf(forms: Evaluation[]): Promise<Uint8Array> {
  return exportPdf(forms);
}

/** The content of every form read, or the error. */
export function contents(r: ImportResult): ReturnType<typeof content>[] {
  if (!r.ok) throw new Error(`${r.issues[0].code}: ${r.issues[0].message.zh} (${r.issues[0].location})`);
  return r.forms.map((f) => content(f.evaluation));
}

/** The page notes of the forms read ("第1–2页"). */
export function pageNames(r: ImportResult): string[] {
  if (!r.ok) throw new Error(r.issues[0].code);
  return r.forms.map((f) => f.notes.find((n) => n.code === 'form-pages')?.location ?? '');
}

const ruled = { hLineWidth: () => 0.6, vLineWidth: () => 0.6 };

/**
 * A 部门决算-like PDF: a heading and paragraphs, a budget table, the first form, signatures and a
 * rectification table right under it, a page of other tables, then the second form.
 */
export function mixedPdf(forms: Evaluation[]): Promise<Uint8Array> {
  const other = (rows: string[][]) => ({ table: { body: rows }, layout: ruled, margin: [0, 6, 0, 6] });
  return renderPdf([
    { text: '昌吉州工业和信息化局2020年度部门决算', fontSize: 16, bold: true, alignment: 'center' },
    { text: '一、部门基本情况：本部门主要职责是推动中小企业发展。下表为支出决算，其后附项目支出绩效自评表。', margin: [0, 8, 0, 4] },
    other([['科目编码', '科目名称', '决算数（万元）'], ['2150805', '中小企业发展专项', '75.6966'], ['2150899', '其他支出', '12.3']]),
    { text: '二、项目支出绩效自评情况', bold: true, margin: [0, 6, 0, 6] },
    ...formContent(forms[0]),
    { text: '填报人：张三        联系电话：0994-1234567        填报日期：2021年3月1日', margin: [0, 10, 0, 4] },
    other([['序号', '存在问题', '整改措施'], ['1', '资金拨付偏晚', '提前拨付']]),
    { text: '三、政府采购情况', bold: true, pageBreak: 'before' },
    other([['采购项目', '金额'], ['培训服务', '25']]),
    ...formContent(forms[1]).map((p, i) => (i === 0 ? { ...(p as object), pageBreak: 'before' } : p)),
  ]);
}

/** The same PDF with its fonts' ToUnicode maps hidden (a renamed key keeps every offset valid). */
export function withoutToUnicode(pdf: Uint8Array): Uint8Array {
  const s = Buffer.from(pdf).toString('latin1').replaceAll('/ToUnicode', '/ToUnicodX');
  return new Uint8Array(Buffer.from(s, 'latin1'));
}
