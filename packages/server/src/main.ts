/**
 * Standalone entry (crash tests, development): node bin/tsx.js packages/server/src/main.ts
 * --port N --data DIR [--database-url URL] [--demo] [--host H] [--trust-proxy N] [--schema S] [--evidence-dir D]. The CLI's `jixiao serve` is the user-facing one.
 */
import { startServer } from './index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const server = await startServer({
  port: Number(arg('--port') ?? 3000),
  host: arg('--host'),
  dataDir: arg('--data') ?? './data',
  databaseUrl: arg('--database-url') ?? process.env.DATABASE_URL,
  schema: arg('--schema'),
  demo: process.argv.includes('--demo'),
  evidenceDir: arg('--evidence-dir'),
  trustProxy: Number(arg('--trust-proxy') ?? process.env.JIXIAO_TRUST_PROXY ?? 0),
});
console.log(`[jixiao] listening on ${server.url}`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    void server.close().then(() => process.exit(0));
  });
}
