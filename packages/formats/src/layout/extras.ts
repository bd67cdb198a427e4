/**
 * What some forms carry below 总分: the finance bureau's re-score (财政复核) beside the unit's own
 * scores, and the signature block (填报人, 联系电话, 单位负责人, 填报日期). Laid out in the nine
 * columns of the official table, so every exporter draws them and the form reader reads them back.
 */
import type { Evaluation, Signatures } from '@jixiao/core';
import type { LayoutCell } from './official';

export const REVIEW_HEADERS = ['财政复核', '序号', '三级指标', '分值', '自评得分', '复核得分', '复核意见'] as const;
export const REVIEW_TOTAL = '复核总分';
export const SIGNATURE_LABELS: Record<keyof Signatures, string> = {
  preparer: '填报人',
  phone: '联系电话',
  head: '单位负责人',
  date: '填报日期',
};

type Put = (c: Omit<LayoutCell, 'rowSpan' | 'colSpan' | 'align'> & Partial<LayoutCell>) => void;

/** Lay out the re-score and signature blocks from row `r`; returns the next free row. */
export function layoutExtras(ev: Evaluation, r: number, put: Put): number {
  const fr = ev.financeReview;
  if (fr) {
    const keys = Object.keys(fr.scores)
      .filter((k) => ev.indicators[Number(k)])
      .sort((a, b) => Number(a) - Number(b));
    const label = (row: number, col: number, text: string, colSpan = 1, rowSpan = 1) => put({ row, col, text, kind: 'label', colSpan, rowSpan });
    const num = (row: number, col: number, n: number | null | undefined) =>
      put(n === null || n === undefined ? { row, col, kind: 'text', text: '', align: 'center' } : { row, col, kind: 'number', text: String(n), num: n });
    label(r, 0, REVIEW_HEADERS[0], 1, keys.length + 2);
    label(r, 1, REVIEW_HEADERS[1]);
    label(r, 2, REVIEW_HEADERS[2], 2);
    label(r, 4, REVIEW_HEADERS[3]);
    label(r, 5, REVIEW_HEADERS[4]);
    label(r, 6, REVIEW_HEADERS[5]);
    label(r, 7, REVIEW_HEADERS[6], 2);
    r++;
    for (const k of keys) {
      const ind = ev.indicators[Number(k)];
      const s = fr.scores[k];
      num(r, 1, Number(k) + 1);
      put({ row: r, col: 2, kind: 'text', text: ind.name, colSpan: 2 });
      num(r, 4, ind.weight);
      num(r, 5, ind.score);
      num(r, 6, s.score);
      put({ row: r, col: 7, kind: 'text', text: s.reason, colSpan: 2 });
      r++;
    }
    label(r, 1, REVIEW_TOTAL, 5);
    num(r, 6, fr.total);
    put({ row: r, col: 7, kind: 'text', text: fr.comment ?? '', colSpan: 2 });
    r++;
  }
  const sg = ev.signatures;
  if (sg && Object.values(sg).some((v) => v !== undefined)) {
    const pair = (row: number, col: number, key: keyof Signatures, span: number) => {
      put({ row, col, kind: 'label', text: SIGNATURE_LABELS[key] });
      put({ row, col: col + 1, kind: 'text', text: sg[key] ?? '', colSpan: span });
    };
    pair(r, 0, 'preparer', 2);
    pair(r, 3, 'phone', 2);
    pair(r, 6, 'head', 2);
    r++;
    pair(r, 0, 'date', 8);
    r++;
  }
  return r;
}
