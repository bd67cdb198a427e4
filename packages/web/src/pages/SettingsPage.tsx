/**
 * 评价设置 (finance, admin): the template each organisation uses in a year — set at the finance
 * bureau for everyone, or at a department or unit for its subtree — and whether error-level
 * findings block submission.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { App, Card, Select, Space, Switch, Table } from 'antd';
import { listTemplates } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { Org } from '../api/types';
import type { SettingEntry } from '../api/settings';
import { yearOptions } from '../components/filters';

// Here, not in the dictionaries: they load with every route, and this page loads on its own.
const DUTIES = { zh: '职责分离：同一人不能办理同一张表的两个环节', en: 'Separation of duties: one person, one stage of a form' };

/** The settings route /settings. */
export default function SettingsPage() {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [entries, setEntries] = useState<SettingEntry[]>([]);
  const load = useCallback(async () => {
    const [o, s] = await Promise.all([api.listOrgs(), api.listSettings()]);
    if (o.ok) setOrgs(o.value);
    if (s.ok) setEntries(s.value);
  }, []);
  useEffect(() => void load(), [load]);

  const at = (orgId: Org['id'], y: number, key: SettingEntry['key']) => entries.find((e) => String(e.orgId) === String(orgId) && e.year === y && e.key === key)?.value;
  const put = async (orgId: Org['id'], y: number, key: SettingEntry['key'], value: string | null) => {
    const r = await api.putSetting(orgId, y, key, value);
    if (!r.ok) return void message.error(m(r.error.message));
    message.success(t('saved'));
    void load();
  };
  const templates = useMemo(() => listTemplates().map((tp) => ({ value: tp.id, label: m(tp.name) })), [m]);
  const root = orgs.find((o) => o.kind === 'finance');

  return (
    <div className="jx-settings" data-testid="settings">
      <h2>{t('navSettings')}</h2>
      {root && (
        <Card size="small" title={t('submissionRules')} style={{ marginBottom: 16 }}>
          <Space>
            <Switch checked={at(root.id, 0, 'errors-block') === 'true'} onChange={(on) => void put(root.id, 0, 'errors-block', on ? 'true' : 'false')} data-testid="errors-block" aria-label={t('errorsBlock')} />
            <span>{t('errorsBlock')}</span>
          </Space>
          <br />
          <Space style={{ marginTop: 8 }}>
            <Switch checked={at(root.id, 0, 'separation-of-duties') === 'true'} onChange={(on) => void put(root.id, 0, 'separation-of-duties', on ? 'true' : 'false')} data-testid="separation-of-duties" aria-label={m(DUTIES)} />
            <span>{m(DUTIES)}</span>
          </Space>
        </Card>
      )}
      <Card size="small" title={t('templatesByOrg')} extra={<Select value={year} onChange={setYear} options={yearOptions().map((y) => ({ value: y, label: y }))} style={{ width: 110 }} data-testid="settings-year" aria-label={t('year')} />}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={orgs}
          data-testid="settings-templates"
          columns={[
            { title: t('organisation'), dataIndex: 'name', render: (v: string, o) => <span style={{ paddingLeft: o.kind === 'unit' ? 32 : o.kind === 'department' ? 16 : 0 }}>{v}</span> },
            {
              title: t('template'),
              width: 360,
              render: (_: unknown, o) => (
                <Select
                  allowClear
                  placeholder={t('inherited')}
                  value={at(o.id, year, 'template')}
                  onChange={(v?: string) => void put(o.id, year, 'template', v ?? null)}
                  options={templates}
                  style={{ width: 340 }}
                  aria-label={`${o.name} ${t('template')}`}
                  data-testid={`template-for-${o.id}`}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
