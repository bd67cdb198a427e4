/**
 * The strings of the budget-cycle pages (issue 14) as core `Msg` objects, Chinese first: kept out
 * of the shared dictionaries so this feature's strings live with it.
 */
import type { Msg } from '@jixiao/core';
import type { Light, PlanAction, PlanKind, PlanStatus } from '@jixiao/core';

const msg = (zh: string, en: string): Msg => ({ zh, en });

export const M = {
  exportAs: msg('导出', 'Export'),
  // Importing a 申报表 file.
  importTarget: msg('导入申报表', 'Import a target form'),
  importTitle: msg('导入绩效目标申报表', 'Import a target form file'),
  importHint: msg('选择申报表文件（xlsx、docx、pdf 或 html，如一体化系统或本系统导出的），先查看读出的内容，确认后保存为草稿', 'Choose a target form file (xlsx, docx, pdf or html, as the provincial system or jixiao exports it): look over what was read, then save it as a draft'),
  importChoose: msg('选择文件', 'Choose a file'),
  importFailed: msg('文件无法读取', 'The file could not be read'),
  importLocation: msg('位置', 'Where'),
  importCode: msg('错误类型', 'Error'),
  importNotes: msg('读取说明', 'What the reader noted'),
  importSave: msg('保存为草稿', 'Save as draft'),
  importSaved: msg('已保存为草稿', 'Saved as a draft'),
  importFormHead: msg('读出的申报表', 'Form read'),
  indicatorCount: msg('项指标', 'indicators'),
  // Traffic-light thresholds (finance's setting, shown on the monitoring form).
  thresholds: msg('预警阈值', 'Light thresholds'),
  thresholdsInForce: msg('执行进度低于时序进度的 {red}% 为红灯，{red}%–{yellow}% 为黄灯，其余为绿灯（财政部门设定）', 'Below {red}% of the time-proportional expectation red, {red}–{yellow}% yellow, else green (set by finance)'),
  // The department's indicator library.
  libraryNav: msg('部门指标库', 'Department indicators'),
  libraryTitle: msg('部门指标库管理', 'The department’s indicator library'),
  libraryDept: msg('主管部门', 'Department'),
  libraryAdd: msg('新增指标', 'Add an indicator'),
  libraryEdit: msg('修改', 'Edit'),
  libraryRetire: msg('停用', 'Retire'),
  libraryRestore: msg('恢复', 'Restore'),
  libraryRetired: msg('已停用', 'retired'),
  libraryActive: msg('在用', 'in use'),
  libraryShowRetired: msg('显示已停用', 'Show retired'),
  libraryNote: msg('备注', 'Note'),
  libraryUnit: msg('计量单位', 'Unit'),
  libraryExamples: msg('往年指标值', 'Targets seen'),
  libraryRetireConfirm: msg('停用后单位填报时不再能选到该指标，已选用的表不受影响。确定停用？', 'Units will no longer find it when filling a form; forms that picked it keep it. Retire it?'),
  libraryNameRequired: msg('请填写三级指标名称', 'Give the indicator’s name'),
  libraryLevelsRequired: msg('请填写一级和二级指标', 'Give the first- and second-level indicators'),
  libraryEmpty: msg('本部门还没有自有指标：新增，或由批复的申报表自动积累', 'No own indicators yet: add one, or they grow from approved target forms'),
  nav: msg('年度任务', 'Budget cycle'),
  cycleTitle: msg('年度绩效管理', 'The budget year'),
  year: msg('年度', 'Year'),
  stage: msg('阶段', 'Stage'),
  period: msg('监控期间', 'Period'),
  periodFrom: msg('起始月', 'From month'),
  periodTo: msg('截止月', 'To month'),
  units: msg('单位', 'Units'),
  projects: msg('项目（每行一个，留空为单位全部项目）', 'Projects (one a line; blank: all of the unit’s)'),
  deadline: msg('截止日期', 'Deadline'),
  note: msg('说明', 'Note'),
  openTask: msg('布置任务', 'Open the stage'),
  taskOpened: msg('任务已布置', 'Stage opened'),
  tasks: msg('已布置任务', 'Stages opened'),
  due: msg('待办任务', 'What is due'),
  progress: msg('完成情况', 'Completion by department'),
  department: msg('主管部门', 'Department'),
  expected: msg('应报', 'Expected'),
  submitted: msg('已报', 'Filed'),
  onTime: msg('按时', 'On time'),
  overdueCount: msg('逾期', 'Overdue'),
  completionRate: msg('完成率', 'Completion rate'),
  timelinessRate: msg('及时率', 'Timeliness rate'),
  overdueItems: msg('逾期事项', 'Overdue items'),
  project: msg('项目', 'Project'),
  status: msg('状态', 'Status'),
  daysLeft: msg('剩余天数', 'Days left'),
  allProjects: msg('全部项目', 'all projects'),
  nothingDue: msg('暂无待办任务', 'Nothing is due'),
  plans: msg('目标申报、运行监控与目标调整', 'Targets, monitoring and adjustments'),
  kind: msg('类型', 'Kind'),
  unit: msg('单位', 'Unit'),
  updated: msg('更新时间', 'Updated'),
  newTarget: msg('新建绩效目标申报表', 'New target form'),
  projectName: msg('项目名称', 'Project name'),
  create: msg('创建', 'Create'),
  cancel: msg('取消', 'Cancel'),
  save: msg('保存', 'Save'),
  saved: msg('已保存', 'Saved'),
  open: msg('打开', 'Open'),
  back: msg('返回年度任务', 'Back to the budget year'),
  leave: msg('有未保存的修改，确定离开？', 'There are unsaved changes. Leave anyway?'),
  // Target form.
  targetForm: msg('项目支出绩效目标申报表', 'Project expenditure performance target form'),
  implementer: msg('实施单位', 'Implementing unit'),
  deptName: msg('主管部门', 'Department'),
  funds: msg('资金申请', 'Funds requested'),
  fundsUnit: msg('金额单位', 'Amount unit'),
  total: msg('年度资金总额', 'Total for the year'),
  fiscal: msg('其中：财政拨款', 'of which: fiscal appropriation'),
  carryover: msg('上年结转', 'carried over'),
  other: msg('其他资金', 'other sources'),
  longTerm: msg('中长期目标', 'Medium/long-term goal'),
  annual: msg('年度目标', 'Annual goal'),
  indicators: msg('绩效指标', 'Indicators'),
  level1: msg('一级指标', 'Level 1'),
  level2: msg('二级指标', 'Level 2'),
  level3: msg('三级指标', 'Level 3 indicator'),
  target: msg('指标值', 'Target'),
  weight: msg('分值', 'Weight'),
  basis: msg('指标值设定依据', 'Basis of the target'),
  basisText: msg('依据说明', 'Basis, in words'),
  scoring: msg('评(扣)分标准', 'Scoring criteria'),
  earlier: msg('历史标准（往年目标/实际）', 'Earlier years (target / actual)'),
  noEarlier: msg('无往年记录', 'no earlier year'),
  belowHistory: msg('低于往年实际', 'below an earlier actual'),
  addRow: msg('添加指标', 'Add indicator'),
  removeRow: msg('删除', 'Remove'),
  pickFromLibrary: msg('从指标库选取', 'Pick from the library'),
  findings: msg('审核提示', 'Review findings'),
  noFindings: msg('无审核提示', 'No findings'),
  issues: msg('提交前需处理', 'To fix before submitting'),
  row: msg('行', 'Row'),
  actions: msg('操作', 'Actions'),
  // Library picker.
  library: msg('指标库', 'Indicator library'),
  librarySearch: msg('搜索指标（一级/二级/名称）', 'Search indicators (level 1 / level 2 / name)'),
  common: msg('通用', 'common'),
  direction: msg('方向', 'Direction'),
  usualUnit: msg('计量单位', 'Unit'),
  examples: msg('参考值', 'Examples'),
  pick: msg('选用', 'Pick'),
  noHits: msg('未找到指标', 'No indicator found'),
  // Workflow.
  submit: msg('提交', 'Submit'),
  returnIt: msg('退回', 'Return'),
  approve: msg('审核通过', 'Approve'),
  financeApprove: msg('财政批复', 'Finance approval'),
  unlock: msg('解锁', 'Unlock'),
  reason: msg('理由', 'Reason'),
  reasonRequired: msg('请填写理由', 'A reason is required'),
  confirm: msg('确定', 'Confirm'),
  approvals: msg('审批记录', 'Approvals'),
  versions: msg('流转记录', 'History'),
  conflict: msg('表单已被他人修改，已载入最新版本', 'Someone else changed the form; the latest version is loaded'),
  // After approval.
  baseline: msg('批复目标', 'Approved targets'),
  newMonitoring: msg('填报运行监控表', 'File monitoring'),
  newAdjustment: msg('申请目标调整', 'Request a target adjustment'),
  createEvaluation: msg('生成绩效自评表', 'Create the self-evaluation'),
  openEvaluation: msg('打开绩效自评表', 'Open the self-evaluation'),
  related: msg('相关表单', 'Related forms'),
  // Monitoring.
  monitoringForm: msg('项目支出绩效运行监控表', 'Performance monitoring form'),
  budget: msg('年度预算', 'Budget for the year'),
  executed: msg('执行数', 'Executed to date'),
  rate: msg('执行率', 'Execution rate'),
  expectedShare: msg('时间进度', 'Time elapsed'),
  expectedAmount: msg('按时间进度应支出', 'Expected by time'),
  light: msg('预警', 'Light'),
  completed: msg('1–N月完成值', 'Completed to date'),
  expectedFull: msg('全年预计完成', 'Expected full year'),
  likelihood: msg('完成可能性', 'Likelihood'),
  cause: msg('偏差原因', 'Deviation cause'),
  causeText: msg('原因说明', 'Cause, in words'),
  measure: msg('纠偏措施', 'Corrective measure'),
  progressLabel: msg('进度', 'Progress'),
  allCertain: msg('未判断的均为“确定能”', 'Set the rows not judged to “certain”'),
  // Adjustment.
  adjustment: msg('目标调整申请', 'Target adjustment request'),
  adjReason: msg('调整理由', 'Reason for the change'),
  field: msg('调整内容', 'Field'),
  from: msg('原值', 'From'),
  to: msg('调整为', 'To'),
  addChange: msg('添加调整项', 'Add a change'),
  indicator: msg('指标', 'Indicator'),
  // Self-evaluation beside panel.
  cycleTab: msg('目标与监控', 'Targets & monitoring'),
  changes: msg('已批准的目标调整', 'Approved adjustments'),
  monitoring: msg('运行监控', 'Monitoring'),
  noMonitoring: msg('无监控记录', 'no monitoring'),
  noChanges: msg('无调整', 'no adjustment'),
  lockedFromTargets: msg('目标来自已批复的绩效目标申报表，已锁定', 'Targets come from the approved target form and are locked'),
} as const;

