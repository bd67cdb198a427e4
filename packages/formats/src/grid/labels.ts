/**
 * The label vocabulary of the 项目支出绩效自评表: how the reader recognises titles, header fields,
 * funds rows and columns, and indicator columns, whatever the spacing or bracket style.
 */
import { toHalfWidth, toSimplified } from '@jixiao/core';

// Labels repeat on every form: normalising each distinct short text once keeps the reader fast.
const NORM_CACHE = new Map<string, string>();
const LONGEST_LABEL = 48;
// Pinyin glosses (項(xiàng)目) can double a label's length: such a text is read up to twice as long.
const GLOSSED = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/**
 * A label cell's text reduced for matching: half-width, simplified characters without pinyin
 * glosses (項(xiàng)目名稱 → 项目名称), no whitespace, no trailing colon or full stop (OCR reads a
 * speck after a label as 。 or .; no label ends in one).
 */
export function norm(text: string): string {
  // No label is this long; a long cell is returned as is and matches no label pattern.
  if (text.length > LONGEST_LABEL && (text.length > 2 * LONGEST_LABEL || !GLOSSED.test(text))) return text;
  let v = NORM_CACHE.get(text);
  if (v === undefined) {
    v = toSimplified(toHalfWidth(text)).replace(/\s+/g, '').replace(/[:：。.．]$/, '');
    if (NORM_CACHE.size > 20_000) NORM_CACHE.clear();
    NORM_CACHE.set(text, v);
  }
  return v;
}

/** True when the cell is a form title such as 项目支出绩效自评表 or 部门整体支出绩效自评表. */
export function isTitle(text: string): boolean {
  const n = norm(text);
  return n.length <= 40 && /(自评表|自评指标计分表)(\(?\d{4}年度?\)?)?$/.test(n);
}

/** The year a cell states ("（2020年度）", "2019年度)", "2020年"), or null. */
export function yearOf(text: string): number | null {
  const m = /(19\d\d|20\d\d|2100)\s*年/.exec(toHalfWidth(text));
  return m ? Number(m[1]) : null;
}

export type HeaderField = 'projectName' | 'department' | 'implementer' | 'ignored';

/** Header labels: 项目名称, 主管部门, 实施单位; 项目负责人及电话 and the like are read and ignored. */
export function headerField(text: string): HeaderField | null {
  const n = norm(text);
  if (n === '项目名称') return 'projectName';
  // Local templates name the same fields 项目主管单位, 市县主管部门, 项目实施单位/项目负责人.
  if (/^(项目)?(市县)?主管(部门|单位)(及代码)?$/.test(n)) return 'department';
  if (n === '预算单位' || (n.length <= 14 && /^(项目)?实施单位/.test(n))) return 'implementer';
  if (n.length <= 12 && /^(项目)?(负责人|联系人|联系电话)/.test(n)) return 'ignored';
  return damagedHeaderField(n);
}

const HEADER_LABELS: [string, HeaderField][] = [
  ['项目名称', 'projectName'],
  ['主管部门', 'department'],
  ['实施单位', 'implementer'],
];

/**
 * A header label that recognition damaged in one character (实施第位, 主管部n, 项目名祢): the label
 * is there, only misread. Four characters (after an optional 项目), exactly one of them different,
 * and the first two intact, so that no other label of the form (项目属性, 主管处室, 建设单位) is taken.
 */
function damagedHeaderField(n: string): HeaderField | null {
  const t = n.length === 6 && n.startsWith('项目') ? n.slice(2) : n;
  if (t.length !== 4) return null;
  for (const [label, field] of HEADER_LABELS) {
    if (t.slice(0, 2) !== label.slice(0, 2)) continue;
    let diff = 0;
    for (let i = 2; i < 4; i++) if (t[i] !== label[i]) diff++;
    if (diff === 1) return field;
  }
  return null;
}

/** True when a header label cell is one recognition damaged (read by damagedHeaderField). */
export function isDamagedHeaderLabel(text: string): boolean {
  const n = norm(text);
  return headerField(text) !== null && damagedHeaderField(n) !== null && !HEADER_LABELS.some(([l]) => n === l || n === `项目${l}`);
}

/** The funds table's heading cell: 项目资金（万元）. Returns its unit when stated. */
export function fundsHeading(text: string): { unit: '万元' | '元' | null } | null {
  const n = norm(text);
  if (n.length > 24) return null;
  if (!/^(项目)?资金(情况)?(\((万元|元)\))?$/.test(n) && !/^项目资金/.test(n)) return null;
  return { unit: unitOf(n) };
}

/** The money unit a label states: (万元) or (元). */
export function unitOf(text: string): '万元' | '元' | null {
  const n = norm(text);
  if (/\(万元\)|万元/.test(n)) return '万元';
  if (/\(元\)|单位:元/.test(n)) return '元';
  return null;
}

export type FundsColumn = 'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score';

