/** `jixiao rules [--json]`: the catalogue of review rules. */
import { rules } from '@jixiao/core';
import type { Command } from '../main';
import { parseOptions } from '../args';
import { EXIT } from '../io';
import { renderTable } from '../table';
import { usageError } from './parse';

export const rulesCommand: Command = {
  name: 'rules',
  usage: 'rules [--json]',
  summary: { zh: '列出复核规则', en: 'list the review rules' },
  async run(args, io, lang) {
    const p = parseOptions(args, { json: { type: 'boolean' } });
    if (!p.ok) return usageError(io, p.message, this.usage);
    if (p.parsed.values.json) {
      io.out(JSON.stringify(rules.map((r) => ({ id: r.id, category: r.category, severity: r.defaultSeverity, title: r.docs.title, options: r.defaultOptions })), null, 2) + '\n');
      return EXIT.ok;
    }
    const header = lang === 'zh' ? ['规则', '类别', '默认级别', '说明'] : ['rule', 'category', 'severity', 'title'];
    io.out(renderTable(header, rules.map((r) => [r.id, r.category, r.defaultSeverity, r.docs.title[lang]])));
    io.out(lang === 'zh' ? `\n共 ${rules.length} 条规则；文档见 docs/rules/<规则>.md\n` : `\n${rules.length} rules; docs in docs/rules/<rule>.md\n`);
    return EXIT.ok;
  },
};
