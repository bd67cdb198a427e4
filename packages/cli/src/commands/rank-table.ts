/** The ranking for the terminal: one aligned row per form, its reasons indented beneath it. */
import type { RankingRow, Sample, Lang } from '@jixiao/core';
import { clip, renderTable } from '../table';

const WAY: Record<string, Record<Lang, string>> = {
  top: { zh: '前列', en: 'top' },
  random: { zh: '随机', en: 'random' },
  added: { zh: '加入', en: 'added' },
};

function fmt(n: number | null): string {
  return n === null ? '—' : String(n);
}

/** The ranked table with each form's reasons, and the sample's record when one was drawn. */
export function renderRanking(rows: readonly RankingRow[], lang: Lang, sample?: Sample): string {
  const zh = lang === 'zh';
  const header = zh
    ? ['排名', '风险分', '来源', '项目名称', '实施单位', '自评', '证据最多', ...(sample ? ['抽查'] : [])]
    : ['rank', 'risk', 'source', 'project', 'implementer', 'claimed', 'proven≤', ...(sample ? ['sample'] : [])];
  const body = rows.map((r) => [
    String(r.rank),
    r.score.toFixed(2),
    r.id,
    clip(r.projectName || (zh ? '（无项目名称）' : '(no project name)'), 30),
    clip(r.implementer || '—', 18),
    fmt(r.claimed),
    fmt(r.provenMax),
    ...(sample ? [r.sample ? WAY[r.sample][lang] : ''] : []),
  ]);
  const lines = renderTable(header, body, ['r', 'r', 'l', 'l', 'l', 'r', 'r', 'l']).trimEnd().split('\n');
  const out = lines.slice(0, 2);
  rows.forEach((r, i) => {
    out.push(lines[2 + i]);
    if (r.reasons.length === 0) out.push(zh ? '      · 无风险信号' : '      · no risk signal');
    for (const reason of r.reasons) out.push(`      · ${reason}`);
  });
  let text = out.join('\n') + '\n';
  if (sample) text += '\n' + renderSample(sample, lang);
  return text;
}

/** The sample's record: counts, seed and algorithm, and every manual change with its reason. */
export function renderSample(s: Sample, lang: Lang): string {
  const zh = lang === 'zh';
  let out = zh
    ? `抽样：风险前 ${s.top} 张 + 随机 ${s.random} 张，共 ${s.picks.length} 张（${s.population} 张参与排序）；种子 "${s.seed}"（${s.algorithm}）\n`
    : `sample: top ${s.top} + random ${s.random} = ${s.picks.length} of ${s.population} ranked; seed "${s.seed}" (${s.algorithm})\n`;
  for (const p of s.picks) if (p.way === 'added') out += zh ? `  加入 ${p.id}：${p.reason}\n` : `  added ${p.id}: ${p.reason}\n`;
  for (const p of s.removed) out += zh ? `  移出 ${p.id}：${p.reason}\n` : `  removed ${p.id}: ${p.reason}\n`;
  out += zh ? `  以同一种子重抽：--seed ${JSON.stringify(s.seed)}\n` : `  to draw it again: --seed ${JSON.stringify(s.seed)}\n`;
  return out;
}
