/** The dashboard's statistics endpoint. */
import { query, request, type ApiResult } from './client';
import type { Stats } from './types';

export interface StatsFilters {
  year?: number;
  orgId?: number | string;
  rule?: string;
}

/** GET /api/stats: counts, funds, scores, grades and findings over the forms the filters select. */
export function getStats(filters: StatsFilters, signal?: AbortSignal): Promise<ApiResult<Stats>> {
  return request('GET', `/api/stats${query({ ...filters })}`, undefined, signal);
}
