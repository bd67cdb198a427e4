/** `jixiao serve` and `jixiao backup`: the multi-user server and a consistent copy of its database. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../main';
import { parseOptions } from '../args';
import { EXIT, type Io } from '../io';
import type { Lang } from '@jixiao/core';
import { usageError } from './parse';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port 3000] [--host 127.0.0.1] [--data ./data] [--database-url URL] [--demo] [--trust-proxy N]',
  summary: { zh: '启动服务（默认内置 SQLite；DATABASE_URL 选 PostgreSQL）', en: 'start the server (embedded SQLite; DATABASE_URL for PostgreSQL)' },
  async run(args, io, lang) {
    const p = parseOptions(args, { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, 'database-url': { type: 'string' }, demo: { type: 'boolean' }, 'trust-proxy': { type: 'string' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const v = p.parsed.values;
    const port = Number(v.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) return usageError(io, '--port', this.usage);
    // Hops of reverse proxy to believe X-Forwarded-For/-Proto from; 0 (the default) believes none.
    const trustProxy = Number(v['trust-proxy'] ?? process.env.JIXIAO_TRUST_PROXY ?? 0);
    if (!Number.isInteger(trustProxy) || trustProxy < 0 || trustProxy > 10) return usageError(io, '--trust-proxy', this.usage);
    const lib = await loadServer(io, lang);
    if (!lib) return EXIT.failure;
    const server = await lib.startServer({
      port,
      host: (v.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1',
      ...database(v),
      demo: Boolean(v.demo),
      trustProxy,
    });
    io.out(lang === 'zh' ? `jixiao 已启动：${server.url}（Ctrl+C 停止）\n` : `jixiao is running at ${server.url} (Ctrl+C to stop)\n`);
    await new Promise<void>((done) => {
      const stop = () => void server.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT.ok;
  },
};

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup --out FILE [--data ./data] [--database-url URL]',
  summary: { zh: '备份数据库（一致性副本）', en: 'write a consistent copy of the database' },
  async run(args, io, lang) {
    const p = parseOptions(args, { out: { type: 'string', short: 'o' }, data: { type: 'string' }, 'database-url': { type: 'string' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const out = p.parsed.values.out as string | undefined;
    if (!out) return usageError(io, lang === 'zh' ? '缺少 --out' : '--out is required', this.usage);
    const { dataDir, databaseUrl } = database(p.parsed.values);
    if (!databaseUrl && !existsSync(join(dataDir, 'jixiao.sqlite'))) {
      io.err(lang === 'zh' ? `${dataDir}：没有数据库（jixiao.sqlite）\n` : `${dataDir}: no database (jixiao.sqlite) there\n`);
      return EXIT.failure;
    }
    const server = await loadServer(io, lang);
    if (!server) return EXIT.failure;
    await server.backup({ out, dataDir, databaseUrl });
    io.out(lang === 'zh' ? `已备份到 ${out}\n` : `backup written to ${out}\n`);
    return EXIT.ok;
  },
};

/**
 * The server, loaded on first use so that the other commands do not pay for it; an installed CLI
 * without @jixiao/server beside it says so instead of failing with a module error.
 */
export async function loadServer(io: Io, lang: Lang): Promise<typeof import('@jixiao/server') | undefined> {
  try {
    return await import('@jixiao/server');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND' || !String((e as Error).message).includes('@jixiao/server')) throw e;
    io.err(lang === 'zh'
      ? 'jixiao：服务端 @jixiao/server 未安装（在仓库中运行 npm start，或将其打包文件与命令行一同安装）\n'
      : 'jixiao: the server, @jixiao/server, is not installed (run `npm start` in the repository, or install its packed tarball beside the CLI)\n');
    return undefined;
  }
}

// serve and backup find the database the same way: --data/--database-url, then the environment.
export function database(v: Record<string, unknown>): { dataDir: string; databaseUrl: string | undefined } {
  return {
    dataDir: (v.data as string | undefined) ?? process.env.JIXIAO_DATA ?? 'data',
    databaseUrl: (v['database-url'] as string | undefined) ?? process.env.DATABASE_URL,
  };
}
