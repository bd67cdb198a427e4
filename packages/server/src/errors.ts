/**
 * The one errors module: stable codes, HTTP statuses and {zh, en} messages, the wire envelope,
 * and the single edge where library and database errors become responses.
 */
import type { Msg } from '@jixiao/core';

const CODES = {
  'bad-request': [400, '请求无效', 'bad request'],
  'invalid-json': [400, '请求体不是有效的 JSON', 'the request body is not valid JSON'],
  'invalid-body': [400, '请求内容不符合要求', 'the request body is invalid'],
  'invalid-query': [400, '查询参数无效', 'invalid query parameter'],
  'invalid-evaluation': [400, '自评表数据无效', 'the evaluation is invalid'],
  'invalid-id': [400, '编号无效', 'invalid id'],
  'invalid-text': [400, '文本含有不允许的字符（空字符或不成对的代理项）', 'the text holds a character not allowed (NUL or a lone surrogate)'],
  'too-deep': [400, '请求嵌套层次过深', 'the request is nested too deeply'],
  'comment-required': [400, '此操作须填写意见', 'this action requires a comment'],
  'reason-required': [400, '人工调整或退回须写明理由', 'a manual change or a return needs a reason'],
  'unauthenticated': [401, '请先登录', 'please log in'],
  'bad-credentials': [401, '用户名或密码错误', 'wrong username or password'],
  'csrf': [403, '缺少或错误的 CSRF 令牌', 'missing or wrong CSRF token'],
  'forbidden': [403, '无权执行此操作', 'you may not do this'],
  'duties-separated': [403, '已启用职责分离：您已在本表的其他环节办理过，不能再办理此环节', 'separation of duties is on: you acted on this form at another stage and cannot act at this one'],
  'password-change-required': [403, '请先修改初始密码', 'change the password you were given first'],
  'not-found': [404, '未找到', 'not found'],
  'version-conflict': [409, '该表已被他人修改，请刷新后重试', 'the form was changed by someone else; reload and retry'],
  'invalid-transition': [409, '当前状态下不能执行此操作', 'this action is not allowed in the current status'],
  'not-editable': [409, '当前状态下不能修改此表', 'the form cannot be edited in its current status'],
  'findings-block': [409, '表中有错误级审核发现，财政部门设定须改正后才能提交或公开', 'the form has error-level findings, and finance has set that errors block submission and publication'],
  'targets-locked': [409, '年度指标已在主管部门审核时锁定，不能修改', 'the targets were locked when the department approved them'],
  'duplicate': [409, '已存在', 'already exists'],
  'cancelled': [409, '已取消', 'cancelled'],
  'payload-too-large': [413, '请求内容过大', 'the request body is too large'],
  'unsupported-media-type': [415, '不支持的内容类型', 'unsupported content type'],
  'evidence-type': [415, '佐证材料须为 PDF、PNG、JPG、XLSX 或 DOCX 文件（按文件内容判断）', 'evidence must be a PDF, PNG, JPG, XLSX or DOCX file (judged by its content)'],
  'evidence-limit': [413, '佐证材料超出大小或数量限制', 'the evidence exceeds the size or count limit'],
  'too-costly': [422, '文件处理超出时间或内存限制', 'the file took too long or too much memory to process'],
  'throttled': [429, '尝试次数过多，请稍后再试', 'too many attempts; try again later'],
  'internal': [500, '服务器内部错误', 'internal server error'],
  'busy': [503, '服务器繁忙，请稍后再试', 'the server is busy; try again shortly'],
} as const satisfies Record<string, readonly [number, string, string]>;

export type ErrorCode = keyof typeof CODES;

/** An error meant for the client: thrown by routes and commands, put on the wire by `envelope`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly msg: Msg;
  readonly path: string;
  readonly data?: Record<string, unknown>;
  /** Extra top-level fields of the body (e.g. `current` for a version conflict). */
  readonly extra: Record<string, unknown>;
  /** Response headers the error comes with (e.g. `Retry-After` when throttled). */
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, opts: ErrorOptions = {}) {
    const [status, zh, en] = CODES[code];
    super(opts.message?.en ?? en);
    this.code = code;
    this.status = status;
    this.msg = opts.message ?? { zh, en };
    this.path = opts.path ?? '';
    if (opts.data) this.data = opts.data;
    this.extra = opts.extra ?? {};
    this.headers = opts.headers ?? {};
  }
}

interface ErrorOptions {
  message?: Msg;
  path?: string;
  /** The values the message names (as in core's Issue), sent as `error.data` for clients and tests to read. */
  data?: Record<string, unknown>;
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Shorthand: `throw fail('not-found')`. */
export function fail(code: ErrorCode, opts?: ErrorOptions): AppError {
  return new AppError(code, opts);
}

/** 404, for what is missing and for what the actor may not see alike (existence is not revealed). */
export function notFound(): never {
  throw fail('not-found');
}

/** The wire envelope of an error. */
export function envelope(e: AppError): Record<string, unknown> {
  return { error: { code: e.code, message: e.msg, path: e.path, ...(e.data ? { data: e.data } : {}) }, ...e.extra };
}

/**
 * Map anything thrown to an AppError. Database constraint violations come from user input
 * (a duplicate username, a parent that does not exist) and must not become 5xx. A request body
 * that is not JSON is answered by readJson; any other parse failure is the server's own (500, logged).
 */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const err = e as { code?: string; status?: number } | null;
  const code = err?.code ?? '';
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return fail('duplicate');
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return fail('bad-request', { message: { zh: '引用的对象不存在', en: 'a referenced record does not exist' } });
  if (code.startsWith('22') || code === 'SQLITE_TOOBIG' || code === 'SQLITE_MISMATCH' || code === 'SQLITE_CONSTRAINT_NOTNULL')
    return fail('bad-request', { message: { zh: '数据超出允许范围', en: 'a value is out of range' } });
  // hono's HTTPException from bodyLimit and the like carries a status.
  if (err?.status === 413) return fail('payload-too-large');
  return fail('internal');
}
