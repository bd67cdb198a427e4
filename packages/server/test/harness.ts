/**
 * An app over a fresh database with the demo organisations and users, and a small client that
 * keeps the session cookie and CSRF token, driving the app in-process with `app.request()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { Evaluation } from '@jixiao/core';
import { freshDb, type TestDb } from './dbs';
import { createApp } from '../src/app';
import { makeContext, type AppContext, type Env } from '../src/context';
import { DEMO_PASSWORD, seedDemoPeople } from '../src/seed/demo';
import { LoginThrottle } from '../src/auth/throttle';
import type { Routes } from '../src/routes/registry';
import { seedForm1, seedForm2 } from '../../core/src/testing/seed-forms';

export { seedForm1, seedForm2 };

export interface Res {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
  raw: Response;
}

/** A logged-in (or anonymous) client. */
export class Client {
  cookie = '';
  csrf = '';

  constructor(readonly app: Hono<Env>) {}

  async req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const raw = await this.app.request(path, { method, headers: h, body: payload });
    const setCookie = raw.headers.get('set-cookie');
    if (setCookie) {
      const m = /jx_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `jx_session=${m[1]}` : '';
    }
    const text = await raw.clone().text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* a file or HTML */
    }
    return { status: raw.status, body: parsed, headers: raw.headers, raw };
  }

  get = (p: string) => this.req('GET', p);
  post = (p: string, b?: unknown) => this.req('POST', p, b);
  put = (p: string, b?: unknown) => this.req('PUT', p, b);
  del = (p: string, b?: unknown) => this.req('DELETE', p, b);
}

export interface Api {
  t: TestDb;
  ctx: AppContext;
  app: Hono<Env>;
  routes: Routes;
  orgs: Map<string, number>;
  anon(): Client;
  login(username: string, password?: string): Promise<Client>;
  /** Create a form as a unit editor; returns its resource. */
  createAs(c: Client, ev?: Evaluation): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  drop(): Promise<void>;
}

/** A fresh app with the demo organisations and users. */
export async function setupApi(dialect: 'sqlite' | 'postgres', opts: { trustProxy?: number; evidence?: { maxBytes?: number; maxPerOwner?: number } } = {}): Promise<Api> {
  const t = await freshDb(dialect);
  const orgs = await seedDemoPeople(t.database.db);
  // PostgreSQL has no data directory here: its evidence files go to a temporary one, removed on drop.
  const evidenceDir = t.options.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'jx-evidence-'));
  const ctx = makeContext(t.database, { throttle: new LoginThrottle(), ...opts, evidence: { dir: evidenceDir, ...opts.evidence } });
  const { app, routes } = createApp(ctx);
  const api: Api = {
    t, ctx, app, routes, orgs,
    anon: () => new Client(app),
    async login(username, password = DEMO_PASSWORD) {
      const c = new Client(app);
      const r = await c.post('/api/login', { username, password });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
      c.csrf = r.body.csrfToken;
      return c;
    },
    async createAs(c, ev = seedForm1()) {
      const r = await c.post('/api/forms', { evaluation: ev });
      if (r.status !== 201) throw new Error(`create: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    },
    async drop() {
      await ctx.jobs.close();
      await t.drop();
      if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
  return api;
}
