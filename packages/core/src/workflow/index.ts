/** The workflow vocabulary: organisations, roles, statuses, actions and their table, permissions, grades, locks; the plan forms (targets, monitoring, adjustments). */
export * from './organisations';
export * from './roles';
export * from './statuses';
export * from './transitions';
export * from './permissions';
export * from './grades';
export * from './targets';
export * from './financeReview';
export * from './plans';
