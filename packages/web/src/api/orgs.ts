/** The organisation endpoints. */
import { mapResult, request, type ApiResult } from './client';
import type { Org } from './types';

/** GET /api/orgs: the caller's visible subtree. */
export function listOrgs(signal?: AbortSignal): Promise<ApiResult<Org[]>> {
  return request<{ items: Org[] }>('GET', '/api/orgs', undefined, signal).then((r) => mapResult(r, (v) => v.items ?? []));
}
