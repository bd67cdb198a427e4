/** Serves the built web app (packages/web/dist) with SPA fallback for non-/api paths. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppContext, Env } from '../context';

export function mountStatic(app: Hono<Env>, ctx: AppContext): void {
  const root = ctx.webDist;
  if (!root || !existsSync(join(root, 'index.html'))) {
    app.get('/', (c) => c.text('jixiao API — the web app is not built (npm run build). See /api/openapi.json.'));
    return;
  }
  app.use('/*', serveStatic({ root }));
  // Any other GET outside /api is a client-side route: answer with index.html.
  app.get('*', (c) => c.html(readFileSync(join(root, 'index.html'), 'utf8')));
}
