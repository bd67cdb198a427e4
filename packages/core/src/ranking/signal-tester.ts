/**
 * A strict table tester for risk signals, like review's rule tester: each case is a form patch
 * with context, scored, reviewed and frozen (a signal that mutates its input fails); a firing case
 * must name a declared message, fill every placeholder of it, and give the expected amount and
 * data; every declared message must be produced by some firing case.
 *
 * Test-only: it imports vitest, so it is not exported from the package index.
 */
import { describe, expect, it } from 'vitest';
import { messageWords } from '../present';
import { deepFreeze } from '../review/rule-tester';
import type { Finding } from '../review/types';
import { exampleInput, type SignalExample } from './example';
import type { Measure, RankContext, Signal, SignalOptions } from './types';

/** A case: a patch over the example form, context, and option overrides. */
export interface SignalCase {
  name: string;
  patch?: SignalExample['patch'];
  context?: RankContext;
  /** Replace the review's findings (to test the findings signal with chosen ones). */
  findings?: Finding[];
  options?: SignalOptions;
}

/** A case on which the signal fires with this message, amount (to 2 decimals) and data (a subset). */
export interface FiringCase extends SignalCase {
  messageId: string;
  amount: number;
  data?: Record<string, unknown>;
}

/** Run a signal on a case, input frozen. */
export function measureCase(signal: Signal, c: SignalCase | (SignalExample & { options?: SignalOptions; findings?: Finding[] })): Measure | null {
  const input = exampleInput({ note: { zh: '', en: '' }, patch: c.patch, context: c.context });
  const findings = c.findings ?? input.findings;
  const arg = deepFreeze({ scored: input.scored, findings, context: structuredClone(c.context ?? {}) });
  return signal.measure(arg, { ...signal.defaultOptions, ...(c.options ?? {}) } as never);
}

/** Problems with a measure's message: undeclared id, placeholders left unfilled. */
export function messageProblems(signal: Signal, m: Measure): string[] {
  const msg = signal.messages[m.messageId];
  if (!msg) return [`unknown messageId ${m.messageId}`];
  const out: string[] = [];
  for (const text of [msg.zh, msg.en]) {
    const data = messageWords(m.data);
    for (const [, key] of text.matchAll(/\{(\w+)\}/g)) {
      if (data[key] === undefined || data[key] === null) out.push(`placeholder {${key}} not in data`);
    }
  }
  return out;
}

export const signalTester = {
  /** Vitest blocks for a signal: silent cases give nothing, firing cases give what they say. */
  run(signal: Signal, tests: { silent: SignalCase[]; fires: FiringCase[] }): void {
    describe(`signal ${signal.id}`, () => {
      for (const c of tests.silent) {
        it(`silent: ${c.name}`, () => expect(measureCase(signal, c)?.amount ?? 0).toBeLessThanOrEqual(0));
      }
      for (const c of tests.fires) {
        it(`fires: ${c.name}`, () => {
          const m = measureCase(signal, c);
          expect(m, 'the signal stayed silent').not.toBeNull();
          expect(messageProblems(signal, m!)).toEqual([]);
          expect(m!.messageId).toBe(c.messageId);
          expect(m!.amount).toBeCloseTo(c.amount, 2);
          if (c.data) expect(m!.data).toMatchObject(c.data);
        });
      }
      it('every message is produced by a firing case', () => {
        const used = new Set(tests.fires.map((c) => c.messageId));
        expect(Object.keys(signal.messages).filter((id) => !used.has(id))).toEqual([]);
      });
    });
  },
};
