/** Settings finance makes per organisation and year: the template, and whether errors block submission. */
import type { Grade } from '@jixiao/core';
import { mapResult, query, request, type ApiResult } from './client';

/** A setting in effect and who set it (orgId null: the built-in default). */
export interface Effective<T> {
  value: T;
  orgId: number | null;
  year: number;
}

export interface EffectiveSettings {
  orgId: number;
  year: number;
  template: Effective<string>;
  errorsBlock: Effective<boolean>;
  separationOfDuties: Effective<boolean>;
  /** 运行监控 light thresholds "red,yellow" with the percentages read from them. */
  trafficLights: Effective<string> & { red: number | null; yellow: number | null };
  /** 结果应用: the grade from which, and the execution percent below which, a form is marked for a cut ("差,50" by default). */
  budgetThresholds: Effective<string> & { cutGrade: Grade | null; executionBelow: number | null };
}

export interface SettingEntry {
  orgId: number;
  year: number;
  key: 'template' | 'errors-block' | 'separation-of-duties' | 'traffic-lights' | 'budget-thresholds';
  value: string;
  updatedAt: string;
}

/** GET /api/settings/effective: what holds for an organisation (default: mine) in a year. */
export function getEffectiveSettings(year: number, orgId?: number | string, signal?: AbortSignal): Promise<ApiResult<EffectiveSettings>> {
  return request('GET', `/api/settings/effective${query({ year, orgId })}`, undefined, signal);
}

/** GET /api/settings: the settings made in my scope (finance, admin). */
export function listSettings(signal?: AbortSignal): Promise<ApiResult<SettingEntry[]>> {
  return request<{ items: SettingEntry[] }>('GET', '/api/settings', undefined, signal).then((r) => mapResult(r, (v) => v.items));
}

/** PUT /api/settings: set (or with null clear) a setting at an organisation for a year (0: every year). */
export function putSetting(orgId: number | string, year: number, key: SettingEntry['key'], value: string | null): Promise<ApiResult<{ ok: true }>> {
  return request('PUT', '/api/settings', { orgId: Number(orgId), year, key, value });
}
