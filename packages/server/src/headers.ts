/**
 * Security headers on every answer. The web app may load scripts, styles, fonts and images from
 * its own origin only (styles also inline: antd and ECharts set style attributes and inject
 * <style> elements); API answers and exported files get a policy under which nothing runs, so an
 * exported HTML form opened from the server cannot run what a user typed into it.
 */
import type { MiddlewareHandler } from 'hono';
import type { Env } from './context';
import { isHttps } from './http';

export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The 佐证材料 viewer shows a PDF in a frame from the form's own evidence route (EVIDENCE_VIEW_CSP).
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const API_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; sandbox";

/**
 * An evidence PDF asked for inline (GET /api/forms/:id/evidence/:eid?inline=1): the one API answer
 * the app may show in a frame, and only in its own pages (frame-ancestors 'self'). Nothing in it is
 * a script of the app's origin (the bytes are a PDF, sent with nosniff); the browser's PDF viewer
 * does not run in a sandboxed document, so this policy has no `sandbox`. The route sets it; the
 * middleware keeps it only when it is exactly this policy.
 */
export const EVIDENCE_VIEW_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

/** The middleware: run the handler, then add what it did not set. */
export function securityHeaders(trustProxy: number): MiddlewareHandler<Env> {
  return async (c, next) => {
    await next();
    const api = c.req.path.startsWith('/api/');
    const h = c.res.headers;
    const view = api && c.res.status === 200 && h.get('Content-Security-Policy') === EVIDENCE_VIEW_CSP && h.get('Content-Type') === 'application/pdf';
    h.set('Content-Security-Policy', view ? EVIDENCE_VIEW_CSP : api ? API_CSP : APP_CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', view ? 'SAMEORIGIN' : 'DENY');
    h.set('Referrer-Policy', 'same-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (api && !h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
    if (isHttps(c, trustProxy)) h.set('Strict-Transport-Security', 'max-age=31536000');
  };
}
