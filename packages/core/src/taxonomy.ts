/**
 * The indicator taxonomy (一级 / 二级指标) of the 2020 framework plus 101号's 成本指标, as data
 * tables: name normalisation, synonyms, the 一级 a 二级 belongs to, the kind of each 二级 and
 * the direction an indicator's name implies. Review rules and scoring read these tables.
 */
import { toSimplified } from './grammar/traditional';
import { toHalfWidth } from './money';

/** What an indicator measures, by its 二级指标. */
export type IndicatorKind = 'quantity' | 'quality' | 'time' | 'cost' | 'benefit' | 'satisfaction';

/** The canonical 一级指标 names. */
export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;

/** One 二级指标: its canonical name, the 一级 it belongs to (first is the 2020 default) and its kind. */
export interface Level2Entry {
  name: string;
  parents: readonly string[];
  kind: IndicatorKind;
}

/**
 * The 二级 table. 成本指标 sits under 产出指标 in the 2020 framework and is its own 一级 in
 * 101号, so both parents are accepted; the 2020 one is listed first and used for inference.
 * 101号's cost 二级 (经济成本指标 …) are filed under 产出指标 by templates that kept the 2020
 * levels (Sichuan 2023, corpus 106): accepted there too, inferred as 成本指标.
 */
export const LEVEL2_TABLE: readonly Level2Entry[] = [
  { name: '数量指标', parents: ['产出指标'], kind: 'quantity' },
  { name: '质量指标', parents: ['产出指标'], kind: 'quality' },
  { name: '时效指标', parents: ['产出指标'], kind: 'time' },
  { name: '成本指标', parents: ['产出指标', '成本指标'], kind: 'cost' },
  { name: '经济效益指标', parents: ['效益指标'], kind: 'benefit' },
  { name: '社会效益指标', parents: ['效益指标'], kind: 'benefit' },
  { name: '生态效益指标', parents: ['效益指标'], kind: 'benefit' },
  { name: '可持续影响指标', parents: ['效益指标'], kind: 'benefit' },
  { name: '服务对象满意度指标', parents: ['满意度指标'], kind: 'satisfaction' },
  { name: '经济成本指标', parents: ['成本指标', '产出指标'], kind: 'cost' },
  { name: '社会成本指标', parents: ['成本指标', '产出指标'], kind: 'cost' },
  { name: '生态环境成本指标', parents: ['成本指标', '产出指标'], kind: 'cost' },
];

/** Other spellings seen on real forms, mapped to canonical names (after whitespace removal). */
export const LEVEL_SYNONYMS: Readonly<Record<string, string>> = {
  产出: '产出指标',
  效益: '效益指标',
  效果指标: '效益指标',
  效果: '效益指标',
  满意度: '满意度指标',
  成本: '成本指标',
  数量: '数量指标',
  质量: '质量指标',
  时效: '时效指标',
  时效性指标: '时效指标',
  经济效益: '经济效益指标',
  社会效益: '社会效益指标',
  生态效益: '生态效益指标',
  生态环境效益指标: '生态效益指标',
  可持续影响: '可持续影响指标',
  可持续发展指标: '可持续影响指标',
  服务对象满意度: '服务对象满意度指标',
  经济成本: '经济成本指标',
  社会成本: '社会成本指标',
  生态环境成本: '生态环境成本指标',
};

/** Spellings that mean something else in a 二级 cell: a bare 满意度 there is 服务对象满意度指标. */
export const LEVEL2_SYNONYMS: Readonly<Record<string, string>> = {
  满意度: '服务对象满意度指标',
  满意度指标: '服务对象满意度指标',
  社会满意度指标: '服务对象满意度指标',
  // Hubei's municipal template names the 时效 output 进度指标 (corpus 125).
  进度指标: '时效指标',
  进度: '时效指标',
};

