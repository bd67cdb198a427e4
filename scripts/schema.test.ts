import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaText, schemaTexts } from './gen-schema';

describe('published JSON Schema', () => {
  it('docs/evaluation.schema.json is current (npm run schema regenerates it)', () => {
    expect(readFileSync('docs/evaluation.schema.json', 'utf8')).toBe(schemaText());
  });
  it('every other published schema is current', () => {
    for (const [file, text] of schemaTexts()) expect(readFileSync(file, 'utf8'), file).toBe(text);
  });
  it('describes the public field names', () => {
    const schema = JSON.parse(schemaText());
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'year', 'projectName', 'department', 'implementer', 'template', 'funds', 'goals', 'indicators', 'total']),
    );
    expect(schema.properties.funds.properties.total.properties.initial.anyOf[0].pattern).toBeDefined();
    const target = JSON.parse(schemaTexts().get('docs/target-form.schema.json')!);
    expect(Object.keys(target.properties.indicators.items.properties)).toEqual(expect.arrayContaining(['level1', 'level2', 'name', 'target', 'weight', 'basis', 'scoring']));
  });
});
