/**
 * Routes are registered with their metadata so the OpenAPI document is generated from the very
 * list the server serves (a test checks both agree). The registry also enforces `auth`: a handler
 * of an `auth: true` route runs only with a logged-in actor, and is handed it.
 */
import type { Hono } from 'hono';
import type { C, Env } from '../context';
import { fail } from '../errors';
import type { Actor } from '../policies';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

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

type Reply = Response | Promise<Response>;

/** Collects routes as they are mounted. */
export class Routes {
  readonly list: RouteMeta[] = [];

  constructor(private readonly app: Hono<Env>) {}

  /** A route that needs a session: 401 without one, else the handler gets the actor. */
  add(meta: RouteMeta & { auth: true }, handler: (c: C, actor: Actor) => Reply): void;
  /** A public route: the handler gets the actor when there is a session, else null. */
  add(meta: RouteMeta & { auth: false }, handler: (c: C, actor: Actor | null) => Reply): void;
  add(meta: RouteMeta, handler: (c: C, actor: Actor) => Reply): void {
    this.list.push(meta);
    this.app.on(meta.method.toUpperCase(), meta.path, (c) => {
      const actor = c.get('actor');
      if (meta.auth && !actor) throw fail('unauthenticated');
      return handler(c, actor!);
    });
  }
}
