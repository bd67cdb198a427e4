/**
 * The real-forms fixture format (packages/formats/test/fixtures/real-forms/README.md, and
 * fixtures/corpus/README.md for the optional fields the corpus adds) and its renderings: the
 * seed's cell layout (one cell per tab-prefixed line, rows separated by blank lines) and the
 * flattened one-line text that a copy out of a PDF or a web page gives.
 */

/** A funds row as printed; numbers may be given as strings to keep the printed digits (0.00, 89.974). */
export interface FundCells {
  initial: number | string | null;
  adjusted: number | string | null;
  executed: number | string | null;
  weight: number | string | null;
  rate: string | null;
  score: number | string | null;
}

export type FundKey = 'total' | 'fiscal' | 'carryover' | 'other';

export interface IndicatorCells {
  level1: string;
  level2: string;
  level3: string;
  /** 指标性质 (=, ≥, ≤, 定性) when the form has that column; written before the target. */
  nature?: string;
  target: string;
  /** 计量单位 / 度量单位 when the form has that column; it applies to target and actual alike. */
  unit?: string;
  actual: string;
  weight: number | string | null;
  score: number | string | null;
  deviation: string;
}

export type Where = 'indicator' | 'funds' | 'total' | 'goals' | 'header' | 'structure' | 'form';

export interface ExpectedFinding {
  text: string;
  where: Where;
  indicator: number | null;
  /** Further indicators the same fact touches (one finding per fact, naming all its places). */
  alsoIndicators?: number[];
  category: string;
  severity: 'error' | 'warning' | 'info';
  /** Set when the entry is a reviewer's doubt, not a defect: not counted for recall. */
  doubt?: string;
}

/** A funds row as the page prints it, with its label (blank cells are null, a printed dash is "—"). */
export interface FundRowCells extends FundCells {
  label: string;
}

export type FundColumn = 'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score';

/** A row the seed layout has no place for, kept as printed after a section or an indicator. */
export interface ExtraRow {
  after: 'header' | 'funds' | 'goals' | 'total' | number;
  cells: string[];
}

export interface CorpusForm {
  source: string | null;
  year: number | null;
  region: string | null;
  projectName: string | null;
  department: string | null;
  implementer: string | null;
  /** Title cell as printed; default 项目支出绩效自评表; null: the page shows none. */
  title?: string | null;
  /** Year cell as printed; default （YYYY年度）; null: the page prints no year line. */
  yearText?: string | null;
  /** False when the page shows no 项目名称/主管部门/实施单位 rows. */
  header?: boolean;
  /** Heading of the funds block as printed; default 项目资金（万元）. */
  fundsHeading?: string;
  /** Funds column headings as printed, where they differ from the seed's. */
  fundsColumns?: Partial<Record<FundColumn, string>>;
  /** The shared fixtures' funds: all four rows, standard labels, a dash in unused 分值/得分 cells. */
  funds?: Record<FundKey, FundCells | null> | null;
  /** The corpus's funds: the rows the page prints, in its order; null: no funds block. */
  fundRows?: FundRowCells[] | null;
  goals: { expected: string; actual: string } | null;
  /** The goal cells as printed; null: the page shows no goals block. */
  goalsZh?: { expected: string; actual: string } | null;
  /**
   * Heading of a goals block printed without 预期目标/实际完成情况 columns (项目年度目标, or
   * 年度总体目标 followed by the goal text): rendered as one row, heading then goal; no completion column.
   */
  goalsHeading?: string;
  /** First cell of the indicator header row as printed (绩效指标(90分), 年度绩效目标(80分)); null: no header row. */
  indicatorsHeading?: string | null;
  indicators: IndicatorCells[];
  extraRows?: ExtraRow[];
  /** Label of the total row as printed; default 总分. */
  totalLabel?: string;
  /** null: the page shows no 总分 row. */
  total: { weight: number | string | null; score: number | string | null } | null;
  layoutNotes: string;
  expectedFindings: ExpectedFinding[];
}

const FUND_LABELS: Record<FundKey, string> = {
  total: '年度资金总额',
  fiscal: '其中：当年财政拨款',
  carryover: '上年结转资金',
  other: '其他资金',
};
const FUND_KEYS: FundKey[] = ['total', 'fiscal', 'carryover', 'other'];

