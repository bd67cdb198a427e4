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
    ]);
    // `{items}` envelopes are unwrapped.
    expect(tasks).toEqual({ ok: true, value: [{ id: 1 }] });
    expect(lib).toEqual({ ok: true, value: [{ id: 1 }] });
  });
});
