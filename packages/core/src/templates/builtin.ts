/**
 * The built-in scoring templates, as data. Each one records a practice seen on real forms; what
 * differs between them is only the values below, which shared code reads.
 */
import type { Template } from './types';

const BANDS: Template['bands'] = { achieved: [0.8, 1], partial: [0.6, 0.8], notAchieved: [0, 0.6] };
// The 2020 bands: the total each grade needs (the grade names are workflow's GRADES).
const GRADE_BANDS: Template['grades'] = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];
const REQUIRED = ['产出指标', '效益指标', '满意度指标'];

/** 财预〔2020〕10号 as written: 预算执行率 10 counted inside 100; 产出 50, 效益 30, 满意度 10. */
export const MOF_2020: Template = {
  id: 'mof-2020',
  name: { zh: '财预〔2020〕10号默认（预算执行率10分计入总分）', en: 'MoF 2020 default (execution rate 10 of 100)' },
  total: 100,
  execution: { weight: 10, counted: true, formula: { kind: 'linear' } },
  level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  missingSatisfactionTo: '效益指标',
  bands: BANDS,
  lateWithinYear: 'partial',
  overAchievementThreshold: 0.2,
  equalTolerance: 0,
  grades: GRADE_BANDS,
  minIndicators: 3,
  satisfactionMinTarget: 90,
  requiredLevel1: REQUIRED,
  documentCriteria: [],
  // 效益 and 满意度 claims cannot be read off the form: an effect or a survey needs its file.
  evidenceRequired: ['效益', '满意度'],
  scored: true,
  recognised: true,
};

/**
 * The seed forms' layout: the 年度资金总额 row carries its own 分值 100 and 得分, reported apart;
 * the indicators alone add up to 100. 一级 weights are not prescribed (the two seed forms split
 * 70/20/10 and 60/30/10).
 */
export const INDICATORS_100: Template = {
  ...MOF_2020,
  id: 'indicators-100',
  name: { zh: '资金单列（指标合计100分，执行率不计分）', en: 'Funds apart (indicators alone sum to 100)' },
  execution: { weight: 100, counted: false, formula: { kind: 'linear' } },
  level1Weights: {},
  missingSatisfactionTo: null,
};

/** A local variant: 预算执行率 worth 20 points, the indicators 80 (产出 40, 效益 30, 满意度 10). */
export const FUNDS_20: Template = {
  ...MOF_2020,
  id: 'funds-20',
  name: { zh: '预算执行率20分（指标80分）', en: 'Execution rate 20 points, indicators 80' },
  execution: { weight: 20, counted: true, formula: { kind: 'linear' } },
  level1Weights: { 产出指标: 40, 效益指标: 30, 满意度指标: 10 },
};

/**
 * A local variant with a tiered execution score (some provinces): ≥95% full, ≥90% 90%, ≥80% 80%,
 * ≥60% 60%, below 60% nothing; grades 优 ≥80, 良 ≥70, 中 ≥60 as one deployment uses.
 */
export const MOF_2020_TIERED: Template = {
  ...MOF_2020,
  id: 'mof-2020-tiered',
  name: { zh: '预算执行率分档计分（优≥80）', en: 'Tiered execution score (优 ≥ 80)' },
  execution: {
    weight: 10,
    counted: true,
    formula: {
      kind: 'tiered',
      tiers: [
        { minRate: 0.95, share: 1 },
        { minRate: 0.9, share: 0.9 },
        { minRate: 0.8, share: 0.8 },
        { minRate: 0.6, share: 0.6 },
        { minRate: 0, share: 0 },
      ],
    },
  },
  grades: [
    { grade: '优', min: 80 },
    { grade: '良', min: 70 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
};

/**
 * No execution score at all: the 100 points are the indicators' (a Ningxia transfer-payment form:
 * 产出40/效益40/满意度20). The 一级 weights are the ones the form states in its headings.
 */
export const NO_EXECUTION: Template = {
  ...MOF_2020,
  id: 'no-execution',
  name: { zh: '不计预算执行率（指标合计100分）', en: 'No execution score (indicators alone sum to 100)' },
  execution: { weight: 0, counted: false, formula: { kind: 'linear' } },
  level1Weights: {},
  missingSatisfactionTo: null,
};

/**
 * The 财预〔2020〕10号 evaluation framework: 决策 / 过程(管理) / 产出 / 效益 (and 满意度), each with
 * the points the form states. 预算执行率 is an indicator inside 过程/管理, not a funds row score;
 * the 决策/过程 criteria are judged on documents against their 评价标准.
 */
export const FRAMEWORK_2020: Template = {
  ...MOF_2020,
  id: 'framework-2020',
  name: { zh: '决策、过程（管理）、产出、效益评价框架', en: 'Decision / process / output / benefit framework' },
  execution: { weight: 0, counted: false, formula: { kind: 'linear' } },
  level1Weights: {},
  missingSatisfactionTo: null,
  requiredLevel1: [],
  documentCriteria: ['决策', '过程', '管理'],
  // The criteria are judged on documents, so a full score on them needs the documents too.
  evidenceRequired: ['决策', '过程', '管理', '效益', '满意度'],
};

/**
 * 部门整体支出 forms: a department's whole spending, with no project and, on many, no 一级/二级
 * levels; 执行率 weighted 10 inside the 100. No 一级 weights or categories are prescribed.
 */
export const DEPARTMENT: Template = {
  ...MOF_2020,
  id: 'department',
  name: { zh: '部门整体支出绩效自评', en: 'Department-wide spending' },
  level1Weights: {},
  missingSatisfactionTo: null,
  requiredLevel1: [],
};

/** A form with no 分值/得分 columns: read and reviewed, but it yields no total and no grade. */
export const UNSCORED: Template = {
  ...MOF_2020,
  id: 'unscored',
  name: { zh: '无分值、得分栏（不评分）', en: 'No score columns (not scored)' },
  execution: { weight: 0, counted: false, formula: { kind: 'linear' } },
  level1Weights: {},
  missingSatisfactionTo: null,
  scored: false,
};

/**
 * A layout jixiao does not recognise: neither a 一级 nor a 二级 name is in the taxonomy. Nothing is
 * assumed about its weights or categories; only rules that need no template run, and a finding
 * says so.
 */
export const UNKNOWN_LAYOUT: Template = {
  ...MOF_2020,
  id: 'unknown-layout',
  name: { zh: '未识别的表格样式（只做不依赖模板的检查）', en: 'Unrecognised layout (template-free checks only)' },
  execution: { weight: 0, counted: false, formula: { kind: 'linear' } },
  level1Weights: {},
  missingSatisfactionTo: null,
  requiredLevel1: [],
  recognised: false,
};

/** All built-in templates, the default first. */
export const BUILTIN_TEMPLATES: readonly Template[] = [MOF_2020, INDICATORS_100, FUNDS_20, MOF_2020_TIERED, NO_EXECUTION, FRAMEWORK_2020, DEPARTMENT, UNSCORED, UNKNOWN_LAYOUT];
