/**
 * `jixiao rank FILES... [--out ranking.xlsx] [--json]`: rank forms by the risk that their
 * self-score claims more than their evidence proves, for an auditor holding a folder of forms;
 * `--top N --random M [--seed S]` draws the sample as finance would.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { scoreAndReview, drawSample, rankForms, rankingRows, resolveConfig, resolveRiskProfile, withUnitHistory, type RankInput, type RiskProfile, type Sample, type Lang } from '@jixiao/core';
import { exportRankingXlsx } from '@jixiao/formats';
import type { Command } from '../main';
import { parseOptions } from '../args';
import { loadConfig } from '../config';
import { EXIT, type Io } from '../io';
import { loadAll } from '../load';
import { usageError } from './parse';
import { renderRanking } from './rank-table';

type FormInput = RankInput & { file: string; form: number };

function count(v: unknown): number | null {
  if (v === undefined) return 0;
  return typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null;
}

async function readProfile(file: string | undefined, io: Io, lang: Lang): Promise<RiskProfile | string> {
  if (!file) return {};
  try {
    const value = JSON.parse(new TextDecoder().decode(await io.readFile(resolve(io.cwd, file)))) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${file}: ${lang === 'zh' ? '风险配置必须是 JSON 对象' : 'the risk profile must be a JSON object'}`;
    return value as RiskProfile;
  } catch (e) {
    return `${file}: ${(e as Error).message}`;
  }
}

export const rankCommand: Command = {
  name: 'rank',
  usage: 'rank FILE... [--out ranking.xlsx] [--json] [--top N --random M --seed S] [--profile FILE]',
  summary: { zh: '按风险排序（抽查用）：每张表列出排序原因', en: 'rank forms by risk for sampling, with each form’s reasons' },
  async run(args, io, lang) {
    const p = parseOptions(args, {
      out: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      config: { type: 'string' },
      profile: { type: 'string' },
      top: { type: 'string' },
      random: { type: 'string' },
      seed: { type: 'string' },
    });
    if (!p.ok) return usageError(io, p.message, this.usage);
    const v = p.parsed.values;
    // A file named twice is ranked once: every form needs its own id.
    const files = [...new Set(p.parsed.positionals)];
    if (files.length === 0) return usageError(io, lang === 'zh' ? '缺少文件' : 'no files given', this.usage);
    const top = count(v.top);
    const random = count(v.random);
    if (top === null || random === null) return usageError(io, lang === 'zh' ? '--top、--random 须为非负整数' : '--top and --random take whole numbers', this.usage);
    const cfg = loadConfig(v.config as string | undefined, io.cwd);
    if (!cfg.ok) {
      io.err(cfg.message + '\n');
      return EXIT.failure;
    }
    const review = resolveConfig(cfg.config);
    if (!review.ok) {
      for (const i of review.issues) io.err(`${cfg.path ?? '--config'}: ${i.path}: ${i.message[lang]}\n`);
      return EXIT.failure;
    }
    const raw = await readProfile(v.profile as string | undefined, io, lang);
    if (typeof raw === 'string') {
      io.err(raw + '\n');
      return EXIT.failure;
    }
    const profile = resolveRiskProfile(raw);
    if (!profile.ok) {
      for (const i of profile.issues) io.err(`${v.profile}: ${i.path}: ${i.message[lang]}\n`);
      return EXIT.failure;
    }

    const { forms, failed } = await loadAll(files, io, lang);
    if (forms.length === 0) return EXIT.failure;
    const inputs: FormInput[] = forms.map(({ file, form }, i) => {
      const n = form.evaluation.source?.form ?? i + 1;
      return { id: `${file}#${n}`, file, form: n, ...scoreAndReview(form.evaluation, cfg.config) };
    });
    const ranked = rankForms(withUnitHistory(inputs), profile.value);

    let sample: Sample | undefined;
    if (v.top !== undefined || v.random !== undefined || v.seed !== undefined) {
      // A draw without a seed gets a fresh one, printed so that it is recorded and can be re-run.
      const seed = (v.seed as string | undefined) ?? randomBytes(6).toString('hex');
      const s = drawSample(ranked, { top, random, seed });
      if (!s.ok) {
        for (const i of s.issues) io.err(`${i.path}: ${i.message[lang]}\n`);
        return EXIT.failure;
      }
      sample = s.value;
    }
    const rows = rankingRows(ranked, lang, sample);

    if (v.json) {
      const out = ranked.map((r, i) => ({ ...rows[i], file: r.input.file, form: r.input.form, signals: r.signals }));
      io.out(JSON.stringify({ forms: out, ...(sample ? { sample } : {}) }, null, 2) + '\n');
    } else {
      io.out(renderRanking(rows, lang, sample));
    }
    const outFile = v.out as string | undefined;
    if (outFile) {
      await io.writeFile(resolve(io.cwd, outFile), await exportRankingXlsx(rows, lang, sample));
      io.err(lang === 'zh' ? `已写入 ${outFile}（${rows.length} 张表）\n` : `wrote ${outFile} (${rows.length} forms)\n`);
    }
    return failed ? EXIT.failure : EXIT.ok;
  },
};
