/** Export downloads are plain links (the browser saves the file): these build their addresses. */
import { query } from './client';
import type { ListFilters, FormId } from './forms';

/** GET /api/forms/:id/export: one form in one format. */
export function formExportUrl(id: FormId, format: string): string {
  return `/api/forms/${id}/export?format=${format}`;
}

/** GET /api/export with the list's filters: every matching form in one file. */
export function listExportUrl(filters: ListFilters, format: string): string {
  return `/api/export${query({ ...filters, format })}`;
}

/** GET /api/export?ids=: a selection of forms, in the order given, in one file. */
export function selectionExportUrl(ids: readonly FormId[], format: string): string {
  return `/api/export${query({ format, ids: ids.join(',') })}`;
}

/** GET /api/plans/:id/export: a 绩效目标申报表 or 运行监控表 in its official layout. */
export function planExportUrl(id: number | string, format: string): string {
  return `/api/plans/${id}/export?format=${format}`;
}

/** The formats a plan form prints in (the official layouts; no csv/json/text). */
export const PLAN_EXPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'html'] as const;
