/** Notifications and the 待办 counts. */
import { mapResult, request, type ApiResult } from './client';
import { listForms } from './forms';
import type { FormStatus } from './types';

export interface Notification {
  formId: number;
  version: number;
  at: string;
  action: string;
  comment: string | null;
  projectName: string;
  status: FormStatus;
  by: string | null;
}

/** GET /api/notifications: others' workflow actions on my organisation's forms, newest first. */
export function listNotifications(signal?: AbortSignal): Promise<ApiResult<Notification[]>> {
  return request<{ items: Notification[] }>('GET', '/api/notifications', undefined, signal).then((r) => mapResult(r, (v) => v.items));
}

/** How many forms in my view have each status (the list's total for that filter). */
export async function countByStatus(statuses: readonly FormStatus[], signal?: AbortSignal): Promise<Partial<Record<FormStatus, number>>> {
  const out: Partial<Record<FormStatus, number>> = {};
  await Promise.all(
    statuses.map(async (status) => {
      const r = await listForms({ status, pageSize: 1 }, signal);
      if (r.ok) out[status] = r.value.total;
    }),
  );
  return out;
}
