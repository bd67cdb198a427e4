/**
 * The common indicators: generic ones that fit most project spending, under the 一级/二级 of
 * 财预〔2020〕10号 (产出: 数量/质量/时效/成本; 效益: 经济/社会/生态/可持续影响; 满意度) and the
 * 成本 block 财预〔2021〕101号 lifts to the first level. Departments add the specific ones.
 */
import { LEVEL2_TABLE } from '../taxonomy';
import type { BasisKind } from '../target-form/model';
import { COMMON_OWNER, type LibraryDirection, type LibraryIndicator } from './model';

type Row = [level1: string, level2: string, name: string, unit: string | null, direction: LibraryDirection, basis: BasisKind | null, note: string];

const ROWS: readonly Row[] = [
  ['产出指标', '数量指标', '培训人次', '人次', '>=', 'plan', '按实际参训签到计'],
  ['产出指标', '数量指标', '服务企业数', '家', '>=', 'plan', ''],
  ['产出指标', '数量指标', '补助对象人数', '人', '>=', 'plan', '以批复的补助名单为准'],
  ['产出指标', '数量指标', '举办活动次数', '次', '>=', 'plan', ''],
  ['产出指标', '数量指标', '新建（改建）面积', '平方米', '>=', 'plan', ''],
  ['产出指标', '数量指标', '采购设备数量', '台（套）', '>=', 'plan', ''],
  ['产出指标', '质量指标', '验收合格率', '%', '>=', 'industry', '按验收报告计'],
  ['产出指标', '质量指标', '培训考核合格率', '%', '>=', 'history', ''],
  ['产出指标', '质量指标', '补助资金发放准确率', '%', '>=', 'plan', ''],
  ['产出指标', '质量指标', '设备完好率', '%', '>=', 'industry', ''],
  ['产出指标', '时效指标', '项目完成时间', null, '<=', 'plan', '写明具体日期，如2020年12月31日前'],
  ['产出指标', '时效指标', '资金拨付及时率', '%', '>=', 'plan', ''],
  ['产出指标', '时效指标', '补助资金发放时间', null, '<=', 'plan', ''],
  ['产出指标', '成本指标', '项目总成本', '万元', '<=', 'budget', '不超过批复预算'],
  ['产出指标', '成本指标', '人均培训成本', '元/人', '<=', 'budget', '参照培训费管理办法标准'],
  ['产出指标', '成本指标', '单位面积建设成本', '元/平方米', '<=', 'budget', ''],
  ['成本指标', '经济成本指标', '项目总成本', '万元', '<=', 'budget', '101号：成本指标单列为一级指标时使用'],
  ['成本指标', '社会成本指标', '对社会发展可能造成的负面影响', null, 'qualitative', 'other', '定性指标应分级分档表述'],
  ['成本指标', '生态环境成本指标', '对自然生态环境造成的负面影响', null, 'qualitative', 'other', '定性指标应分级分档表述'],
  ['效益指标', '经济效益指标', '带动社会投资', '万元', '>=', 'history', ''],
  ['效益指标', '经济效益指标', '新增就业人数', '人', '>=', 'history', ''],
  ['效益指标', '经济效益指标', '企业降低融资成本', '万元', '>=', 'history', ''],
  ['效益指标', '社会效益指标', '受益人数', '人', '>=', 'plan', ''],
  ['效益指标', '社会效益指标', '政策知晓率', '%', '>=', 'history', ''],
  ['效益指标', '社会效益指标', '服务覆盖率', '%', '>=', 'plan', ''],
  ['效益指标', '生态效益指标', '森林覆盖率', '%', '>=', 'history', ''],
  ['效益指标', '生态效益指标', '污染物排放减少量', '吨', '>=', 'history', ''],
  ['效益指标', '可持续影响指标', '设施持续使用年限', '年', '>=', 'industry', ''],
  ['效益指标', '可持续影响指标', '长效管理机制建立情况', null, 'qualitative', 'other', '写明分级标准：建立并运行/已建立/未建立'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '%', '>=', 'industry', '一般不低于90%，写明调查方式'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '%', '>=', 'industry', '以问卷调查结果为准'],
  ['满意度指标', '服务对象满意度指标', '受益群众满意度', '%', '>=', 'industry', ''],
];

/** The built-in common indicators. */
export const COMMON_INDICATORS: readonly LibraryIndicator[] = ROWS.map(([level1, level2, name, unit, direction, basis, note]) => ({
  id: `${COMMON_OWNER}:${level1}/${level2}/${name}`,
  level1, level2, name, unit, direction, basis, note, owner: COMMON_OWNER, examples: [],
}));

/** The 一级 → 二级 framework the library is organised by: 10号's, with 101号's 成本 block. */
export function libraryLevels(): { level1: string; level2: string[] }[] {
  const out = new Map<string, string[]>();
  for (const e of LEVEL2_TABLE) for (const p of e.parents) out.set(p, [...(out.get(p) ?? []), e.name]);
  return [...out].map(([level1, level2]) => ({ level1, level2 }));
}
