/** `jixiao parse FILE... [--json]`: print the Evaluations read from the files. */
import type { Command } from '../main';
import { parseOptions } from '../args';
import { EXIT } from '../io';
import { loadAll } from '../load';

export const parseCommand: Command = {
  name: 'parse',
  usage: 'parse FILE... [--json]',
  summary: { zh: '解析自评表，输出结构化数据', en: 'read forms and print them as structured data' },
  async run(args, io, lang) {
    const p = parseOptions(args, { json: { type: 'boolean' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const files = p.parsed.positionals;
    if (files.length === 0) return usageError(io, lang === 'zh' ? '缺少文件' : 'no files given', this.usage);
    const { forms, failed } = await loadAll(files, io, lang);
    const all = forms.map(({ file, form }) => ({ file, ...form }));
    if (p.parsed.values.json) {
      io.out(JSON.stringify(all.map((f) => f.evaluation), null, 2) + '\n');
    } else {
      for (const f of all) {
        const ev = f.evaluation;
        io.out(`${f.file} #${ev.source?.form ?? 1}  ${ev.projectName || '（无项目名称）'}  ${ev.year}\n`);
        io.out(`  主管部门 ${ev.department || '—'}  实施单位 ${ev.implementer || '—'}  指标 ${ev.indicators.length} 项  总分 ${ev.total.score ?? '—'}/${ev.total.weight ?? '—'}\n`);
        for (const n of f.notes) io.out(`  ${lang === 'zh' ? '导入说明' : 'note'} [${n.location}] ${n.message[lang]}\n`);
      }
    }
    return failed ? EXIT.failure : EXIT.ok;
  },
};

/** Print a usage error and return exit code 2. */
export function usageError(io: { err(t: string): void }, message: string, usage: string): number {
  io.err(`${message}\nusage: jixiao ${usage}\n`);
  return EXIT.failure;
}
