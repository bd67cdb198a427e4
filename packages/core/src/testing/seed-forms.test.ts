import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EvaluationSchema } from '../model';
import { seedForms } from './seed-forms';

// The seed file as cells: one tab-prefixed line each.
const seedText = readFileSync(fileURLToPath(new URL('../../../../examples/seed-2020.txt', import.meta.url)), 'utf8');
const cells = new Set(seedText.split('\n').map((l) => l.replace(/^\t/, '').trim()));

describe('seed form factory', () => {
  it('builds valid Evaluations', () => {
    for (const ev of seedForms()) expect(EvaluationSchema.safeParse(ev).success).toBe(true);
  });

  it('copies every non-blank text cell verbatim from examples/seed-2020.txt', () => {
    for (const ev of seedForms()) {
      const texts = [
        ev.projectName,
        ev.department,
        ev.implementer,
        ev.goals.expected,
        ev.goals.actual,
        ...ev.indicators.flatMap((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.deviation]),
        ...ev.indicators.flatMap((i) => [String(i.weight), String(i.score)]),
      ].filter((t) => t !== '');
      for (const t of texts) expect(cells.has(t), t).toBe(true);
    }
  });
});
