import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, defaultRiskProfile, resolveRiskProfile } from './profile';
import { SIGNALS } from './signals';

describe('risk profiles', () => {
  it('the default profile is every signal with its defaults, and resolves to itself', () => {
    const p = defaultRiskProfile();
    expect(Object.keys(p)).toEqual(SIGNALS.map((s) => s.id));
    const r = resolveRiskProfile(JSON.parse(JSON.stringify(p)));
    expect(r.ok && [...r.value]).toEqual([...DEFAULT_PROFILE]);
  });
  it('overrides options, keeps the rest, and turns signals off', () => {
    const r = resolveRiskProfile({ 'funds-size': { weight: 2 }, 'monitoring-red': 'off' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.get('funds-size')).toEqual({ weight: 2, cap: 20, floor: 10 });
    expect(r.value.get('monitoring-red')).toBeNull();
    expect(r.value.get('findings')).toEqual(DEFAULT_PROFILE.get('findings'));
  });
  it('reports unknown signals and options and bad values, with paths', () => {
    const r = resolveRiskProfile({
      'no-such-signal': {},
      'funds-size': { wieght: 2, cap: -1 },
      findings: { exclude: 'score-inflated' as never },
      'execution-off': 5 as never,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['profile-unknown-signal', 'no-such-signal'],
      ['profile-type', 'findings.exclude'],
      ['profile-type', 'execution-off'],
      ['profile-unknown-option', 'funds-size.wieght'],
      ['profile-type', 'funds-size.cap'],
    ]);
    for (const i of r.issues) expect(i.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
