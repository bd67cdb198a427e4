/**
 * The `jixiao` command: parse, score, check, rules, convert, serve, backup, restore, admin.
 * `run(argv, io)` returns the exit code; only bin/jixiao.js touches the process.
 */
import { EXIT, processIo, type Io } from './io';
import type { Lang } from '@jixiao/core';
import { resolveLang } from './lang';
import { parseCommand } from './commands/parse';
import { scoreCommand } from './commands/score';
import { checkCommand } from './commands/check';
import { rulesCommand } from './commands/rules';
import { convertCommand } from './commands/convert';
import { serveCommand, backupCommand } from './commands/serve';
import { rankCommand } from './commands/rank';
import { adminCommand, restoreCommand } from './commands/ops';

export interface Command {
  name: string;
  summary: { zh: string; en: string };
  usage: string;
  run(args: string[], io: Io, lang: Lang): Promise<number>;
}

const COMMANDS: Command[] = [parseCommand, scoreCommand, checkCommand, rankCommand, rulesCommand, convertCommand, serveCommand, backupCommand, restoreCommand, adminCommand];

function help(lang: Lang): string {
  const head = lang === 'zh'
    ? 'jixiao — 项目支出绩效自评：解析、评分、复核、转换、服务\n\n用法: jixiao <命令> [选项]\n\n命令:\n'
    : 'jixiao — project expenditure performance self-evaluation: parse, score, review, convert, serve\n\nUsage: jixiao <command> [options]\n\nCommands:\n';
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(58)} ${c.summary[lang]}`).join('\n');
  const tail = lang === 'zh'
    ? '\n\n通用选项: --lang zh|en（默认 zh）  --help\n退出码: 0 无错误；1 存在错误级问题；2 无法运行（输入不可读等）\n'
    : '\n\nCommon options: --lang zh|en (default zh)  --help\nExit codes: 0 clean; 1 error-level findings; 2 could not run (unreadable input, bad options)\n';
  return head + lines + tail;
}

/** Run the CLI with the given arguments; returns the exit code. */
export async function run(argv: string[], io: Io = processIo(), env: Record<string, string | undefined> = process.env): Promise<number> {
  const langIdx = argv.indexOf('--lang');
  const lang = resolveLang(langIdx >= 0 ? argv[langIdx + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7), env);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help(lang));
    return name ? EXIT.ok : EXIT.failure;
  }
  if (name === '--version' || name === '-v') {
    io.out('jixiao 0.1.0\n');
    return EXIT.ok;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err((lang === 'zh' ? `未知命令：${name}\n\n` : `unknown command: ${name}\n\n`) + help(lang));
    return EXIT.failure;
  }
  try {
    return await cmd.run(rest, io, lang);
  } catch (e) {
    io.err(`jixiao ${name}: ${(e as Error).message ?? String(e)}\n`);
    return EXIT.failure;
  }
}
