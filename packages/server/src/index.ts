/** @jixiao/server — the HTTP API and web host: startServer, backup, and the app for tests. */
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openDatabase } from './db/connect';
import { defaultEvidenceDir, makeContext } from './context';
import { createApp } from './app';
import { ensureAdmin } from './seed/bootstrap';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/demo';

export { backup, type BackupOptions } from './backup';
export { resetPassword, restore, type StoreOptions } from './ops';
export { createApp } from './app';
export { makeContext } from './context';
export { openDatabase } from './db/connect';
export { DEMO_PASSWORD } from './seed/demo';

export interface ServerOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL schema (tests); default the connection's. */
  schema?: string;
  demo?: boolean;
  /** Where start-up messages go (the admin password is printed once). */
  log?: (line: string) => void;
  webDist?: string;
  /** Reverse proxies in front to trust for X-Forwarded-For and X-Forwarded-Proto (0: none, the default). */
  trustProxy?: number;
  /** Where evidence files are kept (default: `evidence` in the data directory, for SQLite and PostgreSQL alike). */
  evidenceDir?: string;
  /** Largest evidence file in bytes, and most files per form. */
  evidenceMaxBytes?: number;
  evidenceMaxPerForm?: number;
}

// Resolved from this entry file, which is one folder below the package in src/ and in the bundled
// dist/ alike (scripts/build.js): the web app's build and the repository's seed forms.
const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
const DEMO_SEED = fileURLToPath(new URL('../../../examples/seed-2020.txt', import.meta.url));

/** Open the database (migrating it), bootstrap the admin, seed demo data if asked, and listen. */
export async function startServer(opts: ServerOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const database = await openDatabase({ dataDir: opts.dataDir ?? './data', databaseUrl: opts.databaseUrl, schema: opts.schema });
  const password = await ensureAdmin(database.db);
  if (password) log(`[jixiao] created user admin with password ${password} — shown once, change it after logging in`);
  if (opts.demo && (await seedDemo(database.db, DEMO_SEED))) {
    log(`[jixiao] demo data: users ${DEMO_USERS.map((u) => u.username).join(', ')} — password ${DEMO_PASSWORD}`);
  }
  const evidence = { dir: opts.evidenceDir ?? defaultEvidenceDir(database, opts.dataDir), maxBytes: opts.evidenceMaxBytes, maxPerOwner: opts.evidenceMaxPerForm };
  const ctx = makeContext(database, { webDist: opts.webDist ?? WEB_DIST, trustProxy: opts.trustProxy ?? 0, evidence });
  const { app } = createApp(ctx);
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 3000, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.jobs.close();
      await database.close();
    },
  };
}
