/** @jixiao/core — the model, value grammar, scoring, review and the workflow vocabulary. Pure TypeScript, no I/O. */
export * from './model';
export * from './present';
export * from './result';
export * from './validate';
export * from './money';
export * from './grammar';
export * from './templates';
export * from './scoring';
export * from './taxonomy';
export * from './review';
export * from './workflow';
export * from './ranking';
export * from './target-form';
export * from './monitoring';
export * from './tasks';
export * from './library';
export * from './cycle';
