/**
 * The programs outside Node that some tests drive: a Chromium browser, LibreOffice, poppler,
 * tesseract and a PostgreSQL server. A test file asks `needs(...)` whether it can run. A tool that
 * is found runs its tests; a missing one skips them with one line saying what is missing and how
 * to get it — except under CI (`CI=true`), where nothing may skip and a missing tool fails loudly.
 * `.ci/run` installs all of them.
 */
import { appendFileSync, accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type Tool = 'chromium' | 'soffice' | 'poppler' | 'tesseract' | 'postgres';

/** Browsers tried on PATH after CHROMIUM_PATH, in this order. */
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The commands each tool provides that tests call, and how a newcomer gets them. */
const TOOLS: Record<Exclude<Tool, 'chromium' | 'postgres'>, { commands: string[]; get: string }> = {
  soffice: { commands: ['soffice'], get: 'apt-get install --no-install-recommends libreoffice-calc libreoffice-writer' },
  poppler: { commands: ['pdftotext', 'pdftoppm', 'pdffonts'], get: 'apt-get install poppler-utils' },
  tesseract: { commands: ['tesseract'], get: 'apt-get install tesseract-ocr tesseract-ocr-chi-sim' },
};

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of a command on PATH, or undefined. */
export function which(cmd: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) if (dir && executable(join(dir, cmd))) return join(dir, cmd);
  return undefined;
}

/** The browser to drive: CHROMIUM_PATH when it exists, else the first of chromium, chromium-browser, google-chrome on PATH. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CHROMIUM_PATH && executable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  for (const name of BROWSERS) {
    const found = which(name, env.PATH);
    if (found) return found;
  }
  return undefined;
}

/** What is missing for `tool`, as one line with how to get it; undefined when it is there. */
export function missing(tool: Tool, env: Record<string, string | undefined> = process.env): string | undefined {
  if (tool === 'chromium') {
    if (chromiumPath(env)) return undefined;
    const set = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable and ` : '';
    return `no browser: ${set}none of ${BROWSERS.join(', ')} is on PATH (apt-get install chromium, or set CHROMIUM_PATH)`;
  }
  if (tool === 'postgres') {
    if (env.JIXIAO_TEST_DATABASE_URL) return undefined;
    return 'no PostgreSQL: JIXIAO_TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test; apt-get install postgresql)';
  }
  const absent = TOOLS[tool].commands.filter((c) => !which(c, env.PATH));
  return absent.length ? `no ${absent.join(', ')} on PATH (${TOOLS[tool].get})` : undefined;
}

const ci = () => process.env.CI === 'true' || process.env.CI === '1';

/**
 * Whether the tests needing all of `tools` can run. Missing ones are reported once per line on
 * stderr (and to the file JIXIAO_SKIP_LOG names: scripts/test.js lists them at the end); under
 * CI a missing tool throws, failing the test file.
 */
export function needs(...tools: Tool[]): boolean {
  const lines = tools.map((t) => missing(t)).filter((l): l is string => l !== undefined);
  if (lines.length === 0) return true;
  if (ci()) throw new Error(`CI=true and a tool the tests need is missing — ${lines.join('; ')}`);
  for (const line of lines) {
    const text = `skipped: ${line}`;
    console.warn(text);
    if (process.env.JIXIAO_SKIP_LOG) appendFileSync(process.env.JIXIAO_SKIP_LOG, `${text}\n`);
  }
  return false;
}
