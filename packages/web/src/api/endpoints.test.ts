import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyEvaluation } from '@jixiao/core';
import * as api from '.';
import { setCsrfToken } from './client';

interface Sent {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

/** A fetch that records each request and answers with `reply` (JSON, 200 unless told). */
function recordingFetch(reply: (url: string) => { status?: number; body?: unknown } = () => ({ body: {} })) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const body = init.body instanceof FormData ? [...init.body.keys()] : init.body === undefined ? undefined : JSON.parse(String(init.body));
      sent.push({ method: String(init.method), url, body, headers: init.headers as Record<string, string> });
      const r = reply(url);
      return r.status === 204 ? new Response(null, { status: 204 }) : new Response(JSON.stringify(r.body ?? {}), { status: r.status ?? 200 });
    }),
  );
  return sent;
}

beforeEach(() => setCsrfToken('tok'));
afterEach(() => void vi.unstubAllGlobals());

describe('the typed API client', () => {
  it('sends each endpoint as docs/api.md describes it', async () => {
    const sent = recordingFetch();
    const ev = emptyEvaluation(2020);
    const file = new Blob(['x']);
    await api.listForms({ year: '2020', orgId: '', status: 'draft', q: '银河', page: 2, pageSize: 20 });
    await api.getForm('7');
    await api.createForm(ev);
    await api.saveForm('7', 3, ev);
    await api.transition('7', 3, 'submit');
    await api.transition(7, 4, 'return', { comment: '补充佐证' });
    await api.transition('7', 5, 'finance-review', { comment: '', financeReview: { scores: {}, comment: '好' } });
    await api.listVersions('7');
    await api.getVersion('7', 2);
    await api.listComments('7');
    await api.addComment('7', '整体', null);
    await api.addComment('7', '第3行', 2);
    await api.importFiles([{ blob: file, name: 'a.txt' }]);
    await api.importFiles([{ blob: file, name: 'a.txt' }], { save: true });
    await api.importFiles([{ blob: file, name: 'a.txt' }], { save: true, allowDuplicates: true });
    await api.listOrgs();
    await api.getStats({ year: 2020, orgId: undefined });
    await api.listPublicForms({ year: undefined });
    await api.getPublicForm('a/b');
    expect(sent.map((s) => [s.method, s.url, s.body])).toEqual([
      ['GET', '/api/forms?year=2020&status=draft&q=%E9%93%B6%E6%B2%B3&page=2&pageSize=20', undefined],
      ['GET', '/api/forms/7', undefined],
      ['POST', '/api/forms', { evaluation: ev }],
      ['PUT', '/api/forms/7', { version: 3, evaluation: ev }],
      ['POST', '/api/forms/7/transition', { version: 3, action: 'submit' }],
      ['POST', '/api/forms/7/transition', { version: 4, action: 'return', comment: '补充佐证' }],
      ['POST', '/api/forms/7/transition', { version: 5, action: 'finance-review', financeReview: { scores: {}, comment: '好' } }],
      ['GET', '/api/forms/7/versions', undefined],
      ['GET', '/api/forms/7/versions/2', undefined],
      ['GET', '/api/forms/7/comments', undefined],
      ['POST', '/api/forms/7/comments', { text: '整体' }],
      ['POST', '/api/forms/7/comments', { text: '第3行', indicator: 2 }],
      ['POST', '/api/import', ['files']],
      ['POST', '/api/import?save=1', ['files']],
      ['POST', '/api/import?save=1&allowDuplicates=1', ['files']],
      ['GET', '/api/orgs', undefined],
      ['GET', '/api/stats?year=2020', undefined],
      ['GET', '/api/public/forms', undefined],
      ['GET', '/api/public/forms/a%2Fb', undefined],
    ]);
    // Writes carry the CSRF token; reads do not need it.
    for (const s of sent) expect(s.headers['X-CSRF-Token']).toBe(s.method === 'GET' ? undefined : 'tok');
  });

  it('sends evidence files as the raw body with their name and indicator in the query', async () => {
    const sent: { method: string; url: string; body: unknown; type: string }[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ method: String(init.method), url, body: init.body, type: (init.headers as Record<string, string>)['Content-Type'] });
      return init.method === 'DELETE' ? new Response(null, { status: 204 }) : new Response('{}', { status: 200 });
    }));
    const file = new Blob(['%PDF-1.4']);
    await api.listEvidence(1);
    await api.uploadEvidence(1, file, '验收 报告.pdf', 10);
    await api.uploadEvidence('1', file, 'a&b.png', null);
    await api.deleteEvidence(1, 5);
    expect(sent.map((s) => [s.method, s.url, s.type])).toEqual([
      ['GET', '/api/forms/1/evidence', undefined],
      ['POST', '/api/forms/1/evidence?name=%E9%AA%8C%E6%94%B6+%E6%8A%A5%E5%91%8A.pdf&indicator=10', 'application/octet-stream'],
      ['POST', '/api/forms/1/evidence?name=a%26b.png', 'application/octet-stream'],
      ['DELETE', '/api/forms/1/evidence/5', undefined],
    ]);
    expect(sent[1].body).toBe(file);
    expect([api.evidenceUrl(1, 5, true), api.evidenceUrl(1, 5, false)]).toEqual(['/api/forms/1/evidence/5?inline=1', '/api/forms/1/evidence/5']);
    expect(['application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].map(api.previewable)).toEqual(['pdf', 'image', 'image', null]);
  });

  it('builds the export links', () => {
    expect(api.formExportUrl(7, 'xlsx')).toBe('/api/forms/7/export?format=xlsx');
    expect(api.listExportUrl({ year: '2020', q: '' }, 'csv')).toBe('/api/export?year=2020&format=csv');
    expect(api.selectionExportUrl([1, 2], 'json')).toBe('/api/export?format=json&ids=1%2C2');
  });

  it('unwraps {items} envelopes and passes error bodies through as data', async () => {
    recordingFetch((url) =>
      url.endsWith('/versions')
        ? { body: { items: [{ version: 1, at: 'x', by: null, action: 'create' }] } }
        : { status: 409, body: { error: { code: 'version-conflict', message: { zh: '冲突', en: 'conflict' } }, current: { id: 7 } } },
    );
    await expect(api.listVersions('7')).resolves.toEqual({ ok: true, value: [{ version: 1, at: 'x', by: null, action: 'create' }] });
    const r = await api.saveForm('7', 1, emptyEvaluation(2020));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ status: 409, code: 'version-conflict', message: { zh: '冲突', en: 'conflict' }, body: { current: { id: 7 } } });
  });

  it('keeps the CSRF token from login and session, and forgets it at logout', async () => {
    const sent = recordingFetch((url) => (url === '/api/logout' ? { status: 204 } : { body: { user: { id: 1 }, csrfToken: url === '/api/login' ? 'A' : 'B' } }));
    setCsrfToken('');
    await api.login('unit1', 'pw');
    await api.addComment('1', 'x', null);
    await api.getSession();
    await api.logout();
    await api.addComment('1', 'y', null);
    expect(sent.map((s) => [s.url, s.headers['X-CSRF-Token']])).toEqual([
      ['/api/login', ''],
      ['/api/forms/1/comments', 'A'],
      ['/api/session', undefined],
      ['/api/logout', 'B'],
      ['/api/forms/1/comments', ''],
    ]);
  });

  it('answers a network failure and a cancelled request as errors, never by throwing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api.getForm('1')).resolves.toMatchObject({ ok: false, error: { code: 'network', status: 0 } });
    const c = new AbortController();
    c.abort();
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new DOMException('aborted', 'AbortError'))));
    await expect(api.getForm('1', c.signal)).resolves.toMatchObject({ ok: false, error: { code: 'aborted' } });
  });
});
