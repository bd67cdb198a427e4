/** The indicator library: common and department indicators, search, growth from approved forms, earlier years' values. */
export * from './model';
export * from './builtin';
export * from './search';
export * from './grow';
export * from './history';
