/** The web app's built files are served with SPA fallback; /api stays JSON. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from './dbs';
import { createApp } from '../src/app';
import { makeContext } from '../src/context';

describe('static web app', () => {
  let t: TestDb;
  let dist: string;
  let app: ReturnType<typeof createApp>['app'];
  beforeAll(async () => {
    t = await freshDb('sqlite');
    dist = mkdtempSync(join(tmpdir(), 'jx-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>绩效</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    app = createApp(makeContext(t.database, { webDist: dist })).app;
  });
  afterAll(async () => {
    await t.drop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html for client routes, and keeps /api 404s as JSON', async () => {
    const js = await app.request('/assets/app.js');
    expect(js.status).toBe(200);
    expect(await js.text()).toBe('console.log(1)');
    for (const p of ['/', '/forms/12', '/public/3', '/dashboard']) {
      const r = await app.request(p);
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('<title>绩效</title>');
    }
    const api = await app.request('/api/forms/x/y/z');
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('not-found');
  });
});
