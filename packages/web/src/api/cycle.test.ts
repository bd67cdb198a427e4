import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyTargetForm } from '@jixiao/core';
import * as api from '.';
import { setCsrfToken } from './client';

/** A fetch that records each request and answers `{items: []}`. */
function recordingFetch() {
  const sent: [string, string, unknown, string | undefined][] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      sent.push([String(init.method), url, init.body === undefined ? undefined : JSON.parse(String(init.body)), headers['X-CSRF-Token']]);
      return new Response(JSON.stringify({ items: [{ id: 1 }] }), { status: 200 });
    }),
  );
  return sent;
}

beforeEach(() => setCsrfToken('tok'));
afterEach(() => void vi.unstubAllGlobals());

describe('the budget-cycle endpoints of the typed client', () => {
  it('sends each as docs/api.md "Before the self-evaluation" describes it', async () => {
    const sent = recordingFetch();
    const form = emptyTargetForm(2021);
    await api.listPlans({ kind: 'target', year: 2021, targetFormId: undefined });
    await api.getPlan(4);
    await api.savePlan(4, 2, form);
    await api.transitionPlan(4, 2, 'submit');
    await api.transitionPlan(4, 3, 'return', '请调高');
    await api.createTargetForm(form);
    await api.createTargetForm(form, 9);
    await api.checkTargetForm(form);
    await api.createMonitoring(4, { from: 1, to: 7 });
    await api.createAdjustment(4, { reason: '疫情', changes: [{ indicatorIndex: 2, field: 'target', to: '≥10次' }] });
    await api.createEvaluationFromTargets(4);
    await api.getFormCycle('12');
    await api.openTask({ year: 2021, stage: 'monitoring', period: { from: 1, to: 7 }, unitIds: [3], deadline: '2021-08-15' });
    const tasks = await api.listTasks(2021);
    await api.listDue({ year: 2021 });
    await api.taskProgress({ year: 2021, stage: 'target' });
    const lib = await api.findLibraryIndicators({ q: '满意 度', level1: '满意度指标' });
    await api.listPlanVersions(4);
    const fields = { level1: '产出指标', level2: '数量指标', unit: '家', direction: '>=' as const, basis: null, note: '' };
    const own = await api.listOwnLibrary();
    await api.listOwnLibrary(7);
    await api.addLibraryIndicator({ ...fields, name: '培育企业数' });
    await api.addLibraryIndicator({ ...fields, name: '培育企业数' }, 7);
    await api.editLibraryIndicator('工信局:培育企业数', fields);
    await api.retireLibraryIndicator('工信局:培育企业数', true);
    await api.retireLibraryIndicator('工信局:培育企业数', false);
    expect(sent).toEqual([
      ['GET', '/api/plans?kind=target&year=2021', undefined, undefined],
      ['GET', '/api/plans/4', undefined, undefined],
      ['PUT', '/api/plans/4', { version: 2, form }, 'tok'],
      ['POST', '/api/plans/4/transition', { version: 2, action: 'submit' }, 'tok'],
      ['POST', '/api/plans/4/transition', { version: 3, action: 'return', comment: '请调高' }, 'tok'],
      ['POST', '/api/target-forms', { form }, 'tok'],
      ['POST', '/api/target-forms', { form, orgId: 9 }, 'tok'],
      ['POST', '/api/target-forms/check', { form }, 'tok'],
      ['POST', '/api/target-forms/4/monitoring', { period: { from: 1, to: 7 } }, 'tok'],
      ['POST', '/api/target-forms/4/adjustments', { form: { reason: '疫情', changes: [{ indicatorIndex: 2, field: 'target', to: '≥10次' }] } }, 'tok'],
      ['POST', '/api/target-forms/4/evaluation', undefined, 'tok'],
      ['GET', '/api/forms/12/cycle', undefined, undefined],
      ['POST', '/api/tasks', { year: 2021, stage: 'monitoring', period: { from: 1, to: 7 }, unitIds: [3], deadline: '2021-08-15' }, 'tok'],
      ['GET', '/api/tasks?year=2021', undefined, undefined],
      ['GET', '/api/tasks/due?year=2021', undefined, undefined],
      ['GET', '/api/tasks/progress?year=2021&stage=target', undefined, undefined],
      ['GET', '/api/library?q=%E6%BB%A1%E6%84%8F+%E5%BA%A6&level1=%E6%BB%A1%E6%84%8F%E5%BA%A6%E6%8C%87%E6%A0%87', undefined, undefined],
      ['GET', '/api/plans/4/versions', undefined, undefined],
      ['GET', '/api/library/own', undefined, undefined],
      ['GET', '/api/library/own?departmentId=7', undefined, undefined],
      ['POST', '/api/library', { entry: { ...fields, name: '培育企业数' } }, 'tok'],
      ['POST', '/api/library', { departmentId: 7, entry: { ...fields, name: '培育企业数' } }, 'tok'],
      ['PUT', '/api/library/%E5%B7%A5%E4%BF%A1%E5%B1%80%3A%E5%9F%B9%E8%82%B2%E4%BC%81%E4%B8%9A%E6%95%B0', { entry: fields }, 'tok'],
      ['POST', '/api/library/%E5%B7%A5%E4%BF%A1%E5%B1%80%3A%E5%9F%B9%E8%82%B2%E4%BC%81%E4%B8%9A%E6%95%B0/retire', undefined, 'tok'],
      ['POST', '/api/library/%E5%B7%A5%E4%BF%A1%E5%B1%80%3A%E5%9F%B9%E8%82%B2%E4%BC%81%E4%B8%9A%E6%95%B0/restore', undefined, 'tok'],
    ]);
    expect(own).toEqual({ ok: true, value: [{ id: 1 }] });
    // `{items}` envelopes are unwrapped.
    expect(tasks).toEqual({ ok: true, value: [{ id: 1 }] });
    expect(lib).toEqual({ ok: true, value: [{ id: 1 }] });
  });
});

describe('a 申报表 file previewed', () => {
  it('goes as multipart "files" with preview=1 and the year, and a file it cannot read carries the cell', async () => {
    const seen: [string, string, FormData][] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      seen.push([String(init.method), url, init.body as FormData]);
      const importError = { code: 'bad-amount', location: 'Sheet1!D5', message: { zh: '金额无效', en: 'bad amount' }, severity: 'error' };
      return new Response(JSON.stringify({ error: { code: 'invalid-body', path: 'files', message: importError.message }, importError }), { status: 400 });
    }));
    const r = await api.previewTargetImport({ blob: new Blob(['x']), name: '申报表.xlsx' }, 2021);
    expect(seen.map(([m, u]) => [m, u])).toEqual([['POST', '/api/target-forms/import?preview=1&year=2021']]);
    expect((seen[0][2].get('files') as File).name).toBe('申报表.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.status, r.error.path, (r.error.body.importError as { location: string }).location]).toEqual([400, 'files', 'Sheet1!D5']);
  });
});
