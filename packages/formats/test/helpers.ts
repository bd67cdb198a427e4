/** Test helpers for the text importers: fixture paths, the fixture-JSON mapping, comparisons. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Big, canonical, emptyFundRow, type Evaluation, type FundRow, type Indicator } from '@jixiao/core';

/** Absolute path of a file under packages/formats/test/. */
export function testPath(rel: string): string {
  return fileURLToPath(new URL(`./${rel}`, import.meta.url));
}

/** A file under packages/formats/test/ as text. */
export function readTestFile(rel: string): string {
  return readFileSync(testPath(rel), 'utf8');
}

/** The seed file (two real 2020 forms) as committed in examples/. */
export function seedText(): string {
  return readFileSync(fileURLToPath(new URL('../../../examples/seed-2020.txt', import.meta.url)), 'utf8');
}

export const REAL_FORMS = ['007', '008', '014', '017', '020'] as const;

/** The Evaluation without what the importer adds about its source, for comparing content. */
export function content(ev: Evaluation): Omit<Evaluation, 'source' | 'template'> {
  const { source: _s, template: _t, ...rest } = ev;
  return rest;
}

type FixtureFund = Record<keyof FundRow, number | string | null> | null;
interface FixtureIndicator {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string;
  weight: number | null;
  score: number | null;
  deviation: string;
}

const money = (v: number | string | null): string | null => (v === null ? null : canonical(new Big(v)));

function fund(f: FixtureFund): FundRow {
  if (!f) return emptyFundRow();
  return {
    initial: money(f.initial),
    adjusted: money(f.adjusted),
    executed: money(f.executed),
    weight: f.weight as number | null,
    rate: f.rate as string | null,
    score: f.score as number | null,
  };
}

/**
 * Map a real-forms fixture (the cells as printed) to the model: level3 → name, numbers →
 * decimal strings, null texts → "". The 预算执行率 row some templates put in the indicator table
 * is not an indicator: the reader notes it (and moves its 分值/得分 to the funds row if any).
 */
export function fixtureEvaluation(id: string): Omit<Evaluation, 'source' | 'template'> {
  const fx = JSON.parse(readTestFile(`fixtures/real-forms/${id}.json`));
  const indicators: Indicator[] = (fx.indicators as FixtureIndicator[])
    .filter((i) => i.level1 !== '预算执行率')
    .map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.level3,
      target: i.target,
      actual: i.actual,
      weight: i.weight,
      score: i.score,
      deviation: i.deviation,
    }));
  return {
    schemaVersion: 1,
    year: fx.year,
    projectName: fx.projectName ?? '',
    department: fx.department ?? '',
    implementer: fx.implementer ?? '',
    funds: {
      unit: '万元',
      total: fund(fx.funds.total),
      fiscal: fund(fx.funds.fiscal),
      carryover: fund(fx.funds.carryover),
      other: fund(fx.funds.other),
    },
    // The cell renderings carry the goal cells as a Chinese page prints them (goalsZh).
    goals: { expected: (fx.goalsZh ?? fx.goals).expected, actual: (fx.goalsZh ?? fx.goals).actual },
    indicators,
    total: { weight: fx.total.weight, score: fx.total.score },
  };
}

/** The seed forms flattened as a PDF or web copy gives them: non-empty cells joined by spaces. */
export function flattenCells(cellText: string): string[] {
  const forms: string[][] = [];
  for (const line of cellText.split(/\r?\n/)) {
    if (!line.startsWith('\t')) continue;
    const t = line.trim();
    if (!t) continue;
    if (t === '项目支出绩效自评表') forms.push([]);
    forms[forms.length - 1].push(t);
  }
  return forms.map((f) => f.join(' '));
}
