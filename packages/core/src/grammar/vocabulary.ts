/**
 * The words the value grammar reads, as data: comparison words, units and the qualitative
 * vocabulary. Code in parse.ts, units.ts and qualitative.ts reads these lists; extend a list
 * here rather than adding a branch there.
 */
import type { Op, QualGrade } from './types';

/**
 * Comparison words written before a number, longest first so that 大于等于 wins over 大于.
 * They are only read when a number (or a date) follows, so prose such as 远高于预期数 keeps
 * its qualitative meaning. 达/达到 ("reaches") proves at least the number: '>='.
 */
export const PREFIX_OP_WORDS: ReadonlyArray<readonly [string, Op]> = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['不得低于', '>='],
  ['不得少于', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['达', '>='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['不得超过', '<='],
  ['不得高于', '<='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['不晚于', '<='],
  ['不迟于', '<='],
  ['至多', '<='],
  ['最多', '<='],
  ['控制在', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
];

/** Comparison words written after a number and its unit: 90%以上, 5万元以内. */
export const SUFFIX_OP_WORDS: ReadonlyArray<readonly [string, Op]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
];

/** Words after a number meaning "more than": 100余家 proves at least 100. */
export const APPROX_MORE_WORDS = ['余', '多'] as const;

/** What kind of quantity a unit measures. */
export type UnitKind = 'money' | 'percent' | 'count' | 'time' | 'area' | 'weight' | 'other';

/**
 * Units the grammar recognises after a number, each with the base unit it converts to, the
 * exact decimal factor, and its kind. Units not listed here may still take a 万/亿 prefix
 * (万亩 = 10000 亩), see MULTIPLIERS. 名 counts people, so its base is 人; 亩 and 公顷 stay
 * apart because 1 亩 is not an exact decimal number of 平方米.
 */
export const UNITS: Readonly<Record<string, { base: string; factor: string; kind: UnitKind }>> = {
  元: { base: '元', factor: '1', kind: 'money' },
  千元: { base: '元', factor: '1000', kind: 'money' },
  '%': { base: '%', factor: '1', kind: 'percent' },
  '‰': { base: '%', factor: '0.1', kind: 'percent' },
  个百分点: { base: '个百分点', factor: '1', kind: 'percent' },
  百分点: { base: '个百分点', factor: '1', kind: 'percent' },
  亩: { base: '亩', factor: '1', kind: 'area' },
  公顷: { base: '平方米', factor: '10000', kind: 'area' },
  平方米: { base: '平方米', factor: '1', kind: 'area' },
  平方公里: { base: '平方米', factor: '1000000', kind: 'area' },
  吨: { base: '千克', factor: '1000', kind: 'weight' },
  千克: { base: '千克', factor: '1', kind: 'weight' },
  公斤: { base: '千克', factor: '1', kind: 'weight' },
  斤: { base: '千克', factor: '0.5', kind: 'weight' },
  克: { base: '千克', factor: '0.001', kind: 'weight' },
  天: { base: '天', factor: '1', kind: 'time' },
  日: { base: '天', factor: '1', kind: 'time' },
  周: { base: '天', factor: '7', kind: 'time' },
  工作日: { base: '工作日', factor: '1', kind: 'time' },
  小时: { base: '小时', factor: '1', kind: 'time' },
  分钟: { base: '分钟', factor: '1', kind: 'time' },
  个月: { base: '月', factor: '1', kind: 'time' },
  月: { base: '月', factor: '1', kind: 'time' },
  年: { base: '月', factor: '12', kind: 'time' },
  公里: { base: '米', factor: '1000', kind: 'other' },
  千米: { base: '米', factor: '1000', kind: 'other' },
  米: { base: '米', factor: '1', kind: 'other' },
  厘米: { base: '米', factor: '0.01', kind: 'other' },
  毫米: { base: '米', factor: '0.001', kind: 'other' },
  粒: { base: '粒', factor: '1', kind: 'count' },
  立方米: { base: '立方米', factor: '1', kind: 'other' },
  千瓦: { base: '千瓦', factor: '1', kind: 'other' },
  人: { base: '人', factor: '1', kind: 'count' },
  名: { base: '人', factor: '1', kind: 'count' },
  人次: { base: '人次', factor: '1', kind: 'count' },
  户次: { base: '户次', factor: '1', kind: 'count' },
  批次: { base: '批次', factor: '1', kind: 'count' },
  课时: { base: '课时', factor: '1', kind: 'count' },
  学时: { base: '学时', factor: '1', kind: 'count' },
};

/** Single-character counting units (量词): each is its own base, factor 1, kind count. */
export const COUNT_UNITS =
  '家个次户期场项件套台辆所座处条篇份本册批轮起棵株头只床张间栋例宗笔门村校班部支片眼口根块箱袋盏组届种'.split('');

/** Spellings normalised to a canonical unit before lookup. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  百分比: '%',
  '人*次': '人次',
  '㎡': '平方米',
  m2: '平方米',
  'm²': '平方米',
  kg: '千克',
  km: '公里',
};

/** Magnitude prefixes that scale a unit: 万元, 亿元, 万亩, 万人次. Longest first. */
export const MULTIPLIERS: ReadonlyArray<readonly [string, string]> = [
  ['千万', '10000000'],
  ['百万', '1000000'],
  ['十万', '100000'],
  ['万', '10000'],
  ['亿', '100000000'],
];

/**
 * Cells that stand for "nothing here" (after removing spaces). Template stars such as
 * "≥**人" are handled in parse.ts: an unfilled template is a placeholder too.
 */
export const PLACEHOLDERS = /^(?:[-—–―─_/\\~～.…·]+|无|暂无|空|不适用|N\/?A|null)$/i;

/**
 * Qualitative words by grade, read in this order: negations first (未完成 is not achieved),
 * then partial (基本完成 is partial), then achieved. 未 is followed by anything but 来 (未来 is
 * "future"). Trend verbs (提高 …) are removed before the achieved words are read, so that the
 * 高 in 提高 does not count as 高.
 */
export const GRADE_WORDS: ReadonlyArray<readonly [QualGrade, RegExp]> = [
  ['not-achieved', /未(?!来)|没有|没|无法|无明显|不足|不到|不达标|不合格|不明显|不理想|不佳|较差|很差|效果差|不高/],
  ['partial', /基本|部分|一定|初步|较少|有所|个别|一般/],
  [
    'achieved',
    /达到|达成|完成|完毕|实现|明显|显著|远高于|高于|超过|超额|大幅|较好|良好|很好|优秀|优良|较高|高|有效|满意|符合|合格|达标|到位|及时|按时|按期|全部|圆满|顺利|提前/,
  ],
];

/** A cell that is exactly one of these: a yes/no answer or a one-character grade (优/良/中/差). */
export const EXACT_GRADES: Readonly<Record<string, QualGrade>> = {
  是: 'achieved',
  否: 'not-achieved',
  好: 'achieved',
  优: 'achieved',
  良: 'achieved',
  中: 'partial',
  差: 'not-achieved',
};

/**
 * Verdicts: a whole 实际完成值 that only says the unit judges itself done (达成预期指标, 已完成, 在预算内,
 * 符合要求, 效果明显). They grade nothing the reviewer can check: the unit's verdict, not a measurement.
 * Punctuation and spaces are removed before the lookup.
 */
export const VERDICT_WORDS: ReadonlySet<string> = new Set([
  '达成预期指标', '达成预期目标', '达到预期指标', '达到预期目标', '达到预期', '达成预期', '达到预期效果', '达到预期标准', '达成目标', '达到目标',
  '完成目标', '完成年度目标', '完成预期目标', '已完成', '完成', '全部完成', '已全部完成', '按时完成', '已按时完成', '按期完成', '已按期完成', '完成任务', '已完成任务',
  '在预算内', '在预算范围内', '预算范围内', '控制在预算内', '控制在预算范围内', '未超预算', '未超出预算',
  '符合要求', '符合规定', '符合标准', '符合预期', '符合相关规定', '符合相关要求',
  '效果明显', '成效明显', '成效显著', '效果显著', '效果良好', '效果较好',
  '达标', '已达标', '已实现', '实现', '已落实', '落实到位',
]);

/** Trend verbs: they say which way, not how far. Alone they claim nothing checkable. */
export const TREND_WORDS = /提高|提升|增加|增长|增强|改善|促进|加强|扩大|优化|完善|降低|减少|下降|增多|加大/g;

/**
 * Wording a reviewer cannot verify (vague targets, 财预〔2021〕101号 asks for 量化易评):
 * listed phrases, horizons (长期) and any trend verb; 效果明显 is listed because it has no verb.
 */
export const VAGUE_WORDS =
  /进一步|效果明显|明显改善|有效促进|中长期|长期|逐步|逐年|逐渐|持续|稳步|不断|一定程度|积极|提高|提升|增加|增长|增强|改善|促进|加强|扩大|优化|完善|降低|减少|下降|增多|加大/;

/**
 * Chinese numerals (一 … 九, 十 百 千 万, 零/〇, 两) are read as numbers only right before a
 * count unit (三家, 不少于两期, 一百零五人) and only when they are not part of a word that means
 * something else. These are those words: grades and quantifiers (一定 is partial, 一批 is "a
 * number of"), set phrases (一次性, 一条龙, 一村一品), slogans and plans (三农, 十四五) and place
 * names (三门峡, 五台山). A numeral whose span (numeral plus unit) overlaps one of them stays text.
 */
export const CHINESE_NUMERAL_EXCLUDED_WORDS: readonly string[] = [
  // grades, quantifiers, adverbs
  '一定', '一部分', '部分', '一些', '一般', '一致', '一体化', '一体', '一流', '一线', '一起', '一批',
  '一片', '一块', '一系列', '一揽子', '一口气', '一口价', '一眼', '一头', '一律', '一直', '一下', '一种',
  // set phrases
  '一次性', '一条龙', '一站式', '一门式', '一把手', '一本账', '一张图', '一张网', '一件事',
  '一期工程', '二期工程', '三期工程', '四期工程',
  '一村一品', '一户一档', '一户一宅', '一人一档', '一校一策', '一事一议', '一家一户',
  // ordinals and "only / unified"
  '第一', '第二', '第三', '统一', '唯一', '万一', '每一', '之一', '星期', '礼拜',
  // slogans and plans
  '三农', '三公', '三支一扶', '两学一做', '一带一路', '十二五', '十三五', '十四五', '十五五',
  '四个意识', '四个自信', '两个维护', '两个确保', '两个一百年', '三会一课', '两不愁',
  // place names with a count-unit character after a numeral
  '三门峡', '五台山', '五台县', '七台河', '九台', '十堰', '六盘水', '八一', '一汽',
];

/** Characters that may not come right before a Chinese numeral for it to count: 第三次 is an ordinal. */
export const CHINESE_NUMERAL_BAD_BEFORE = /[第每初其0-9.]$/;
