/**
 * The ranking: every signal measures every form, points = min(weight × amount, cap) rounded half
 * up at 2 decimals, the risk score is their sum, and forms sort by score (highest first), ties by
 * id so that the order never depends on the order the forms came in.
 */
import { Big } from '../money';
import { renderMsg } from '../result';
import type { Msg } from '../present';
import { DEFAULT_PROFILE, type ResolvedRiskProfile } from './profile';
import { SIGNALS } from './signals';
import type { RankContext, RankInput, RankedForm, Signal, SignalHit } from './types';

const NO_CONTEXT: RankContext = {};

/** Render a signal's message: one interpolation step into both languages, as review findings are. */
export function renderSignalMessage(signal: Signal, messageId: string, data: Record<string, unknown>): Msg {
  const m = signal.messages[messageId];
  if (!m) return { zh: messageId, en: messageId };
  return renderMsg(m, data);
}

function round2(n: number): number {
  return Number(new Big(n).round(2, Big.roundHalfUp));
}

/** What every enabled signal says about one form, largest contribution first. */
export function measureForm(input: RankInput, profile: ResolvedRiskProfile = DEFAULT_PROFILE, signals: readonly Signal[] = SIGNALS): SignalHit[] {
  const hits: SignalHit[] = [];
  const arg = { scored: input.scored, findings: input.findings, context: input.context ?? NO_CONTEXT };
  for (const s of signals) {
    const options = profile.get(s.id);
    if (!options) continue;
    const m = s.measure(arg, options as typeof s.defaultOptions);
    if (!m || !(m.amount > 0)) continue;
    const weight = options.weight as number;
    const cap = options.cap as number;
    const points = round2(Math.min(weight * m.amount, cap));
    if (points <= 0) continue;
    hits.push({ signalId: s.id, points, amount: round2(m.amount), messageId: m.messageId, data: m.data, message: renderSignalMessage(s, m.messageId, m.data) });
  }
  // Stable: equal points keep the registry's order.
  return hits.sort((a, b) => b.points - a.points);
}

/** Rank forms by risk; the input objects are carried through untouched. */
export function rankForms<T extends RankInput>(inputs: readonly T[], profile: ResolvedRiskProfile = DEFAULT_PROFILE, signals: readonly Signal[] = SIGNALS): RankedForm<T>[] {
  const measured = inputs.map((input) => {
    const hits = measureForm(input, profile, signals);
    // Summed in hundredths, which are integers: the total is exact.
    const score = hits.reduce((sum, h) => sum + Math.round(h.points * 100), 0) / 100;
    return { input, id: input.id, rank: 0, score, signals: hits };
  });
  measured.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  measured.forEach((m, i) => (m.rank = i + 1));
  return measured;
}