export const KIND: Record<PlanKind, Msg> = {
  target: msg('绩效目标申报表', 'target form'),
  monitoring: msg('运行监控表', 'monitoring form'),
  adjustment: msg('目标调整申请', 'target adjustment'),
};

export const STATUS: Record<PlanStatus, Msg> = {
  draft: msg('草稿', 'draft'),
  submitted: msg('已提交', 'submitted'),
  returned: msg('已退回', 'returned'),
  dept_approved: msg('主管部门已审核', 'approved by the department'),
  finance_approved: msg('财政已批复', 'approved by finance'),
};

export const STATUS_COLOR: Record<PlanStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  dept_approved: 'cyan',
  finance_approved: 'success',
};

export const ACTION: Record<PlanAction, Msg> = {
  submit: M.submit,
  return: M.returnIt,
  approve: M.approve,
  'finance-approve': M.financeApprove,
  unlock: M.unlock,
};

/** Lights in words as well as colour (not colour alone, for screen readers and colour-blind readers). */
export const LIGHT: Record<Light, Msg> = {
  red: msg('红灯', 'red'),
  yellow: msg('黄灯', 'yellow'),
  green: msg('绿灯', 'green'),
};

export const DUE_STATUS: Record<'open' | 'overdue' | 'done' | 'done-late', Msg> = {
  open: msg('待报送', 'open'),
  overdue: msg('已逾期', 'overdue'),
  done: msg('已按时报送', 'filed on time'),
  'done-late': msg('逾期报送', 'filed late'),
};

export const FIELD: Record<'name' | 'target' | 'weight', Msg> = {
  name: M.level3,
  target: M.target,
  weight: M.weight,
};

/** A decimal-string rate ("0.5833") as a percentage with two places, by string arithmetic (no float). */
export function percent(rate: string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '—';
  const neg = rate.startsWith('-');
  const [int, frac = ''] = (neg ? rate.slice(1) : rate).split('.');
  const digits = (int + (frac + '0000').slice(0, 4)).replace(/^0+(?=\d)/, '');
  const padded = digits.padStart(3, '0');
  const whole = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  return `${neg ? '-' : ''}${whole}.${padded.slice(-2)}%`;
}

/** A library indicator's direction in words. */
export const DIRECTION: Record<'>=' | '<=' | '=' | 'qualitative', Msg> = {
  '>=': msg('≥ 越高越好', '≥ more is better'),
  '<=': msg('≤ 越低越好', '≤ less is better'),
  '=': msg('= 达到', '= to hit'),
  qualitative: msg('定性', 'qualitative'),
};

/** A message with {name} placeholders filled. */
export function fill(x: Msg, values: Record<string, string | number>): Msg {
  const put = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
  return { zh: put(x.zh), en: put(x.en) };
}
