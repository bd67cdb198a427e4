/** 任务布置: stages of the year with deadlines, what is due and overdue, progress per department. */
export * from './model';
export * from './validate';
export * from './due';
