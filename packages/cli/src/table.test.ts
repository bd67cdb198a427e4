import { describe, expect, it } from 'vitest';
import { displayWidth as width } from '@jixiao/core';
import { clip, renderTable } from './table';

describe('terminal tables', () => {
  it('counts Chinese characters as two columns', () => {
    expect(width('abc')).toBe(3);
    expect(width('区域双创')).toBe(8);
    expect(width('≥20家')).toBe(5);
  });
  it('clips by display width', () => {
    expect(clip('报名参加地州市初选赛企业数量', 10)).toBe('报名参加…');
    expect(width(clip('报名参加地州市初选赛企业数量', 10))).toBeLessThanOrEqual(10);
    expect(clip('  a\n b ', 10)).toBe('a b');
  });
  it('aligns columns holding mixed scripts', () => {
    const out = renderTable(['指标', 'n'], [['区域', '1'], ['ab', '10']], ['l', 'r']).split('\n');
    expect(out[0]).toBe('指标   n');
    expect(out[2]).toBe('区域   1');
    expect(out[3]).toBe('ab    10');
  });
});
