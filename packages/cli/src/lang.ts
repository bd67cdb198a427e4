/** Language of the CLI's output: Chinese by default, English on request. */
import type { Lang } from '@jixiao/core';

/** Read --lang, then JIXIAO_LANG, then LANG (zh unless it says English). */
export function resolveLang(flag: string | undefined, env: Record<string, string | undefined> = {}): Lang {
  const v = flag ?? env.JIXIAO_LANG ?? '';
  if (v === 'en' || v === 'zh') return v;
  return 'zh';
}
