import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SEED } from './helpers';

const bin = new URL('../bin/jixiao.js', import.meta.url).pathname;

describe('the jixiao executable', () => {
  it('runs as a process and sets the exit code from run()', () => {
    const ok = spawnSync(process.execPath, [bin, 'score', SEED, '--lang', 'en'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('区域双创活跃度');
    const findings = spawnSync(process.execPath, [bin, 'check', SEED], { encoding: 'utf8' });
    expect(findings.status).toBe(1);
    const missing = spawnSync(process.execPath, [bin, 'check', 'missing.xlsx'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.xlsx');
  }, 60_000);
});
