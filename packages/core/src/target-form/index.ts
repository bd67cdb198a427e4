/** The 绩效目标申报表: model, validation, review at target time, and the baseline it sets for the self-evaluation. */
export * from './model';
export * from './validate';
export * from './review';
export * from './baseline';
export * from './adjustment';
