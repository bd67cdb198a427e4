export * from './types';
export { BUILTIN_TEMPLATES, MOF_2020, INDICATORS_100, FUNDS_20, MOF_2020_TIERED, NO_EXECUTION, FRAMEWORK_2020, DEPARTMENT, UNSCORED, UNKNOWN_LAYOUT } from './builtin';
export {
  DEFAULT_TEMPLATE_ID,
  getTemplate,
  listTemplates,
  detectTemplate,
  explainTemplate,
  statedLevel1Points,
  fundsReportedApart,
  resolveTemplate,
  type TemplateSource,
} from './registry';
