/** 整改 (rectification items and their life cycle) and 结果应用 (the results report and its budget signal). */
export * from './items';
export * from './results';
