/** Notifications: a unit hears of others' workflow actions on its forms, not of its own or other units'. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { setupApi, type Api, type Client } from './harness';

describe.each(DIALECTS)('notifications on %s', (dialect) => {
  let api: Api;
  let unit: Client, unit2: Client, dept: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, unit2, dept] = await Promise.all(['unit1', 'unit2', 'dept1'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  it('lists returns and approvals of my unit’s forms by others, newest first', async () => {
    const f = await api.createAs(unit);
    const act = (c: Client, version: number, action: string, comment?: string) => c.post(`/api/forms/${f.id}/transition`, { version, action, comment });
    await act(unit, 1, 'submit');
    await act(dept, 2, 'return', '请补充偏差说明');
    await act(unit, 3, 'submit');
    await act(dept, 4, 'approve');
    const items = (await unit.get('/api/notifications')).body.items;
    expect(items.map((x: { action: string; version: number; comment: string | null; by: string }) => [x.action, x.version, x.comment, x.by])).toEqual([
      ['approve', 5, null, '工信局审核员'],
      ['return', 3, '请补充偏差说明', '工信局审核员'],
    ]);
    expect((await unit2.get('/api/notifications')).body.items).toEqual([]);
  });
});