const LEVEL1_PREFIX = /^(?:产出|效益|满意度)[:：-]?(?!指标)(.+)$/;
const LEVEL2_BY_NAME = new Map(LEVEL2_TABLE.map((e) => [e.name, e]));
const LEVEL1_SET = new Set<string>(LEVEL1_NAMES);

/** A 一级/二级 cell read: the canonical (or cleaned) name and a weight written into the cell. */
export interface LevelName {
  name: string;
  /** A weight stated in the cell: "产出指标(50分)" → 50; null when none. */
  weight: number | null;
  /** True when the name is in the taxonomy. */
  known: boolean;
}

// Weight written after the name: "(50分)", "（50）", "50分)", "50分". A bare trailing number
// without 分 or a bracket is not taken: it may belong to the name.
const WEIGHT_SUFFIX = /[(（]?(\d+(?:\.\d+)?)(?:分[)）]?|[)）])$/;
// Enumerators some forms put before the name: "一、", "1.", "（一）".
const ENUMERATOR = /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])/;

function clean(text: string): { base: string; weight: number | null } {
  let s = toSimplified(toHalfWidth(text)).replace(/\s+/g, '').replace(ENUMERATOR, '');
  let weight: number | null = null;
  const m = WEIGHT_SUFFIX.exec(s);
  // A cell holding only its points ("(50分)": the name lost or never printed) has an empty name.
  if (m && (m.index > 0 || /分/.test(m[0]))) {
    weight = Number(m[1]);
    s = s.slice(0, m.index);
  }
  return { base: s.replace(/[:：]$/, ''), weight };
}

function canonicalName(base: string): string {
  return LEVEL_SYNONYMS[base] ?? base;
}

// The same few dozen cell texts recur on every form: remember them (bounded, results are frozen).
const CACHE_LIMIT = 4096;
const cache1 = new Map<string, LevelName>();
const cache2 = new Map<string, LevelName>();

function remember(cache: Map<string, LevelName>, text: string, make: () => LevelName): LevelName {
  const hit = cache.get(text);
  if (hit) return hit;
  const v = Object.freeze(make());
  if (cache.size < CACHE_LIMIT) cache.set(text, v);
  return v;
}

/** Normalise a 一级指标 cell: "产 出 指 标" → 产出指标, "效益指标 30分)" → 效益指标 + 30, 效果指标 → 效益指标. */
export function normaliseLevel1(text: string): LevelName {
  return remember(cache1, text, () => {
    const { base, weight } = clean(text);
    const name = canonicalName(base);
    return { name, weight, known: LEVEL1_SET.has(name) };
  });
}

/** Normalise a 二级指标 cell: "经济效 益指标" → 经济效益指标, "数量" → 数量指标. */
export function normaliseLevel2(text: string): LevelName {
  return remember(cache2, text, () => {
    const { base, weight } = clean(text);
    let name = LEVEL2_SYNONYMS[base] ?? canonicalName(base);
    // Some templates prefix the 二级 with its 一级 (corpus 122: 產出數量, 產出質量, 產出時效, 產出成本).
    const m = LEVEL2_BY_NAME.has(name) ? null : LEVEL1_PREFIX.exec(base);
    if (m && LEVEL2_BY_NAME.has(canonicalName(m[1]))) name = canonicalName(m[1]);
    return { name, weight, known: LEVEL2_BY_NAME.has(name) };
  });
}

/** True when the (normalised) name is a canonical 一级指标. */
export function isLevel1(name: string): boolean {
  return LEVEL1_SET.has(name);
}

/** The 一级 a 二级 belongs to in the 2020 framework ("社会效益指标" → "效益指标"), or null. */
export function level1Of(level2: string): string | null {
  const e = LEVEL2_BY_NAME.get(normaliseLevel2(level2).name);
  return e ? e.parents[0] : null;
}

/** True when the 二级 may stand under the 一级 (both normalised); unknown names never contradict. */
export function level2FitsLevel1(level2: string, level1: string): boolean {
  const e = LEVEL2_BY_NAME.get(level2);
  if (!e || !LEVEL1_SET.has(level1)) return true;
  return e.parents.includes(level1);
}

