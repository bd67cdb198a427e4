import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '@jixiao/core';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows a configuration that check accepts', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(readme);
    expect(block).not.toBeNull();
    const r = resolveConfig(JSON.parse(block![1]));
    expect(r.ok ? [] : r.issues).toEqual([]);
  });
});
