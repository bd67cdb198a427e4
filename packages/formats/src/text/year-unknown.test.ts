/**
 * A form that prints no year (issue 10: corpus 104, 124) keeps "year unknown" through export and
 * re-import: the schema's required `year` holds only a placeholder, and no export prints it.
 */
import { describe, expect, it } from 'vitest';
import { yearUnknown } from '@jixiao/core';
import { seedText } from '../../test/helpers';
import { layoutForm } from '../layout/official';
import { exportText } from './export';
import { importText } from './cells';

const withoutYear = (): string => seedText().replace(/\t（2020年度）\n/g, '');

describe('a form without a year', () => {
  it('imports as year unknown, exports （年度未知） and re-imports as year unknown', () => {
    const first = importText(withoutYear());
    if (!first.ok) throw new Error('did not import');
    const ev = first.forms[0].evaluation;
    expect(yearUnknown(ev)).toBe(true);
    const text = exportText([ev]);
    expect(text).toContain('（年度未知）');
    expect(text).not.toContain(`（${ev.year}年度）`);
    const again = importText(text);
    if (!again.ok) throw new Error('did not re-import');
    expect(yearUnknown(again.forms[0].evaluation)).toBe(true);
  });

  it('the official layout (xlsx, docx, pdf, html) prints no placeholder year', () => {
    const r = importText(withoutYear());
    if (!r.ok) throw new Error('did not import');
    const year = layoutForm(r.forms[0].evaluation).cells.find((c) => c.kind === 'year');
    expect(year?.text).toBe('（年度未知）');
  });

  it('a form with a year prints it', () => {
    const r = importText(seedText());
    if (!r.ok) throw new Error('did not import');
    expect(yearUnknown(r.forms[0].evaluation)).toBe(false);
    expect(exportText([r.forms[0].evaluation])).toContain('（2020年度）');
  });
});
