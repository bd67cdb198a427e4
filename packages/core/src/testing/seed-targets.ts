/**
 * Seed form 1's targets (examples/seed-2020.txt) entered as the unit would have filed them in its
 * 绩效目标申报表 at the start of 2020: the same rows, 指标值 and 分值, with a basis for each value.
 */
import { targetRow as row, type TargetForm } from '../target-form/model';

const plan = { kind: 'plan' as const, text: '2020年“创客中国”大赛工作方案' };
const history = { kind: 'history' as const, text: '2019年完成情况' };

/** Seed form 1's target form: 2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛. */
export function seedTargetForm1(): TargetForm {
  return {
    schemaVersion: 1,
    year: 2020,
    projectName: '2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛',
    department: '昌吉州工业和信息化局',
    implementer: '昌吉州中小企业发展服务中心',
    template: '',
    funds: { unit: '万元', total: '29.8', fiscal: '5', carryover: '24.8', other: null },
    goals: {
      longTerm: '推动区域创新创业，培育“专精特新”中小企业，提升中小企业公共服务能力。',
      annual: '1.企业赛事度稳步提升；2.区域双创活跃度增长；3.对接资源服务效率提高。4.年内资金执行完毕。',
    },
    indicators: [
      row({ level1: '产出指标', level2: '数量指标', name: '报名参加地州市初选赛企业数量大于等于20家', target: '≥20家', weight: 15, basis: history }),
      row({ name: '自治区级"专精特新"中小企业数量较上一年增加', target: '≥2家', weight: 10, basis: history }),
      row({ name: '举办参赛项目对接次数', target: '≥11次', weight: 10, basis: plan }),
      row({ level2: '质量指标', name: '进入自治区半决赛项目拥有专利数量', target: '≥13个', weight: 10, basis: plan }),
      row({ name: '区域双创活跃度', target: '≥90%', weight: 10, basis: { kind: 'other', text: '参照往年活跃度测算' } }),
      row({ level2: '时效指标', name: '资金拨付时间', target: '2020年10月30日', weight: 5, basis: plan }),
      row({ name: '大赛举办完成时间', target: '≤10.31日', weight: 5, basis: plan }),
      row({ level2: '成本指标', name: '严格控制项目成本', target: '≤5万元', weight: 5, basis: { kind: 'budget', text: '大赛经费预算' } }),
      row({ level2: '社会效益指标', name: '企业参赛积极性', target: '明显提高', weight: 10, basis: plan }),
      row({ name: '为企业提供服务次数', target: '≥11次', weight: 5, basis: plan }),
      row({ level2: '可持续影响指标', name: '区域双创活跃度每年逐渐增加', target: '中长期', weight: 5, basis: plan }),
      row({ level1: '满意度指标', level2: '服务对象满意度指标', name: '被服务企业满意率', target: '≥95%', weight: 10, basis: { kind: 'industry', text: '服务对象满意度一般不低于90%' } }),
    ],
  };
}
