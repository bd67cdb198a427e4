/** Security headers (issue 13, item 6 of the issue): on the web app, on API answers and on exported files. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApi, type Api } from './harness';
import { createApp } from '../src/app';
import { makeContext } from '../src/context';

function common(h: Headers): void {
  expect(h.get('x-content-type-options')).toBe('nosniff');
  expect(h.get('referrer-policy')).toBe('same-origin');
  expect(h.get('x-frame-options')).toBe('DENY');
  expect(h.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
}

describe('security headers', () => {
  let api: Api;
  let dist: string;
  beforeAll(async () => {
    api = await setupApi('sqlite');
    dist = mkdtempSync(join(tmpdir(), 'jx-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>绩效</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await api.drop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('the app: a CSP with scripts from itself only, no framing, nosniff, a referrer policy', async () => {
    const { app } = createApp(makeContext(api.t.database, { webDist: dist }));
    for (const p of ['/', '/forms/1', '/assets/app.js']) {
      const r = await app.request(p);
      expect(r.status).toBe(200);
      common(r.headers);
      const csp = r.headers.get('content-security-policy')!;
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/base-uri 'none'/);
      // Frames: only the app's own answers (the evidence viewer's PDF); no blob:, data: or other origins.
      expect(csp).toMatch(/frame-src 'self'(;|$)/);
      expect(csp).not.toMatch(/frame-src[^;]*(blob:|data:|\*|https?:)/);
    }
  });

  it('API answers: the same headers, a CSP that lets nothing run, and no caching', async () => {
    const unit = await api.login('unit1');
    for (const r of [await unit.get('/api/session'), await api.anon().get('/api/health'), await api.anon().get('/api/forms')]) {
      common(r.headers);
      expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
  });

  it.each(['html', 'xlsx', 'docx', 'json', 'pdf'])('exports (%s): the same headers, sandboxed, as an attachment', async (format) => {
    const unit = await api.login('unit1');
    const f = await api.createAs(unit);
    const r = await unit.get(`/api/forms/${f.id}/export?format=${format}`);
    expect(r.status).toBe(200);
    common(r.headers);
    expect(r.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(r.headers.get('content-disposition')).toMatch(/^attachment/);
  });

  it('sets Strict-Transport-Security over https only', async () => {
    const r = await api.app.request('https://jixiao.example/api/health');
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect((await api.app.request('/api/health')).headers.get('strict-transport-security')).toBeNull();
  });
});
