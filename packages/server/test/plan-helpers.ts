/** Helpers of the plan-form API tests (issue 14): a workflow action, and a call that must answer a status. */
import type { Client, Res } from './harness';

/** A plan workflow action at the form's version. */
export const act = (c: Client, f: { id: number; version: number }, action: string, comment?: string): Promise<Res> =>
  c.post(`/api/plans/${f.id}/transition`, { version: f.version, action, ...(comment ? { comment } : {}) });

/** The body of a call that must answer `status` (200 by default); any other answer fails with its body. */
export async function ok(p: Promise<Res>, status = 200): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await p;
  if (r.status !== status) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