/** The kind of a 二级指标 ("时效指标" → 'time'), or null when it is not in the taxonomy. */
export function kindOf(level2: string): IndicatorKind | null {
  return LEVEL2_BY_NAME.get(normaliseLevel2(level2).name)?.kind ?? null;
}

/** A direction a name implies: '<=' for costs and incidents, '>=' for rates to reach. */
export type Direction = '>=' | '<=';

/**
 * Words in an indicator's name and the direction they imply, first match wins. Bad rates come
 * before good ones (发生率 is a 率 to keep low), and "rate" words before bare 成本/费用 so that
 * 成本控制率 or 费用保障率 read as rates to reach.
 */
export const DIRECTION_WORDS: readonly { pattern: RegExp; direction: Direction }[] = [
  // A name that describes lowering a cost measures the saving: the more, the better (降低融资成本).
  { pattern: /(?:降低|减少|节约|节省|压减|减轻)[^，,。；;]{0,8}(?:成本|费用|负担|支出)/, direction: '>=' },
  {
    pattern: /发生率|事故率|差错率|投诉率|超支率|失误率|死亡率|返工率|不合格率|变质|损耗率|空置率|受害率|成灾率|发病率|结余率|调整率|(?:经费|人员|支出)控制率/,
    direction: '<=',
  },
  {
    pattern: /合格率|覆盖率|满意度|满意率|完成率|完工率|验收率|普及率|就业率|增长率|达标率|及时率|执行率|到位率|知晓率|使用率|利用率|保障率|兑现率|发放率|成活率|控制率|核算率|准确率|入学率|参与率/,
    direction: '>=',
  },
  { pattern: /成本|费用|投诉|事故|发生数|发生次数|安全事件|支出标准|单价/, direction: '<=' },
];

/** The direction an indicator's name implies (成本/费用/投诉/事故 → '<='; 合格率/满意度 → '>='), or null. */
export function expectedDirection(name: string): Direction | null {
  const s = toSimplified(name).replace(/\s+/g, '');
  for (const w of DIRECTION_WORDS) if (w.pattern.test(s)) return w.direction;
  return null;
}

/** The direction an indicator's 二级 kind implies when its name says nothing: costs are kept low. */
export const DIRECTION_BY_KIND: Readonly<Partial<Record<IndicatorKind, Direction>>> = { cost: '<=' };

/**
 * The direction of an indicator whose target has no operator: its name's words first (成本控制率
 * under 成本指标 is a rate to reach), then its 二级's kind (造林补助 under 成本指标 is a cost), else null.
 */
export function indicatorDirection(name: string, level2: string): Direction | null {
  const byName = expectedDirection(name);
  if (byName !== null) return byName;
  const kind = kindOf(level2);
  return kind === null ? null : (DIRECTION_BY_KIND[kind] ?? null);
}

// Shares bounded by 100%: a pass rate, coverage or satisfaction cannot exceed the whole. Rates of
// growth, completion or return can, and so can anything said to rise.
const SHARE = /率|满意度|认知度|知晓度|满意|比例|占比|比重/;
const UNBOUNDED = /增长|增幅|增速|提高|提升|增加|完成率|完工率|执行率|收益率|回报率|利润率|节约|降低|超/;

/** True when the indicator's name measures a share that cannot exceed 100% (合格率, 覆盖率, 满意度). */
export function isBoundedShare(name: string): boolean {
  let v = SHARE_CACHE.get(name);
  if (v === undefined) {
    const s = toSimplified(name);
    v = SHARE.test(s) && !UNBOUNDED.test(s);
    if (SHARE_CACHE.size < CACHE_LIMIT) SHARE_CACHE.set(name, v);
  }
  return v;
}
const SHARE_CACHE = new Map<string, boolean>();
