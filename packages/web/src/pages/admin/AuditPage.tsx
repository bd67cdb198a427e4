/** 审计日志 (admin, finance): every change, newest first, a page at a time, filtered by action. */
import { useCallback, useEffect, useState } from 'react';
import { Button, Select, Space, Table } from 'antd';
import { useI18n } from '../../i18n';
import * as api from '../../api';
import type { AuditEntry } from '../../api/admin';
import { Link, useLocation } from '../../router';
import { timeText } from '../../editor/labels';

const ACTIONS = ['form.', 'form.submit', 'form.return', 'form.approve', 'form.finance-review', 'form.publish', 'form.edit', 'import', 'login', 'login.fail', 'user.', 'org.', 'settings.'];

/** The audit route /admin/audit. */
export default function AuditPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const pageSize = Math.min(1000, Math.max(1, Number(search.get('pageSize')) || 50));
  const [action, setAction] = useState<string | undefined>();
  // The cursors of the pages seen, so 上一页 goes back without keeping every entry.
  const [cursors, setCursors] = useState<(number | null)[]>([null]);
  const [data, setData] = useState<{ items: AuditEntry[]; next: number | null } | null>(null);
  const page = cursors.length - 1;
  const load = useCallback(async (before: number | null) => {
    setData(null);
    const r = await api.listAudit({ limit: pageSize, before, action });
    setData(r.ok ? r.value : { items: [], next: null });
  }, [action, pageSize]);
  useEffect(() => void load(cursors[cursors.length - 1]), [load, cursors]);

  return (
    <div className="jx-admin" data-testid="admin-audit">
      <Space style={{ marginBottom: 12 }} wrap>
        <h2 style={{ margin: 0 }}>{t('navAudit')}</h2>
        <Select allowClear placeholder={t('allActions')} value={action} onChange={(v) => { setAction(v); setCursors([null]); }} options={ACTIONS.map((a) => ({ value: a, label: a.endsWith('.') ? `${a}*` : a }))} virtual={false} style={{ width: 220 }} aria-label={t('auditAction')} data-testid="audit-action" />
      </Space>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={data === null}
        dataSource={data?.items ?? []}
        pagination={false}
        data-testid="audit-table"
        columns={[
          { title: t('auditAt'), dataIndex: 'at', width: 180, render: (v: string) => timeText(v, true) },
          { title: t('auditUser'), dataIndex: 'userName', width: 180, render: (v: string | null) => v ?? '—' },
          { title: t('auditAction'), dataIndex: 'action', width: 170 },
          { title: t('auditForm'), dataIndex: 'formId', width: 90, render: (v: number | null) => (v ? <Link to={`/forms/${v}`}>{v}</Link> : '') },
          { title: t('auditDetail'), dataIndex: 'detail', ellipsis: true, render: (v: unknown) => <code className="jx-audit-detail">{v === null || v === undefined ? '' : JSON.stringify(v)}</code> },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={page === 0} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="audit-prev">
          {t('prevPage')}
        </Button>
        <span data-testid="audit-page">{t('pageN', { n: page + 1 })}</span>
        <Button disabled={!data?.next} onClick={() => data?.next && setCursors((c) => [...c, data.next])} data-testid="audit-next">
          {t('nextPage')}
        </Button>
      </Space>
    </div>
  );
}
