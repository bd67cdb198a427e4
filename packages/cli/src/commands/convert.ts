/** `jixiao convert IN... --to FORMAT [-o OUT]`: write forms in another format. */
import { exportForms, exportTargetForms, PLAN_EXPORT_FORMATS } from '@jixiao/formats';
import { basename, extname, resolve } from 'node:path';
import type { Command } from '../main';
import { parseOptions } from '../args';
import { EXIT } from '../io';
import { loadAll } from '../load';
import { loadTargetForms } from '../targets';
import { usageError } from './parse';

/** Export formats and whether they are text (printed to stdout when no -o is given). */
export const TARGETS: Record<string, { ext: string; text: boolean }> = {
  xlsx: { ext: 'xlsx', text: false },
  docx: { ext: 'docx', text: false },
  pdf: { ext: 'pdf', text: false },
  html: { ext: 'html', text: true },
  csv: { ext: 'csv', text: true },
  json: { ext: 'json', text: true },
  text: { ext: 'txt', text: true },
};

export const convertCommand: Command = {
  name: 'convert',
  usage: 'convert IN... --to xlsx|docx|pdf|html|csv|json|text [-o OUT] [--findings] [--target]',
  summary: { zh: '格式转换（所有表写入一个输出文件）', en: 'convert formats (all forms into one output file)' },
  async run(args, io, lang) {
    const p = parseOptions(args, { to: { type: 'string' }, out: { type: 'string', short: 'o' }, findings: { type: 'boolean' }, target: { type: 'boolean' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const to = p.parsed.values.to as string | undefined;
    if (!to || !(to in TARGETS)) return usageError(io, lang === 'zh' ? '--to 必须是 xlsx|docx|pdf|html|csv|json|text' : '--to must be xlsx|docx|pdf|html|csv|json|text', this.usage);
    const files = p.parsed.positionals;
    if (files.length === 0) return usageError(io, lang === 'zh' ? '缺少文件' : 'no files given', this.usage);
    let data: Uint8Array | string;
    let count: number;
    if (p.parsed.values.target) {
      // 绩效目标申报表 (JSON, xlsx or docx) in its official layout, or as JSON.
      if (to !== 'json' && !(PLAN_EXPORT_FORMATS as readonly string[]).includes(to))
        return usageError(io, lang === 'zh' ? '--target 时 --to 必须是 xlsx|docx|pdf|html|json' : 'with --target, --to must be xlsx|docx|pdf|html|json', this.usage);
      const loaded = await loadTargetForms(files, io, lang);
      if (loaded.failed) return EXIT.failure;
      const targets = loaded.forms.map((f) => f.form);
      data = to === 'json' ? JSON.stringify(targets.length === 1 ? targets[0] : targets, null, 2) + '\n' : await exportTargetForms(targets, to as never);
      count = targets.length;
    } else {
      const loaded = await loadAll(files, io, lang);
      if (loaded.failed) return EXIT.failure;
      const forms = loaded.forms.map((f) => f.form);
      data = await exportForms(forms.map((f) => f.evaluation), to as never, { findings: Boolean(p.parsed.values.findings) });
      count = forms.length;
    }
    const target = TARGETS[to];
    let out = p.parsed.values.out as string | undefined;
    if (!out && target.text) {
      io.out(typeof data === 'string' ? data : new TextDecoder().decode(data));
      return EXIT.ok;
    }
    out ??= basename(files[0], extname(files[0])) + '.' + target.ext;
    await io.writeFile(resolve(io.cwd, out), data);
    io.err(lang === 'zh' ? `已写入 ${out}（${count} 张表）\n` : `wrote ${out} (${count} forms)\n`);
    return EXIT.ok;
  },
};
