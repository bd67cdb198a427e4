/** Input bounds shared by the text importers: larger inputs are refused with a typed error. */
import type { ImportError } from '../grid/types';

/** The largest text an importer accepts (20 MB of UTF-16 code units, about 20–60 MB of UTF-8). */
export const MAX_TEXT_LENGTH = 20 * 1024 * 1024;

/** The typed error for an input over the size bound, or null when the input is within it. */
export function tooLarge(text: string): ImportError | null {
  if (text.length <= MAX_TEXT_LENGTH) return null;
  return {
    code: 'input-too-large',
    location: `char ${MAX_TEXT_LENGTH}`,
    message: {
      zh: `输入过大（${text.length} 个字符，上限 ${MAX_TEXT_LENGTH}）`,
      en: `input too large (${text.length} characters, limit ${MAX_TEXT_LENGTH})`,
    },
  };
}

/** The typed error for input that is not text at all. */
export function notText(): ImportError {
  return {
    code: 'not-text',
    location: '(input)',
    message: { zh: '输入不是文本', en: 'input is not text' },
  };
}
