/** `jixiao admin reset-password USER` and `jixiao restore FILE`: operator commands on the server's database. */
import { existsSync } from 'node:fs';
import type { Command } from '../main';
import { parseOptions } from '../args';
import { EXIT } from '../io';
import { usageError } from './parse';
import { database, loadServer } from './serve';

export const adminCommand: Command = {
  name: 'admin',
  usage: 'admin reset-password USER [--data ./data] [--database-url URL]',
  summary: { zh: '重置用户密码（打印新密码，首次登录须修改）', en: 'reset a user’s password (prints a new one, to be changed at first login)' },
  async run(args, io, lang) {
    const p = parseOptions(args, { data: { type: 'string' }, 'database-url': { type: 'string' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const [sub, username, ...extra] = p.parsed.positionals;
    if (sub !== 'reset-password' || !username || extra.length) return usageError(io, lang === 'zh' ? '用法错误' : 'wrong usage', this.usage);
    const server = await loadServer(io, lang);
    if (!server) return EXIT.failure;
    const password = await server.resetPassword({ ...database(p.parsed.values), username });
    if (password === null) {
      io.err(lang === 'zh' ? `没有用户 ${username}\n` : `no user ${username}\n`);
      return EXIT.failure;
    }
    io.out(lang === 'zh'
      ? `用户 ${username} 的新密码：${password}（仅显示一次；登录后须修改；其所有会话已结束）\n`
      : `new password of ${username}: ${password} (shown once; must be changed at login; all their sessions ended)\n`);
    return EXIT.ok;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore FILE [--data ./data] [--database-url URL] [--force]',
  summary: { zh: '从备份恢复数据库（先停止服务）', en: 'restore the database from a backup (stop the server first)' },
  async run(args, io, lang) {
    const p = parseOptions(args, { data: { type: 'string' }, 'database-url': { type: 'string' }, force: { type: 'boolean' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const [from, ...extra] = p.parsed.positionals;
    if (!from || extra.length) return usageError(io, lang === 'zh' ? '缺少备份文件' : 'the backup file is required', this.usage);
    if (!existsSync(from)) {
      io.err(lang === 'zh' ? `${from}：文件不存在\n` : `${from}: no such file\n`);
      return EXIT.failure;
    }
    const server = await loadServer(io, lang);
    if (!server) return EXIT.failure;
    try {
      const r = await server.restore({ ...database(p.parsed.values), from, force: Boolean(p.parsed.values.force) });
      io.out(lang === 'zh' ? `已从 ${from} 恢复${r.rows === undefined ? '' : `（${r.rows} 行）`}\n` : `restored from ${from}${r.rows === undefined ? '' : ` (${r.rows} rows)`}\n`);
      return EXIT.ok;
    } catch (e) {
      io.err(`jixiao restore: ${(e as Error).message}\n`);
      return EXIT.failure;
    }
  },
};
