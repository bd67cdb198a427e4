/** Language of the CLI's output: Chinese by default, English on request. */
import type { Msg } from '@jixiao/core';

export type Lang = 'zh' | 'en';

/** Pick the text of a message in the chosen language. */
export function t(msg: Msg, lang: Lang): string {
  return msg[lang];
}

/** A message in both languages, for the CLI's own words. */
export function m(zh: string, en: string): Msg {
  return { zh, en };
}

/** Read --lang, then JIXIAO_LANG, then LANG (zh unless it says English). */
export function resolveLang(flag: string | undefined, env: Record<string, string | undefined> = {}): Lang {
  const v = flag ?? env.JIXIAO_LANG ?? '';
  if (v === 'en' || v === 'zh') return v;
  return 'zh';
}
