/**
 * The two real 2020 forms of examples/seed-2020.txt, typed in by hand exactly as printed (blank
 * merged cells stay blank, text verbatim), for core tests. The real importer lives in formats.
 */
import type { Evaluation, FundRow, Indicator } from '../model';

function fund(
  initial: string | null,
  adjusted: string | null,
  executed: string | null,
  weight: number | null,
  rate: string | null,
  score: number | null,
): FundRow {
  return { initial, adjusted, executed, weight, rate, score };
}

function ind(
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: number | null,
  score: number | null,
  deviation = '',
): Indicator {
  return { level1, level2, name, target, actual, weight, score, deviation };
}

/** Seed form 1: 2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛 (总分 100, 自评 99). */
export function seedForm1(): Evaluation {
  return {
    schemaVersion: 1,
    year: 2020,
    projectName: '2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛',
    department: '昌吉州工业和信息化局',
    implementer: '昌吉州中小企业发展服务中心',
    // The paper names no template.
    template: '',
    funds: {
      unit: '万元',
      total: fund('29.8', '29.8', '29.8', 100, '100%', 100),
      fiscal: fund('5', '5', '5', null, '100%', null),
      carryover: fund('24.8', '24.8', '24.8', null, '100%', null),
      other: fund(null, null, null, null, null, null),
    },
    goals: {
      expected: '1.企业赛事度稳步提升；2.区域双创活跃度增长；3.对接资源服务效率提高。4.年内资金执行完毕。',
      actual:
        '截至2020年9月，项目已全部完成，因疫情原因，项目资金于12月末拨付完毕。1.已完成2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛；2.本次大赛参赛企业质量及数量均有所提升，区域双创活跃度显著增强；3.对接专业服务机构开展一对一专业化服务，服务效率及满意度大幅提升。4.11家企业获推参加自治区半决赛，2家企业分获自治区总决赛3等奖和优秀奖。',
    },
    indicators: [
      ind('产出指标', '数量指标', '报名参加地州市初选赛企业数量大于等于20家', '≥20家', '35', 15, 15, '报名参赛企业较多'),
      ind('', '', '自治区级"专精特新"中小企业数量较上一年增加', '≥2家', '4', 10, 10),
      ind('', '', '举办参赛项目对接次数', '≥11次', '11', 10, 10),
      ind('', '质量指标', '进入自治区半决赛项目拥有专利数量', '≥13个', '13', 10, 10),
      ind('', '', '区域双创活跃度', '≥90%', '≥15%', 10, 10),
      ind('', '时效指标', '资金拨付时间', '2020年10月30日', '12月30日', 5, 4, '受疫情影响'),
      ind('', '', '大赛举办完成时间', '≤10.31日', '10月31日', 5, 5),
      ind('', '成本指标', '严格控制项目成本', '≤5万元', '≤5万元', 5, 5),
      ind('', '社会效益指标', '企业参赛积极性', '明显提高', '远高于预期数', 10, 10),
      ind('', '', '为企业提供服务次数', '≥11次', '11次', 5, 5),
      ind('', '可持续影响指标', '区域双创活跃度每年逐渐增加', '中长期', '中长期', 5, 5),
      ind('满意度指标', '服务对象满意度指标', '被服务企业满意率', '≥95%', '100%', 10, 10, '企业满意度较高'),
    ],
    total: { weight: 100, score: 99 },
    source: { file: 'examples/seed-2020.txt', format: 'seed', form: 1 },
  };
}

/** Seed form 2: 2020年度自治区银河培训项目 (总分 100, 自评 100). */
export function seedForm2(): Evaluation {
  return {
    schemaVersion: 1,
    year: 2020,
    projectName: '2020年度自治区银河培训项目',
    department: '昌吉州工业和信息化局',
    implementer: '昌吉州中小企业发展服务中心',
    template: '',
    funds: {
      unit: '万元',
      // The printed row repeats 45.8966 five times (merged cells); the columns hold these.
      total: fund('45.8966', '45.8966', '45.8966', 100, '100%', 100),
      fiscal: fund('42', '42', '42', null, '100%', null),
      carryover: fund('3.8966', '3.8966', '3.8966', null, '100%', null),
      other: fund(null, null, null, null, null, null),
    },
    goals: {
      expected:
        '计划完成600家中小企业培训工作，截至9月25日，我局已收到培训项目资金42万元，上年结余资金3.8966万元。经党组会研究通过后，我局计划采取招标方式确定2家专业培训机构，计划开展6期线下培训，12月初完成600名企业经营管理人才培训工作。',
      actual:
        '完成900名中小企业及工信系统人员的培训工作，年度自治区安排培训项目资金42万元，上年结余资金3.8966万元。中心采取招标方式确定2家专业培训机构，开展6期培训工作，12月初完成900名企业经营管理人才和工信系统工作人员的培训工作。',
    },
    indicators: [
      ind('产出指标', '数量指标', '完成六期项目培训，计划培训600人', '≥600人', '900', 20, 20, '线上无法进行，改为线上进行'),
      ind(
        '',
        '质量指标',
        '邀请至少1名专家为中小企业减税降费、中小企业促进法、劳动权益保障，小微企业金融服务开展专项培训',
        '≥1名',
        '1',
        15,
        15,
      ),
      ind('', '时效指标', '资金拨付时间', '2020年12月31日前', '12月30日', 10, 10),
      ind('', '成本指标', '培训总成本', '≤42万元', '25万', 15, 15),
      ind('效益指标', '经济效益指标', '新增服务企业数', '≥100家', '新增服务企业100家', 10, 10),
      ind('', '', '进一步激发企业内生动力', '明显提升', '企业经营能力明显提升', 10, 10),
      ind('', '社会效益指标', '年组织银企对接不低于2次，帮助企业降低融资成本。', '≥2次', '实际完成2次', 10, 10),
      ind('满意度指标', '服务对象满意度指标', '被服务企业满意度', '≥90%', '满意率达95%以上', 10, 10, '企业满意度较高'),
    ],
    total: { weight: 100, score: 100 },
    source: { file: 'examples/seed-2020.txt', format: 'seed', form: 2 },
  };
}

/** Both seed forms, in file order. */
export function seedForms(): Evaluation[] {
  return [seedForm1(), seedForm2()];
}
