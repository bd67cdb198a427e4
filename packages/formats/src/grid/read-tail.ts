/**
 * Readers for what follows 总分: the finance re-score block (财政复核: 序号, 三级指标, 分值,
 * 自评得分, 复核得分, 复核意见, then 复核总分) and the signature block (填报人, 联系电话, 单位负责人,
 * 填报日期). Cells are placed by the block header's columns; the restated 分值/自评得分 are not read.
 */
import type { Signatures } from '@jixiao/core';
import { norm } from './labels';
import type { FormState } from './state';
import type { GridRow } from './types';
import { numberCell } from './values';

type ReviewColumn = 'index' | 'name' | 'weight' | 'self' | 'score' | 'reason';

const REVIEW_COLUMNS: Record<string, ReviewColumn> = {
  序号: 'index',
  三级指标: 'name',
  指标名称: 'name',
  分值: 'weight',
  自评得分: 'self',
  得分: 'self',
  复核得分: 'score',
  复核意见: 'reason',
  复核说明: 'reason',
};

const SIGNATURES: Record<string, keyof Signatures> = {
  填报人: 'preparer',
  填表人: 'preparer',
  联系电话: 'phone',
  单位负责人: 'head',
  填报日期: 'date',
  填表日期: 'date',
};

/** Read a row below 总分 when it belongs to the re-score or signature block; false otherwise. */
export function readTailRow(row: GridRow, st: FormState): boolean {
  const norms = row.map((c) => norm(c.text));
  // The 财政复核 label may be missing from the row: at the top of a page the repeated header's
  // 绩效指标 cell, open at its foot, runs into it. 自评得分 beside 复核得分 names the block as well.
  if (norms.includes('复核得分') && (norms.includes('财政复核') || norms.includes('自评得分'))) {
    const cols = new Map<number, ReviewColumn>();
    norms.forEach((n, i) => REVIEW_COLUMNS[n] && cols.set(i, REVIEW_COLUMNS[n]));
    st.review = cols;
    st.ev.financeReview = { scores: {} };
    return true;
  }
  const fr = st.ev.financeReview;
  if (st.review && fr) {
    const at = (k: ReviewColumn) => {
      for (const [i, c] of st.review!) if (c === k) return row[i];
      return undefined;
    };
    const totalIdx = norms.indexOf('复核总分');
    if (totalIdx >= 0) {
      const total = numberCell(at('score'), '复核总分', st.notes);
      if (total !== null) fr.total = total;
      const comment = at('reason')?.text.trim();
      if (comment) fr.comment = comment;
      st.review = null;
      return true;
    }
    const index = numberCell(at('index'), '复核序号', st.notes);
    if (index !== null && Number.isInteger(index) && index >= 1) {
      fr.scores[String(index - 1)] = { score: numberCell(at('score'), '复核得分', st.notes), reason: at('reason')?.text.trim() ?? '' };
      return true;
    }
  }
  if (!norms.some((n) => SIGNATURES[n])) return false;
  for (let i = 0; i < row.length; i++) {
    const key = SIGNATURES[norms[i]];
    if (!key) {
      if (row[i].text.trim()) st.unplaced(row[i]);
      continue;
    }
    let j = i + 1;
    while (j < row.length && !row[j].text.trim() && !SIGNATURES[norms[j]]) j++;
    if (j < row.length && !SIGNATURES[norms[j]]) {
      (st.ev.signatures ??= {})[key] = row[j].text.trim();
      i = j;
    }
  }
  return true;
}
