/** Finds and reads the review configuration, as a linter finds its rc file. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ReviewConfig } from '@jixiao/core';

/** File names searched from the working directory upwards, first match wins. */
export const CONFIG_NAMES = ['.jixiaorc.json', 'jixiao.config.json'];

export type LoadedConfig = { ok: true; config: ReviewConfig; path: string | null } | { ok: false; message: string };

/** Read --config FILE, or the nearest rc file above cwd; no file means the defaults. */
export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig {
  let path: string | null = null;
  if (explicit) {
    path = resolve(cwd, explicit);
    if (!existsSync(path)) return { ok: false, message: `${explicit}: 配置文件不存在 / config file not found` };
  } else {
    for (let dir = resolve(cwd); ; dir = dirname(dir)) {
      const hit = CONFIG_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
      if (hit) {
        path = hit;
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  if (!path) return { ok: true, config: {}, path: null };
  try {
    const text = readFileSync(path, 'utf8');
    if (text.length > 1_000_000) return { ok: false, message: `${path}: 配置文件过大 / config file too large` };
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, message: `${path}: 配置必须是 JSON 对象 / config must be a JSON object` };
    }
    return { ok: true, config: value as ReviewConfig, path };
  } catch (e) {
    return { ok: false, message: `${path}: ${(e as Error).message}` };
  }
}
