/**
 * Routes are registered with their metadata so the OpenAPI document is generated from the very
 * list the server serves (a test checks both agree).
 */
import type { Hono, Handler } from 'hono';
import type { Env } from '../context';

export type Method = 'get' | 'post' | 'put' | 'delete';

export interface RouteMeta {
  method: Method;
  /** Hono path: /api/forms/:id */
  path: string;
  summary: string;
  tag: string;
  /** Whether a session is required (public routes and login say false). */
  auth: boolean;
  body?: 'json' | 'multipart';
  /** Names of query parameters. */
  query?: string[];
  /** Success status and a short description of the response. */
  ok?: { status: number; description: string; content?: string };
}

/** Collects routes as they are mounted. */
export class Routes {
  readonly list: RouteMeta[] = [];

  constructor(private readonly app: Hono<Env>) {}

  add(meta: RouteMeta, handler: Handler<Env>): void {
    this.list.push(meta);
    this.app.on(meta.method.toUpperCase(), meta.path, handler);
  }
}
