/** Set-up shared by the 整改, 结果应用 and 公开 suites. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Client } from './harness';

export const PNG = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../docs/screenshots/admin-audit.png', import.meta.url))));

/** A form taken by the unit through submission, the department's approval and finance's 复核 of row 0. */
export async function reviewedForm(unit: Client, dept: Client, finance: Client, create: (c: Client) => Promise<{ id: number; version: number }>, publish = false) {
  const f = await create(unit);
  const act = async (c: Client, version: number, action: string, extra: object = {}) => {
    const r = await c.post(`/api/forms/${f.id}/transition`, { version, action, ...extra });
    if (r.status !== 200) throw new Error(`${action}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  let v = (await act(unit, f.version, 'submit')).version;
  v = (await act(dept, v, 'approve')).version;
  const form = await act(finance, v, 'finance-review', { financeReview: { scores: { '0': { score: 1, reason: '佐证不足以支持满分' } }, comment: '抽查复核' } });
  return publish ? act(finance, form.version, 'publish') : form;
}

