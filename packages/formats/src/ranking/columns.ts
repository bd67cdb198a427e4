/**
 * The columns of the ranking table as written to files, in both languages, so that a file
 * written in either language reads back: fixed columns, one column per risk signal, the reasons.
 */
import { SIGNALS, type RankingRow, type SampleWay, type Lang } from '@jixiao/core';

/** The fixed columns before the signal columns, with their titles and widths. */
export const FIXED = [
  { key: 'rank', zh: '排名', en: 'Rank', width: 6 },
  { key: 'score', zh: '风险分', en: 'Risk score', width: 9 },
  { key: 'sample', zh: '抽查', en: 'Sample', width: 9 },
  { key: 'id', zh: '来源', en: 'Source', width: 22 },
  { key: 'year', zh: '年度', en: 'Year', width: 7 },
  { key: 'projectName', zh: '项目名称', en: 'Project', width: 32 },
  { key: 'department', zh: '主管部门', en: 'Department', width: 18 },
  { key: 'implementer', zh: '实施单位', en: 'Implementer', width: 22 },
  { key: 'claimed', zh: '自评得分', en: 'Claimed', width: 9 },
  { key: 'provenMax', zh: '证据最多支持', en: 'Proven at most', width: 10 },
] as const satisfies readonly { key: keyof RankingRow; zh: string; en: string; width: number }[];

/** The title of the reasons column. */
export const REASONS = { zh: '排序原因', en: 'Reasons', width: 70 } as const;

/** How a form came into the sample, in words. */
export const SAMPLE_WORDS: Record<SampleWay, Record<Lang, string>> = {
  top: { zh: '风险前列', en: 'top' },
  random: { zh: '随机抽取', en: 'random' },
  added: { zh: '人工加入', en: 'added' },
};

/** Every column title in order, in one language. */
export function headerRow(lang: Lang): string[] {
  return [...FIXED.map((c) => c[lang]), ...SIGNALS.map((s) => s.docs.title[lang]), REASONS[lang]];
}

/** What a title names, in either language: a fixed column, a signal, or the reasons. */
export function columnOf(title: string): { fixed: (typeof FIXED)[number]['key'] } | { signal: string } | { reasons: true } | null {
  const t = title.trim();
  const fixed = FIXED.find((c) => c.zh === t || c.en === t);
  if (fixed) return { fixed: fixed.key };
  const s = SIGNALS.find((x) => x.docs.title.zh === t || x.docs.title.en === t);
  if (s) return { signal: s.id };
  if (t === REASONS.zh || t === REASONS.en) return { reasons: true };
  return null;
}

/** A sample word back to its way, in either language; '' when blank or unknown. */
export function sampleWay(text: string): SampleWay | '' {
  const t = text.trim();
  for (const [way, words] of Object.entries(SAMPLE_WORDS) as [SampleWay, Record<Lang, string>][]) if (words.zh === t || words.en === t) return way;
  return '';
}