/** A funds column heading: 年初预算数, 全年预算数（A）, 全年执行数（B）, 分值, 执行率, 得分. */
export function fundsColumn(text: string): FundsColumn | null {
  const n = norm(text);
  if (!n || n.length > 16) return null;
  // 得分(20分*执行率) states how the score is computed: it is the 得分 column, not the rate.
  if (/^得分/.test(n)) return 'score';
  if (/执行率/.test(n)) return 'rate';
  if (/^年初/.test(n)) return 'initial';
  if (/执行数|执行金额|实际支出/.test(n)) return 'executed';
  if (/预算数|调整后|预算金额/.test(n)) return 'adjusted';
  if (/^(分值|权重)/.test(n)) return 'weight';
  if (/^得分/.test(n)) return 'score';
  return null;
}

export type FundKey = 'total' | 'fiscal' | 'carryover' | 'other';

/** A funds row label: 年度资金总额, 其中：当年财政拨款 (and local variants), 上年结转资金, 其他资金. */
export function fundRowKey(text: string): FundKey | null {
  const n = norm(text);
  if (!n || n.length > 30) return null;
  // 总额, 年度总金额, 年度财政资金总额: whatever it totals, a row named a 总额 is the total row.
  if (/^(年度)?资金总额|^合计$|^(年度)?(财政)?(资金)?总(金)?额$/.test(n)) return 'total';
  if (/结转/.test(n)) return 'carryover';
  if (/^其他资金|^其他$/.test(n)) return 'other';
  if (/财政拨款|财政资金|补助.*资金|一般公共预算/.test(n)) return 'fiscal';
  return null;
}

export type GoalColumn = 'expected' | 'actual';

/** 年度总体目标 and its two columns (预期目标 / 实际完成情况; older 年初设定目标 / …完成情况综述); 项目年度目标 on the Hubei county template. */
export function isGoalsHeading(text: string): boolean {
  return /^(项目)?年度(总体)?(绩效)?目标$/.test(norm(text));
}

/** The goal column a sub-heading names. */
export function goalColumn(text: string): GoalColumn | null {
  const n = norm(text);
  if (n.length > 16) return null;
  if (/^(预期目标|年初设定目标|年度预期目标|绩效目标)$/.test(n)) return 'expected';
  if (/^(实际完成情况|年度总体目标完成情况综述|具体完成情况|完成情况)$/.test(n)) return 'actual';
  return null;
}

export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation';

/** Columns some versions add beside the value columns: 指标性质 (正向/反向, ≥/≤/=) and 计量单位. */
export type ExtraColumn = 'nature' | 'unit';

/** A 指标性质 or 计量单位 heading. */
export function extraColumn(text: string): ExtraColumn | null {
  const n = norm(text);
  if (/^(指标性质|指标方向|指标属性|性质)$/.test(n)) return 'nature';
  if (/^(计量单位|度量单位|单位)$/.test(n)) return 'unit';
  return null;
}

/** An indicator column heading, including older and split spellings (年度 / 指标值, 全年实际值). */
export function indicatorColumn(text: string): IndicatorColumn | null {
  const n = norm(text);
  if (!n || n.length > 20) return null;
  if (/^一级指标/.test(n)) return 'level1';
  if (/^二级指标/.test(n)) return 'level2';
  if (/^三级指标|^指标名称$/.test(n)) return 'name';
  if (/偏差|未完成原因|改进措施/.test(n)) return 'deviation';
  if (/^得分|^自评得分/.test(n)) return 'score';
  if (/^(分值|权重)/.test(n)) return 'weight';
  if (/实际|完成值/.test(n)) return 'actual';
  if (/指标值|^年度$|目标值/.test(n)) return 'target';
  return null;
}

/** Words of the second row of a header split over two rows (年度 / 指标值, 实际 / 完成值). */
export function isHeaderContinuation(text: string): boolean {
  return /^(指标值|完成值|值|实际值|目标值)$/.test(norm(text));
}

/** The 总分 row label. */
export function isTotalLabel(text: string): boolean {
  return /^(总分|合计|总计|总得分)$/.test(norm(text));
}

/** A 预算执行率 row inside the indicator table (some templates score execution there). */
export function isExecutionLabel(text: string): boolean {
  return /^预算执行率(\(?\d+分?\)?)?$/.test(norm(text));
}

/** Placeholders that mean "nothing here" in a number or amount cell. */
export function isPlaceholder(text: string): boolean {
  return /^([—–\-－/／\\]+|无|空)$/.test(text.trim());
}

/** Points a heading or label states: "产出指标(50分)" → 50, "得分 (20分*执行率)" → 20, "项目决策 2 分" → 2. */
export function statedPoints(text: string): number | null {
  const n = norm(text);
  if (n.length > 40) return null;
  const m = /(\d+(?:\.\d+)?)分/.exec(n);
  return m ? Number(m[1]) : null;
}

/** True when a title names a 部门整体支出 form (a department's whole spending, no project). */
export function isDepartmentTitle(text: string): boolean {
  return /部门整体/.test(norm(text));
}
