import { describe, expect, it } from 'vitest';
import { AppError, envelope, fail, toAppError } from './errors';

describe('toAppError', () => {
  it('passes AppErrors through and maps constraint violations to 4xx', () => {
    const e = fail('not-editable', { path: 'status' });
    expect(toAppError(e)).toBe(e);
    expect(toAppError({ code: '23505' }).code).toBe('duplicate');
    expect(toAppError({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }).status).toBe(400);
    expect(toAppError({ code: '22003' }).code).toBe('bad-request');
    expect(toAppError({ status: 413 }).code).toBe('payload-too-large');
  });

  it('keeps the server’s own failures 500, even a JSON parse of stored data', () => {
    let thrown: unknown;
    try {
      JSON.parse('{corrupt');
    } catch (err) {
      thrown = err;
    }
    expect(toAppError(thrown)).toMatchObject({ code: 'internal', status: 500 });
    expect(toAppError(new Error('Unexpected token in JSON at position 0'))).toMatchObject({ code: 'internal', status: 500 });
    expect(toAppError(null)).toBeInstanceOf(AppError);
    expect(envelope(toAppError(undefined))).toEqual({ error: { code: 'internal', message: { zh: '服务器内部错误', en: 'internal server error' }, path: '' } });
  });
});
