/** The 运行监控表: model, validation, traffic lights, and what review and ranking take from it. */
export * from './model';
export * from './validate';
export * from './lights';
export * from './context';
