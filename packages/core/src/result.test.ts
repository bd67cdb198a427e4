import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { interpolate, renderMsg } from './result';

// The plain definition: each {key} replaced by its value, unknown/undefined/null keys left as written.
function reference(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) =>
    key in data && data[key] !== undefined && data[key] !== null ? String(data[key]) : m,
  );
}

describe('interpolate', () => {
  test('fills keys, keeps unknown and null ones, reads the same template twice alike', () => {
    const t = '{what}得分 {score} 高于分值 {weight}{x}';
    const data = { what: '「培训人数」', score: 12, weight: null };
    expect(interpolate(t, data)).toBe('「培训人数」得分 12 高于分值 {weight}{x}');
    expect(interpolate(t, { ...data, weight: 10 })).toBe('「培训人数」得分 12 高于分值 10{x}');
    expect(interpolate('no keys', data)).toBe('no keys');
    expect(interpolate('{a}{a}{ b}{}', { a: 0 })).toBe('00{ b}{}');
  });

  const piece = fc.oneof(fc.constantFrom('{a}', '{b}', '{c_1}', '{', '}', '{}', '{ a}', '得分', ' '), fc.string({ maxLength: 4 }));
  const value = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null), fc.constant(undefined));
  test.prop([fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.dictionary(fc.constantFrom('a', 'b', 'c_1'), value)])(
    'equals the plain regex replacement',
    (template, data) => {
      expect(interpolate(template, data)).toBe(reference(template, data));
      expect(interpolate(template, data)).toBe(reference(template, data));
    },
  );
});

describe('a message inside data', () => {
  it('is written in the language being rendered, and data keeps the message itself', () => {
    const explanation = { messageId: 'met.compared', data: { actual: '35家' }, zh: '记满分15分', en: 'full marks, 15' };
    const data = { explanation };
    expect(renderMsg({ zh: '理由：{explanation}', en: 'why: {explanation}' }, data)).toEqual({ zh: '理由：记满分15分', en: 'why: full marks, 15' });
    expect(data.explanation).toBe(explanation);
  });
});
