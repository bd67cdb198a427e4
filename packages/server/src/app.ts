/**
 * The HTTP application: error edge, body limits, session and CSRF middleware, the routes, the
 * OpenAPI document and the web app's files. Tests drive it in-process with `app.request()`.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { AppContext, Env } from './context';
import { AppError, envelope, fail, toAppError } from './errors';
import { COOKIE, lookupSession } from './auth/sessions';
import { Routes } from './routes/registry';
import { mountSession } from './routes/session';
import { mountOrgs } from './routes/orgs';
import { mountForms } from './routes/forms';
import { mountSettings } from './routes/settings';
import { mountReports } from './routes/reports';
import { mountFiles } from './routes/files';
import { mountStatic } from './routes/static';
import { mountPlans } from './routes/plans';
import { mountPlanFiles } from './routes/plan-files';
import { mountTasks } from './routes/tasks';
import { mountLibrary } from './routes/library';
import { mountEvidence } from './routes/evidence';
import { mountRectification } from './routes/rectification';
import { mountResults } from './routes/results';
import { mountSampling } from './routes/sampling';
import { activeAssignments } from './commands/sampling';
import { openapiDocument } from './openapi';
import { securityHeaders } from './headers';

export const JSON_LIMIT = 2 * 1024 * 1024;
export const UPLOAD_LIMIT = 30 * 1024 * 1024;

// Evidence uploads: a form's, and a rectification answer's.
const EVIDENCE_UPLOAD = /^\/api\/(forms|rectification)\/[^/]+\/evidence$/;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const PASSWORD_CHANGE_PATHS = new Set(['GET /api/session', 'POST /api/password', 'POST /api/logout', 'GET /api/health', 'POST /api/login']);

/** Build the app over a context; returns the app and its route list (for OpenAPI and tests). */
export function createApp(ctx: AppContext): { app: Hono<Env>; routes: Routes } {
  const app = new Hono<Env>();

  app.onError((err, c) => {
    const e = toAppError(err);
    if (e.code === 'internal') console.error('[jixiao] internal error:', err);
    return c.json(envelope(e), e.status as 400, e.headers);
  });

  app.use('*', securityHeaders(ctx.trustProxy));

  // Size limits first, before anything reads the body.
  const tooLarge = () => {
    throw fail('payload-too-large');
  };
  app.use('/api/import', bodyLimit({ maxSize: UPLOAD_LIMIT, onError: tooLarge }));
  // Evidence uploads: the file is the body, up to the evidence size limit.
  const evidenceLimit = bodyLimit({ maxSize: ctx.evidence.maxBytes, onError: () => { throw fail('evidence-limit', { path: 'body' }); } });
  app.use('/api/*', async (c, next) =>
    c.req.path === '/api/import' ? next() : EVIDENCE_UPLOAD.test(c.req.path) && c.req.method === 'POST' ? evidenceLimit(c, next) : bodyLimit({ maxSize: JSON_LIMIT, onError: tooLarge })(c, next));

  // Session, then CSRF: every non-GET carries the session's token in X-CSRF-Token (login excepted).
  app.use('/api/*', async (c, next) => {
    c.set('actor', null);
    c.set('session', null);
    c.set('token', null);
    const token = getCookie(c, COOKIE);
    if (token && token.length <= 100) {
      const s = await lookupSession(ctx.database.db, token);
      if (s) {
        c.set('session', s);
        c.set('token', token);
        // An expert's forms are its assignments within their period, read per request: access ends with the period.
        const panel = s.role === 'expert' ? await activeAssignments(ctx.database.db, s.id) : undefined;
        c.set('actor', { id: s.id, username: s.username, name: s.name, role: s.role, orgId: s.orgId, ...(panel ? { panel } : {}) });
        // A user of an organisation another process created a moment ago: its scope needs the fresh tree.
        if (s.orgId !== null) await ctx.orgs(s.orgId);
      }
    }
    if (!SAFE.has(c.req.method) && c.req.path !== '/api/login') {
      const s = c.get('session');
      if (!s) throw fail('unauthenticated');
      if (c.req.header('x-csrf-token') !== s.csrfToken) throw fail('csrf');
    }
    // A password someone else chose or saw: nothing but changing it (or leaving) until it is changed.
    const s = c.get('session');
    if (s?.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(`${c.req.method} ${c.req.path}`)) throw fail('password-change-required');
    await next();
  });

  const routes = new Routes(app);
  mountSession(routes, ctx);
  mountOrgs(routes, ctx);
  mountForms(routes, ctx);
  mountSettings(routes, ctx);
  mountReports(routes, ctx);
  mountFiles(routes, ctx);
  mountPlans(routes, ctx);
  mountPlanFiles(routes, ctx);
  mountTasks(routes, ctx);
  mountLibrary(routes, ctx);
  mountEvidence(routes, ctx);
  mountRectification(routes, ctx);
  mountResults(routes, ctx);
  mountSampling(routes, ctx);
  routes.add({ method: 'get', path: '/api/openapi.json', summary: 'This document', tag: 'meta', auth: false }, (c) => c.json(openapiDocument(routes.list)));
  routes.add({ method: 'get', path: '/api/health', summary: 'Liveness', tag: 'meta', auth: false }, (c) => c.json({ ok: true }));

  app.all('/api/*', () => {
    throw new AppError('not-found', { message: { zh: '没有这个接口', en: 'no such endpoint' } });
  });
  mountStatic(app, ctx);
  return { app, routes };
}
