/** 佐证材料 (evidence) of a form: list, upload (the file is the body), the URLs to view or download one, remove. */
import { request, type ApiResult } from './client';

/** One attachment as GET /api/forms/:id/evidence lists it. */
export interface EvidenceItem {
  id: number;
  /** The indicator row index ("3"), or null for the form as a whole. */
  indicator: string | null;
  name: string;
  sha256: string;
  size: number;
  mime: string;
  byUser: number | null;
  createdAt: string;
}

export interface EvidenceList {
  items: EvidenceItem[];
  limits: { maxBytes: number; maxPerForm: number };
}

const base = (formId: number | string) => `/api/forms/${encodeURIComponent(String(formId))}/evidence`;

export function listEvidence(formId: number | string): Promise<ApiResult<EvidenceList>> {
  return request('GET', base(formId));
}

/** Attach a file to an indicator row (its index) or, with null, to the form as a whole. */
export function uploadEvidence(formId: number | string, file: Blob, name: string, indicator: number | null): Promise<ApiResult<EvidenceItem>> {
  const q = new URLSearchParams({ name });
  if (indicator !== null) q.set('indicator', String(indicator));
  return request('POST', `${base(formId)}?${q}`, file);
}

export function deleteEvidence(formId: number | string, id: number): Promise<ApiResult<void>> {
  return request('DELETE', `${base(formId)}/${id}`);
}

/** Where the browser shows the file itself (images and PDF inline) or downloads it. */
export function evidenceUrl(formId: number | string, id: number, inline: boolean): string {
  return `${base(formId)}/${id}${inline ? '?inline=1' : ''}`;
}

/** Whether the viewer can show the file in the page. */
export function previewable(mime: string): 'image' | 'pdf' | null {
  return mime === 'application/pdf' ? 'pdf' : mime.startsWith('image/') ? 'image' : null;
}
