import { describe, expect, it } from 'vitest';
import { emptyEvaluation, type Evaluation } from '@jixiao/core';
import type { ApiResult } from '../api/client';
import type { FormResource } from '../api/types';
import { cleanReview, commentCounts, editorReducer, initialEditorState, isDirty, planDraft, returnReason, type EditorAction, type EditorState } from './editorState';
import { updateAt } from './update';

function evaluation(deviation = ''): Evaluation {
  const ev = emptyEvaluation(2020);
  ev.indicators = [{ level1: '产出指标', level2: '数量指标', name: 'A', target: '10', actual: '10', weight: 10, score: 10, deviation }];
  return ev;
}

function form(version: number, ev = evaluation(), extra: Partial<FormResource> = {}): FormResource {
  return {
    id: '7', version, orgId: 1, orgName: '单位', year: 2020, projectName: '', status: 'draft', template: 'mof-2020',
    evaluation: ev, findings: [], financeReview: null, createdAt: '', updatedAt: '', ...extra,
  };
}

const run = (s: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, s);
const loaded = (f: FormResource) => run(initialEditorState, { type: 'loaded', form: f, restore: { kind: 'none', clear: false } });
const typeDeviation = (text: string): EditorAction => ({ type: 'edit', update: (ev) => updateAt(ev, 'indicators[0].deviation', text) });
const conflict409 = (current: FormResource): ApiResult<FormResource> => ({
  ok: false,
  error: { status: 409, code: 'version-conflict', message: { zh: '', en: '' }, body: { current } },
});

describe('editorReducer: edit and save', () => {
  it('is clean when loaded, dirty after an edit, clean once the edit is saved', () => {
    let s = loaded(form(1));
    expect(isDirty(s)).toBe(false);
    s = run(s, typeDeviation('说明'));
    expect(isDirty(s)).toBe(true);
    const sent = s.ev!;
    s = run(s, { type: 'saveStarted' });
    expect(s.saving).toBe(true);
    s = run(s, { type: 'saveAnswered', sent, result: { ok: true, value: form(2, sent) } });
    expect(s).toMatchObject({ saving: false, conflict: null });
    expect(s.form!.version).toBe(2);
    expect(isDirty(s)).toBe(false);
  });

  it('keeps what was typed while a save was under way as unsaved', () => {
    let s = run(loaded(form(1)), typeDeviation('一'), { type: 'saveStarted' });
    const sent = s.ev!;
    s = run(s, typeDeviation('一二'), { type: 'saveAnswered', sent, result: { ok: true, value: form(2, sent) } });
    expect(s.ev!.indicators[0].deviation).toBe('一二');
    expect(isDirty(s)).toBe(true);
  });

  it('applies two edits dispatched before a re-render to the evaluation as it then stands', () => {
    const add = (name: string): EditorAction => ({ type: 'edit', update: (ev) => ({ ...ev, indicators: [...ev.indicators, { ...ev.indicators[0], name }] }) });
    const s = run(loaded(form(1)), add('B'), add('C'));
    expect(s.ev!.indicators.map((r) => r.name)).toEqual(['A', 'B', 'C']);
  });

  it('leaves the edit alone when a save fails for another reason', () => {
    let s = run(loaded(form(1)), typeDeviation('x'), { type: 'saveStarted' });
    const before = s.ev;
    s = run(s, { type: 'saveAnswered', sent: before!, result: { ok: false, error: { status: 0, code: 'network', message: { zh: '', en: '' }, body: {} } } });
    expect(s).toMatchObject({ saving: false, conflict: null, ev: before });
    expect(isDirty(s)).toBe(true);
  });
});

describe('editorReducer: the 409 conflict and its merge', () => {
  it('opens the merge against the version the edit began from, then bases the merged edit on theirs', () => {
    const mine = loaded(form(1));
    const base = mine.form!.evaluation;
    let s = run(mine, typeDeviation('我的'), { type: 'saveStarted' });
    const theirs = form(2, evaluation('他们的'));
    s = run(s, { type: 'saveAnswered', sent: s.ev!, result: conflict409(theirs) });
    expect(s.saving).toBe(false);
    expect(s.conflict).toEqual({ base, theirs });
    expect(s.form!.version).toBe(1); // nothing taken until the user merges

    const merged = evaluation('合并');
    s = run(s, { type: 'merged', merged });
    expect(s.conflict).toBeNull();
    expect(s.form).toBe(theirs); // the next save goes against version 2
    expect(s.ev).toBe(merged);
    expect(isDirty(s)).toBe(true); // merged is not on the server yet
  });

  it('keeps my edit and the old version when the merge is cancelled', () => {
    let s = run(loaded(form(1)), typeDeviation('我的'));
    s = run(s, { type: 'saveAnswered', sent: s.ev!, result: conflict409(form(2)) }, { type: 'mergeCancelled' });
    expect(s.conflict).toBeNull();
    expect(s.form!.version).toBe(1);
    expect(s.ev!.indicators[0].deviation).toBe('我的');
  });

  it('treats a 409 without the current form (targets locked) as a plain failure', () => {
    let s = run(loaded(form(1)), typeDeviation('x'));
    s = run(s, { type: 'saveAnswered', sent: s.ev!, result: { ok: false, error: { status: 409, code: 'targets-locked', message: { zh: '', en: '' }, body: {} } } });
    expect(s.conflict).toBeNull();
  });
});

