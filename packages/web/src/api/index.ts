/** The typed API client: one function per endpoint, each returning `ApiResult` of the wire type. */
export type { ApiError, ApiResult } from './client';
export * from './forms';
export * from './session';
export * from './orgs';
export * from './stats';
export * from './imports';
export * from './publicForms';
export * from './exports';
export * from './settings';
export * from './admin';
export * from './notifications';
export * from './cycle';
export * from './rectification';
export * from './evidence';
export * from './sampling';
