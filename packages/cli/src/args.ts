/** Option parsing shared by the commands (node:util parseArgs with errors turned into messages). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Parsed = { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

/** Parse options; returns an error message instead of throwing on unknown or malformed options. */
export function parseOptions(args: string[], options: NonNullable<ParseArgsConfig['options']>): { ok: true; parsed: Parsed } | { ok: false; message: string } {
  try {
    const r = parseArgs({ args, options: { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { ok: true, parsed: r as Parsed };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
