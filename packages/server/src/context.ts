/** What every route and command can reach: the database, the org tree cache, the throttle. */
import type { Context } from 'hono';
import type { Database } from './db/connect';
import { LoginThrottle } from './auth/throttle';
import { OrgTree } from './domain/orgtree';
import type { Actor } from './policies';
import type { SessionUser } from './auth/sessions';
import { JobPool, type PoolOptions } from './jobs/pool';
import { ImportRuns } from './jobs/runs';

export interface AppContext {
  database: Database;
  throttle: LoginThrottle;
  /**
   * The org tree; cached briefly, reloaded after local changes, and reloaded at once when an id
   * in `need` is missing from it (an organisation another server process just created).
   */
  orgs(...need: (number | null | undefined)[]): Promise<OrgTree>;
  invalidateOrgs(): void;
  /** Built web app to serve, when present. */
  webDist?: string;
  /** Worker threads for imports and exports. */
  jobs: JobPool;
  /** Imports in progress, for the browser's progress and cancel (GET/DELETE /api/import/runs/:run). */
  runs: ImportRuns;
  /** How many reverse proxies in front of the server to trust for X-Forwarded-For/-Proto (0: none). */
  trustProxy: number;
}

/** Hono's per-request variables. */
export interface Env {
  Variables: {
    actor: Actor | null;
    session: SessionUser | null;
    token: string | null;
  };
}

export type C = Context<Env>;

// Another process (a second server on PostgreSQL) may add organisations; a short TTL bounds staleness.
const ORG_TTL_MS = 2000;

/** Build the context over an open database. */
export function makeContext(database: Database, opts: { webDist?: string; throttle?: LoginThrottle; trustProxy?: number; jobs?: PoolOptions } = {}): AppContext {
  let cached: { tree: OrgTree; at: number } | null = null;
  return {
    database,
    throttle: opts.throttle ?? new LoginThrottle(),
    webDist: opts.webDist,
    trustProxy: opts.trustProxy ?? 0,
    jobs: new JobPool(opts.jobs),
    runs: new ImportRuns(),
    async orgs(...need) {
      if (cached && Date.now() - cached.at < ORG_TTL_MS && need.every((id) => id == null || cached!.tree.get(id))) return cached.tree;
      const rows = await database.db.selectFrom('orgs').select(['id', 'name', 'kind', 'parent_id']).execute();
      const tree = new OrgTree(rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id })));
      cached = { tree, at: Date.now() };
      return tree;
    },
    invalidateOrgs() {
      cached = null;
    },
  };
}