describe('local drafts on load', () => {
  const draft = (baseVersion: number, ev: Evaluation) => ({ baseVersion, evaluation: ev, at: '2026-01-02T03:04:05Z' });

  it('plans what a draft becomes', () => {
    const f = form(3);
    expect(planDraft(f, null, true)).toEqual({ kind: 'none', clear: false });
    expect(planDraft(f, draft(3, evaluation()), true)).toEqual({ kind: 'none', clear: true }); // same as the server
    expect(planDraft(f, draft(3, evaluation('草稿')), false)).toEqual({ kind: 'none', clear: true }); // may not edit
    expect(planDraft(f, draft(3, evaluation('草稿')), true)).toMatchObject({ kind: 'restore' });
    expect(planDraft(f, draft(2, evaluation('草稿')), true)).toMatchObject({ kind: 'merge' });
  });

  it('restores a draft of the current version as an unsaved edit, and discards it on request', () => {
    const f = form(3);
    const d = draft(3, evaluation('草稿'));
    let s = run(initialEditorState, { type: 'loaded', form: f, restore: { kind: 'restore', draft: d } });
    expect(s).toMatchObject({ ev: d.evaluation, restoredAt: d.at, conflict: null, form: f });
    expect(isDirty(s)).toBe(true);
    s = run(s, { type: 'draftDiscarded' });
    expect(s).toMatchObject({ ev: f.evaluation, restoredAt: null });
    expect(isDirty(s)).toBe(false);
  });

  it('merges a draft of an older version like a save conflict, against the version it was taken from', () => {
    const f = form(3, evaluation('服务器'));
    const d = draft(1, evaluation('草稿'));
    const v1 = evaluation('版本1');
    let s = run(initialEditorState, { type: 'loaded', form: f, restore: { kind: 'merge', draft: d }, conflictBase: v1 });
    expect(s.conflict).toEqual({ base: v1, theirs: f });
    expect(s.ev).toBe(d.evaluation);
    expect(isDirty(s)).toBe(true);
    // Without the old version (it could not be read) the server's form is the base.
    s = run(initialEditorState, { type: 'loaded', form: f, restore: { kind: 'merge', draft: d } });
    expect(s.conflict!.base).toBe(f.evaluation);
  });
});

describe('editorReducer: workflow and 复核', () => {
  it('takes the form a transition returns as the new saved state and leaves 复核 mode', () => {
    let s = run(loaded(form(1)), { type: 'reviewMode', on: true });
    expect(s.review).toEqual({ scores: {}, comment: '' });
    const after = form(2, evaluation('x'), { status: 'finance_reviewed', financeReview: { scores: { 0: { score: 8, reason: '证据不足' } }, total: 8 } });
    s = run(s, { type: 'transitioned', form: after });
    expect(s).toMatchObject({ form: after, ev: after.evaluation, review: after.financeReview, reviewMode: false });
    expect(isDirty(s)).toBe(false);
  });

  it('keeps a review draft when 复核 mode is entered again, and sends only the rows touched', () => {
    let s = run(loaded(form(1)), { type: 'reviewMode', on: true }, { type: 'editReview', update: (r) => ({ ...r!, scores: { 0: { score: 7, reason: '偏高' }, 1: { score: null, reason: ' ' } } }) });
    s = run(s, { type: 'reviewMode', on: false }, { type: 'reviewMode', on: true });
    expect(s.review!.scores[0]).toEqual({ score: 7, reason: '偏高' });
    expect(cleanReview(s.review, '总体良好')).toEqual({ scores: { 0: { score: 7, reason: '偏高' } }, comment: '总体良好' });
    expect(cleanReview(null, '')).toEqual({ scores: {}, comment: '' });
    // Keys naming rows the form does not have are not sent; the funds row is one it has.
    const r = { scores: { 0: { score: 7, reason: 'a' }, 3: { score: 1, reason: 'b' }, funds: { score: 8, reason: 'c' }, x: { score: 1, reason: 'd' } } };
    expect(cleanReview(r, '', evaluation())).toEqual({ scores: { 0: { score: 7, reason: 'a' }, funds: { score: 8, reason: 'c' } }, comment: '' });
  });

  it('keeps comments and history that loaded, and reads the newest return reason and the comments per row', () => {
    const versions = [
      { version: 2, at: '', by: 'd', action: 'return', comment: '旧理由' },
      { version: 4, at: '', by: 'd', action: 'return', comment: '新理由' },
      { version: 3, at: '', by: 'u', action: 'submit' },
    ];
    const comments = [{ text: 'a', indicator: 0 }, { text: 'b', indicator: 0 }, { text: 'c', indicator: null }, { text: 'd', indicator: 2 }];
    let s = run(loaded(form(1)), { type: 'sideLoaded', comments, versions });
    s = run(s, { type: 'sideLoaded', comments: undefined, versions: [] }); // comments failed to load: keep the old
    expect(s.comments).toBe(comments);
    expect(s.versions).toEqual([]);
    expect(returnReason(versions)).toBe('新理由');
    expect(returnReason([])).toBeUndefined();
    expect([...commentCounts(comments)]).toEqual([[0, 2], [2, 1]]);
  });

  it('records a load failure', () => {
    expect(run(initialEditorState, { type: 'loadFailed', error: { zh: '不存在', en: 'not found' } }).loadError).toEqual({ zh: '不存在', en: 'not found' });
  });
});