const cell = (v: number | string | null | undefined): string => (v === null || v === undefined ? '' : String(v));
// The official form prints a dash in the 分值/得分 cells it does not use.
const dash = (v: number | string | null | undefined): string => (v === null || v === undefined ? '—' : String(v));

/** A value cell of a form with a 计量单位 column: the unit follows a bare number it applies to. */
function withUnit(value: string, unit: string | undefined): string {
  if (!unit || !/^[-+]?\d+(\.\d+)?$/.test(value.trim())) return value;
  return `${value}${unit}`;
}

const FUND_COLUMNS: [FundColumn, string][] = [
  ['initial', '年初预算数'],
  ['adjusted', '全年预算数'],
  ['executed', '全年执行数'],
  ['weight', '分值'],
  ['rate', '执行率'],
  ['score', '得分'],
];

/** The funds rows: the corpus's rows as printed, or the shared fixtures' four standard rows. */
function fundsRows(f: CorpusForm): string[][] | null {
  if (f.fundRows === null || (f.fundRows === undefined && !f.funds)) return null;
  const heading = [f.fundsHeading ?? '项目资金（万元）', '', ...FUND_COLUMNS.map(([k, l]) => f.fundsColumns?.[k] ?? l)];
  if (f.fundRows) {
    return [heading, ...f.fundRows.map((r) => ['', r.label, ...FUND_COLUMNS.map(([k]) => cell(r[k]))])];
  }
  const funds = f.funds!;
  return [
    heading,
    ...FUND_KEYS.map((k) => {
      const r = funds[k];
      return ['', FUND_LABELS[k], cell(r?.initial), cell(r?.adjusted), cell(r?.executed), dash(r?.weight), cell(r?.rate), dash(r?.score)];
    }),
  ];
}

/** The form in the seed's cell layout. */
export function renderCells(f: CorpusForm): string {
  const rows: string[][] = [];
  const extra = (after: ExtraRow['after']) => {
    for (const e of f.extraRows ?? []) if (e.after === after) rows.push(e.cells);
  };
  const title = f.title === undefined ? '项目支出绩效自评表' : f.title;
  if (title !== null) rows.push([title]);
  const yearText = f.yearText !== undefined ? f.yearText : f.year !== null ? `（${f.year}年度）` : null;
  if (yearText !== null) rows.push([yearText]);
  if (f.header !== false) {
    rows.push(['项目名称', cell(f.projectName)]);
    rows.push(['主管部门', cell(f.department), '实施单位', cell(f.implementer)]);
  }
  extra('header');
  const funds = fundsRows(f);
  if (funds) rows.push(...funds);
  extra('funds');
  const goals = f.goalsZh === undefined ? f.goals : f.goalsZh;
  if (goals && f.goalsHeading !== undefined) {
    rows.push([f.goalsHeading, goals.expected]);
  } else if (goals) {
    rows.push(['年度总体目标', '预期目标', '实际完成情况']);
    rows.push(['', goals.expected, goals.actual]);
  }
  extra('goals');
  if (f.indicators.length) {
    if (f.indicatorsHeading !== null) rows.push([f.indicatorsHeading ?? '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    let prev: IndicatorCells | null = null;
    f.indicators.forEach((i, n) => {
      // Merged cells: a level is printed where it starts, as on the paper form.
      const l1 = !prev || prev.level1 !== i.level1;
      const l2 = l1 || prev!.level2 !== i.level2;
      const target = `${i.nature ?? ''}${withUnit(i.target, i.unit)}`;
      rows.push(['', l1 ? i.level1 : '', l2 ? i.level2 : '', i.level3, target, withUnit(i.actual, i.unit), cell(i.weight), cell(i.score), i.deviation]);
      prev = i;
      extra(n);
    });
  }
  if (f.total) rows.push([f.totalLabel ?? '总分', cell(f.total.weight), cell(f.total.score), '']);
  extra('total');
  return rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n') + '\n';
}

/** The form flattened to one line: the non-empty cells joined by spaces. */
export function renderFlat(cellText: string): string {
  const cells: string[] = [];
  for (const line of cellText.split('\n')) {
    if (!line.startsWith('\t')) continue;
    const t = line.trim();
    if (t) cells.push(t);
  }
  return cells.join(' ') + '\n';
}
