/** The OpenAPI 3.1 document, generated from the route registry. */
import type { RouteMeta } from './routes/registry';

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'path'],
      properties: {
        code: { type: 'string' },
        message: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } } },
        path: { type: 'string' },
      },
    },
  },
};

/** Hono's `:id` becomes OpenAPI's `{id}`. */
export function openapiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

/** Build the document. */
export function openapiDocument(routes: RouteMeta[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const p = openapiPath(r.path);
    const params = [
      ...[...r.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(r.query ?? []).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
    ];
    const ok = r.ok ?? { status: 200, description: 'OK' };
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${p.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: params,
      security: r.auth ? [{ session: [] }] : [],
      responses: {
        [String(ok.status)]: { description: ok.description, ...(ok.status === 204 ? {} : { content: { [ok.content ?? 'application/json']: {} } }) },
        '4XX': { description: 'client error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
    if (r.body === 'json') op.requestBody = { required: true, content: { 'application/json': { schema: { type: 'object' } } } };
    if (r.body === 'multipart')
      op.requestBody = {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } } },
      };
    (paths[p] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'jixiao 绩效自评 API', version: '1', description: 'See docs/api.md. Non-GET requests carry X-CSRF-Token.' },
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jx_session' } },
    },
  };
}
