/**
 * A clean example form and patches over it. Rule tests and the generated docs build their cases
 * from these patches, so a docs example is a test case and shows only what differs.
 */
import type { ReviewContext } from './context';
import { emptyFundRow, type Evaluation, type FundKey, type FundRow, type Indicator, type Layout } from '../model';

/** The parts of a form a case changes; indicators replace the whole list. */
export interface FormPatch {
  header?: Partial<Pick<Evaluation, 'projectName' | 'department' | 'implementer'>>;
  template?: string;
  unit?: '万元' | '元';
  funds?: Partial<Record<FundKey, Partial<FundRow> | null>>;
  goals?: Partial<Evaluation['goals']>;
  indicators?: Partial<Indicator>[];
  total?: Partial<Evaluation['total']>;
  /** What the printed page shows (evaluation.source.layout), as an importer records it. */
  layout?: Layout;
}

/** An indicator row with blanks where the patch says nothing. */
export function row(p: Partial<Indicator>): Indicator {
  return { level1: '', level2: '', name: '', target: '', actual: '', weight: null, score: null, deviation: '', ...p };
}

/**
 * The clean base: mof-2020 (执行率 10 inside 100), funds 100/100/95 万元 scored 9.5, one indicator
 * of each kind, weights 50/30/10, every target met without over-achievement, 总分 99.5.
 */
export const BASE_INDICATORS: readonly Indicator[] = [
  row({ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 20, score: 20 }),
  row({ level2: '质量指标', name: '培训考核合格率', target: '≥90%', actual: '95%', weight: 10, score: 10 }),
  row({ level2: '时效指标', name: '培训完成时间', target: '2020年11月30日前', actual: '2020年11月20日', weight: 10, score: 10 }),
  row({ level2: '成本指标', name: '培训总成本', target: '≤100万元', actual: '95万元', weight: 10, score: 10 }),
  row({ level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 15, score: 15 }),
  row({ level2: '可持续影响指标', name: '持续跟踪服务企业数', target: '≥30家', actual: '32家', weight: 15, score: 15 }),
  row({ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 }),
];

function fundRow(p: Partial<FundRow>): FundRow {
  return { ...emptyFundRow(), ...p };
}

/** The clean base form (every rule is silent on it). */
export function baseForm(): Evaluation {
  return {
    schemaVersion: 1,
    year: 2020,
    projectName: '中小企业经营管理人才培训',
    department: '市工业和信息化局',
    implementer: '市中小企业发展服务中心',
    template: 'mof-2020',
    funds: {
      unit: '万元',
      total: fundRow({ initial: '100', adjusted: '100', executed: '95', weight: 10, rate: '95%', score: 9.5 }),
      fiscal: fundRow({ initial: '100', adjusted: '100', executed: '95', rate: '95%' }),
      carryover: emptyFundRow(),
      other: emptyFundRow(),
    },
    goals: {
      expected: '全年培训企业100家，考核合格率不低于90%，11月底前完成。',
      actual: '全年培训企业105家，考核合格率95%，11月20日完成，参训企业满意度96%。',
    },
    indicators: BASE_INDICATORS.map((i) => ({ ...i })),
    total: { weight: 100, score: 99.5 },
  };
}

/** The base form with a patch applied. */
export function exampleForm(p: FormPatch = {}): Evaluation {
  const ev = baseForm();
  Object.assign(ev, p.header ?? {});
  if (p.template) ev.template = p.template;
  if (p.unit) ev.funds.unit = p.unit;
  for (const [k, v] of Object.entries(p.funds ?? {}) as [FundKey, Partial<FundRow> | null][]) {
    ev.funds[k] = v === null ? emptyFundRow() : fundRow({ ...ev.funds[k], ...v });
  }
  Object.assign(ev.goals, p.goals ?? {});
  if (p.indicators) ev.indicators = p.indicators.map(row);
  Object.assign(ev.total, p.total ?? {});
  if (p.layout) ev.source = { ...ev.source, layout: p.layout };
  return ev;
}

/** The base indicators with some rows changed: withRows({3: {actual: '120万元'}}). */
export function withRows(changes: Record<number, Partial<Indicator>>, extra: Partial<Indicator>[] = []): Partial<Indicator>[] {
  return [...BASE_INDICATORS.map((r, i) => ({ ...r, ...(changes[i] ?? {}) })), ...extra];
}

/** A docs example: a patch, and for the wrong one the messages it produces. */
export interface ExampleCase {
  patch: FormPatch;
  options?: Record<string, unknown>;
  /** Facts beyond the form the example assumes (earlier years, monitoring). */
  context?: ReviewContext;
  errors?: { messageId: string; path: string; data?: Record<string, unknown> }[];
}

/** The wrong and right example shown on a rule's docs page; both run in the rule's tests. */
export interface RuleExamples {
  wrong: ExampleCase & { errors: { messageId: string; path: string; data?: Record<string, unknown> }[] };
  right: ExampleCase;
}

/** A docs example as a tester case: the patch applied to the base form. */
export function exampleCase<E extends ExampleCase>(e: E): { ev: Evaluation; options?: Record<string, unknown>; context?: ReviewContext } & Pick<E, 'errors'> {
  return { ev: exampleForm(e.patch), options: e.options, context: e.context, errors: e.errors } as never;
}
