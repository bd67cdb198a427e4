/**
 * The ranking as table rows, the same for the terminal, the xlsx export and JSON: one row per form
 * with its place, score, identity, claimed and proven totals, points per signal and its reasons.
 */
import type { Lang } from '../present';
import type { Sample, SampleWay } from './sample';
import { getSignal, SIGNALS } from './signals';
import type { RankedForm, SignalHit } from './types';

/** One form's line of the ranking table. */
export interface RankingRow {
  rank: number;
  score: number;
  /** The caller's key of the form ("seed-2020.txt#1"). */
  id: string;
  year: number;
  projectName: string;
  department: string;
  implementer: string;
  /** The claimed 总分 (the sum of the rows when 总分 is blank). */
  claimed: number | null;
  /** The most the evidence supports. */
  provenMax: number | null;
  /** Points by signal id, every signal present (0 when silent). */
  points: Record<string, number>;
  /** Each contributing signal's reason, largest first, in the chosen language. */
  reasons: string[];
  /** How the form came into the sample, when a sample was drawn; '' when not sampled. */
  sample: SampleWay | '';
}

/** A signal's short name in the chosen language ("自评虚高"); the id when unknown. */
export function signalTitle(signalId: string, lang: Lang): string {
  return getSignal(signalId)?.docs.title[lang] ?? signalId;
}

/** A reason as one line: "自评虚高 +24.99：自评 99 分，证据最多支持 90.67 分…". */
export function reasonText(hit: SignalHit, lang: Lang): string {
  const sep = lang === 'zh' ? '：' : ': ';
  // One line: a name the user wrote across lines must not split a reason (tables, xlsx cells).
  return `${signalTitle(hit.signalId, lang)} +${hit.points}${sep}${hit.message[lang]}`.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** The table rows of a ranking, with the sample marked when one is given. */
export function rankingRows(ranked: readonly RankedForm[], lang: Lang, sample?: Sample): RankingRow[] {
  const way = new Map((sample?.picks ?? []).map((p) => [p.id, p.way]));
  return ranked.map((r) => {
    const ev = r.input.scored.evaluation;
    const t = r.input.scored.totals;
    const points: Record<string, number> = Object.fromEntries(SIGNALS.map((s) => [s.id, 0]));
    for (const h of r.signals) points[h.signalId] = h.points;
    return {
      rank: r.rank,
      score: r.score,
      id: r.id,
      year: ev.year,
      projectName: ev.projectName,
      department: ev.department,
      implementer: ev.implementer,
      claimed: t.claimedTotal ?? (t.claimedSum > 0 ? t.claimedSum : null),
      provenMax: t.proven.max,
      points,
      reasons: r.signals.map((h) => reasonText(h, lang)),
      sample: way.get(r.id) ?? '',
    };
  });
}
