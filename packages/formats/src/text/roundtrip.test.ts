import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '@jixiao/core';
import { evaluationArb } from '../../../core/src/testing/arbitrary';
import { content, seedText } from '../../test/helpers';
import { isPlaceholder } from '../grid/labels';
import { exportJson, importJson } from '../json/json';
import { importText } from './cells';
import { exportText } from './export';

const seed = (() => {
  const r = importText(seedText());
  if (!r.ok) throw new Error('seed');
  return r.forms.map((f) => f.evaluation);
})();

/**
 * What the cell layout can hold. A blank 一级/二级 cell means "merged with the cell above", so a
 * form whose category is genuinely empty below a filled one cannot be written; such forms get
 * the category above (as a reader of the paper form would). A blank or dashed 执行率 reads as none.
 */
function representable(ev: Evaluation): Evaluation {
  const out = structuredClone(ev);
  let l1 = '产出指标';
  let l2 = '数量指标';
  for (const ind of out.indicators) {
    ind.level1 = ind.level1 || l1;
    ind.level2 = ind.level2 || l2;
    l1 = ind.level1;
    l2 = ind.level2;
  }
  for (const k of ['total', 'fiscal', 'carryover', 'other'] as const) {
    const r = out.funds[k].rate;
    if (r !== null && (r.trim() === '' || isPlaceholder(r))) out.funds[k].rate = null;
  }
  return out;
}

function textRoundTrip(forms: Evaluation[]) {
  const r = importText(exportText(forms));
  if (!r.ok) throw new Error(r.issues[0].message.en);
  return r.forms.map((f) => content(f.evaluation));
}

describe('exportText → importText', () => {
  it('gives the seed forms back, blank 一级 cells included', () => {
    expect(textRoundTrip(seed)).toEqual(seed.map(content));
  });

  it('gives back an indicator named 总分 as an indicator, not as the end of the table', () => {
    const ev = structuredClone(seed[0]);
    ev.indicators[3].name = '总分';
    expect(textRoundTrip([ev])).toEqual([content(ev)]);
  });

  test.prop([fc.array(evaluationArb, { minLength: 1, maxLength: 3 })], { numRuns: 150 })(
    'gives generated forms back',
    (forms) => {
      const input = forms.map(representable);
      expect(textRoundTrip(input)).toEqual(input.map(content));
    },
  );
});

describe('exportJson → importJson', () => {
  it('gives the seed forms back', () => {
    const r = importJson(exportJson(seed));
    expect(r.ok && r.forms.map((f) => content(f.evaluation))).toEqual(seed.map(content));
  });

  test.prop([fc.array(evaluationArb, { minLength: 1, maxLength: 3 })], { numRuns: 150 })(
    'gives generated forms back exactly',
    (forms) => {
      const r = importJson(exportJson(forms));
      if (!r.ok) throw new Error(`${r.issues[0].location}: ${r.issues[0].message.en}`);
      expect(r.forms.map((f) => ({ ...f.evaluation, source: undefined }))).toEqual(
        forms.map((e) => ({ ...e, source: undefined })),
      );
    },
  );
});
