/**
 * The 抽查 endpoints (issue 15, items 2 and 3): the risk ranking with each form's reasons, sample
 * draws and their manual changes, panel assignments, the panel's checklist and re-score, and
 * finance's decision.
 */
import type { FinanceReviewScores, FormStatus, Grade, Msg, RankingRow } from '@jixiao/core';
import { mapResult, query, request, type ApiResult } from './client';

/** A ranked form: core's ranking row (place, score, identity, totals) with each signal's reason in both languages. */
export type RankedForm = Pick<RankingRow, 'rank' | 'score' | 'year' | 'projectName' | 'department' | 'implementer' | 'claimed' | 'provenMax'> & {
  formId: number;
  orgId: number;
  status: FormStatus;
  signals: { signalId: string; points: number; message: Msg }[];
};

export interface ChecklistDef {
  key: string;
  label: Msg;
}

export interface Ranking {
  year: number;
  scope: number;
  items: RankedForm[];
  checklist: ChecklistDef[];
}

export type SampleWay = 'top' | 'random' | 'added';

export interface ChecklistItem {
  key: string;
  checked: boolean;
  notes: string;
}

export interface PanelResult {
  scores: FinanceReviewScores;
  comment?: string;
  total: number;
  grade: Grade;
  at: string;
}

export type AssignmentStatus = 'assigned' | 'submitted' | 'accepted' | 'returned' | 'cancelled';

export interface Assignment {
  id: number;
  sampleId: number;
  formId: number;
  userId: number;
  userName?: string;
  from: string;
  to: string;
  status: AssignmentStatus;
  active: boolean;
  checklist: ChecklistItem[];
  result: PanelResult | null;
  submittedAt: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** Finance published the accepted outcome with the form. */
  public: boolean;
  form?: { id: number; projectName: string; department: string; implementer: string; year: number; status: FormStatus; version: number };
}

export interface Change {
  reason: string;
  by: string;
  at: string;
}

export interface Sample {
  id: number;
  scope: number;
  year: number;
  seed: string;
  algorithm: string;
  top: number;
  random: number;
  population: number;
  createdBy: string;
  createdAt: string;
  items: { formId: number; way: SampleWay; rank: number; score: number; projectName: string; department: string; implementer: string; status: FormStatus; added: Change | null; removed: Change | null }[];
  picks: number[];
  assignments: Assignment[];
}

export interface SampleSummary {
  id: number;
  scope: number;
  year: number;
  seed: string;
  top: number;
  random: number;
  population: number;
  createdAt: string;
}

export interface DrawRequest {
  year: number;
  scope?: number;
  top: number;
  random: number;
  seed: string;
}

export function getRanking(year: number, scope?: number, signal?: AbortSignal): Promise<ApiResult<Ranking>> {
  return request('GET', `/api/ranking${query({ year, scope })}`, undefined, signal);
}

export function listSamples(year: number, scope?: number): Promise<ApiResult<{ items: SampleSummary[] }>> {
  return request('GET', `/api/samples${query({ year, scope })}`);
}

export function getSample(id: number): Promise<ApiResult<Sample>> {
  return request('GET', `/api/samples/${id}`);
}

export function drawSample(body: DrawRequest): Promise<ApiResult<Sample>> {
  return request('POST', '/api/samples', body);
}

export function changeSample(id: number, op: 'add' | 'remove', formId: number, reason: string): Promise<ApiResult<Sample>> {
  return request('POST', `/api/samples/${id}/changes`, { op, formId, reason });
}

export function assignReviewer(sampleId: number, body: { formId: number; userId: number; from: string; to: string }): Promise<ApiResult<Assignment>> {
  return request('POST', `/api/samples/${sampleId}/assignments`, body);
}

export function listAssignments(formId?: number, signal?: AbortSignal): Promise<ApiResult<{ items: Assignment[]; checklist: ChecklistDef[] }>> {
  return request('GET', `/api/assignments${query({ formId })}`, undefined, signal);
}

export function saveChecklist(id: number, items: ChecklistItem[]): Promise<ApiResult<Assignment>> {
  return request('PUT', `/api/assignments/${id}/checklist`, { items });
}

export function submitPanel(id: number, scores: FinanceReviewScores, comment?: string): Promise<ApiResult<Assignment>> {
  return request('POST', `/api/assignments/${id}/submit`, { scores, comment });
}

export function decidePanel(id: number, decision: 'accept' | 'return', reason?: string): Promise<ApiResult<Assignment>> {
  return request('POST', `/api/assignments/${id}/decide`, { decision, reason });
}

/** PUT /api/assignments/:id/public (finance): publish an accepted outcome with the published form, or take it back. */
export function setAssignmentPublic(id: number, pub: boolean): Promise<ApiResult<Assignment>> {
  return request('PUT', `/api/assignments/${id}/public`, { public: pub });
}

/** An accepted 抽查 复核 outcome finance published (GET /api/public/sampling). */
export interface PublicSamplingOutcome {
  id: number;
  formId: number;
  year: number;
  projectName: string;
  implementer: string;
  selfScore: number | null;
  reviewScore: number | null;
  reviewGrade: Grade | null;
  decidedOn: string | null;
}

/** GET /api/public/sampling: the 复核 outcomes finance chose to publish. */
export function publicSampling(f: { department?: number; year?: number; formId?: number | string }, signal?: AbortSignal): Promise<ApiResult<PublicSamplingOutcome[]>> {
  return request<{ items: PublicSamplingOutcome[] }>('GET', `/api/public/sampling${query({ ...f })}`, undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}
