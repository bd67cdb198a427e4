/** One translation function for every visible string: zh-CN by default, en on request. */
import { createContext, useContext, useMemo, useState, type ReactNode, useEffect } from 'react';
import { interpolate, type Lang, type Msg } from '@jixiao/core';
import { zh, type MessageKey } from './zh';
import { en } from './en';

export type { Lang };
export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };
const STORAGE_KEY = 'jx_lang';

/** Translate a key in a language, filling {placeholders} from data. */
function translate(lang: Lang, key: MessageKey, data?: Record<string, unknown>): string {
  return interpolate(dictionaries[lang][key] ?? key, data);
}

export interface I18n {
  lang: Lang;
  setLang(l: Lang): void;
  t(key: MessageKey, data?: Record<string, unknown>): string;
  /** Pick a {zh, en} message from core or the server in the current language. */
  m(msg: Msg | undefined | null): string;
}

const Ctx = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Provides the current language to the tree; the choice is remembered in localStorage. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  // The page's language follows the choice from the first render (screen readers, CSS :lang rules).
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang(l) {
        setLangState(l);
        try {
          localStorage.setItem(STORAGE_KEY, l);
        } catch {
          /* private mode: the choice lasts for this page only */
        }
        document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
      },
      t: (key, data) => translate(lang, key, data),
      m: (msg) => (msg ? (lang === 'zh' ? msg.zh : msg.en) : ''),
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The translation functions of the nearest provider. */
export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
