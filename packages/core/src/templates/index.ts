export * from './types';
export { BUILTIN_TEMPLATES, MOF_2020, INDICATORS_100, FUNDS_20, MOF_2020_TIERED } from './builtin';
export {
  DEFAULT_TEMPLATE_ID,
  getTemplate,
  listTemplates,
  detectTemplate,
  fundsReportedApart,
  resolveTemplate,
  type TemplateSource,
} from './registry';
