/** 表单列表: filters kept in the URL (so dashboard charts link here), paging, bulk actions by role. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { App, Button, Dropdown, Grid, Input, Popconfirm, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { allowedActions, CREATOR_ROLES, DELETER_ROLES, mayDelete, FORM_STATUSES, GRADE_LABELS, GRADES, RECTIFYING_LABEL, roleMayTake, type Evaluation, type FormStatus } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { query } from '../api/client';
import * as api from '../api';
import { useLatest } from '../api/latest';
import type { ListItem, Org, Page } from '../api/types';
import { Link, navigate, useLocation } from '../router';
import { EXPORT_FORMATS, STATUS_COLOR } from '../editor/WorkflowBar';
import { fmt, rangeText } from '../editor/viewModel';
import { ruleTitle } from '../editor/labels';
import { useEngine } from '../editor/engine';
import { NewFormDialog } from '../components/NewFormDialog';
import { pct, yearOptions } from '../components/filters';

const FILTERS = ['year', 'orgId', 'status', 'grade', 'q', 'rule'] as const;

/** The list page. */
export function FormListPage() {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const { user } = useSession();
  const { search } = useLocation();
  // On a phone the table scrolls sideways with the project name pinned at the left.
  const phone = !Grid.useBreakpoint().sm;
  const [orgs, setOrgs] = useState<Org[]>([]);
  // Rule titles come from core's engine, loaded after the list shows (not in the initial JavaScript): the rule tag waits for it.
  const engine = useEngine();
  const [data, setData] = useState<Page<ListItem> | null>(null);
  const [loading, setLoading] = useState(false);
  const [selected, setSelected] = useState<React.Key[]>([]);
  const [q, setQ] = useState(search.get('q') ?? '');

  const filters = useMemo(() => Object.fromEntries(FILTERS.map((k) => [k, search.get(k) ?? ''])), [search]);
  const page = Number(search.get('page') ?? 1) || 1;
  const pageSize = Number(search.get('pageSize') ?? 20) || 20;

  const setFilter = (patch: Record<string, string | number | undefined>) => {
    const next: Record<string, string | number | undefined> = { ...filters, page: undefined, pageSize: search.get('pageSize') ?? undefined, ...patch };
    navigate(`/forms${query(next)}`, { replace: true });
  };

  // A newer filter or page aborts the request before it: a slow old answer never replaces a newer one.
  const latestList = useLatest();
  const latestOrgs = useLatest();
  const load = useCallback(async () => {
    setLoading(true);
    const r = await latestList.run((signal) => api.listForms({ ...filters, page, pageSize }, signal));
    if (!r) return;
    setLoading(false);
    if (r.ok) setData(r.value);
  }, [filters, page, pageSize, latestList]);

  useEffect(() => void load(), [load]);
  useEffect(() => {
    void latestOrgs.run((signal) => api.listOrgs(signal)).then((r) => r?.ok && setOrgs(r.value));
  }, [latestOrgs]);

  const bulk = async (action: 'submit' | 'approve') => {
    const items = (data?.items ?? []).filter((i) => selected.includes(i.id));
    let ok = 0;
    for (const it of items) {
      const r = await api.transition(it.id, it.version, action);
      if (r.ok) ok++;
    }
    message.info(t('bulkDone', { ok, fail: items.length - ok }));
    setSelected([]);
    void load();
  };

  const bulkDelete = async () => {
    const items = (data?.items ?? []).filter((i) => selected.includes(i.id) && user && mayDelete(user.role, i.status));
    let ok = 0;
    for (const it of items) if ((await api.deleteForm(it.id, it.version)).ok) ok++;
    message.info(t('bulkDone', { ok, fail: items.length - ok }));
    setSelected([]);
    void load();
  };

  const [creating, setCreating] = useState(false);
  const create = async (ev: Evaluation) => {
    const r = await api.createForm(ev);
    if (!r.ok) return void message.error(m(r.error.message));
    setCreating(false);
    navigate(`/forms/${r.value.id}`);
  };

  // GET /api/export takes the list filters, or a selection as ids=: either way one file.
  const exportItem = (format: string) => {
    const href = selected.length ? api.selectionExportUrl(selected as ListItem['id'][], format) : api.listExportUrl(filters, format);
    return { key: format, label: <a href={href} download data-testid={`list-export-${format}`}>{format.toUpperCase()}</a> };
  };

  const columns: ColumnsType<ListItem> = [
    { title: t('projectName'), dataIndex: 'projectName', render: (v: string, r) => <Link to={`/forms/${r.id}`}>{v || '—'}</Link>, ellipsis: !phone, ...(phone ? { fixed: 'left' as const, width: 150 } : {}) },
    { title: t('implementer'), dataIndex: 'implementer', render: (v: string, r) => v || r.orgName, ellipsis: true, width: 180 },
    { title: t('year'), dataIndex: 'year', width: 70 },
    { title: t('budget'), dataIndex: 'budget', align: 'right', width: 100 },
    { title: t('executed'), dataIndex: 'executed', align: 'right', width: 100 },
    { title: t('executionRate'), dataIndex: 'executionRate', align: 'right', width: 90, render: pct },
    { title: t('claimedTotal'), dataIndex: 'claimedTotal', align: 'right', width: 90, render: (v: number | null) => fmt(v) },
    {
      title: t('provenTotal'),
      align: 'right',
      width: 100,
      render: (_: unknown, r) => (r.provenMin === null || r.provenMax === null ? '' : rangeText({ min: r.provenMin, max: r.provenMax })),
    },
    { title: t('grade'), dataIndex: 'grade', width: 80, render: (g: string | null) => (g ? <Tag>{g}</Tag> : '') },
    { title: t('reviewTotal'), dataIndex: 'financeReviewTotal', align: 'right', width: 90, render: (v: number | null, r) => (v === null ? '' : <span data-testid="list-review-total">{fmt(v)} {r.financeReviewGrade && <Tag>{r.financeReviewGrade}</Tag>}</span>) },
    {
      title: t('findings'),
      width: 150,
      render: (_: unknown, r) => (
        <Space size={2} data-testid="finding-counts">
          {r.findings.error > 0 && <Tooltip title={t('severity_error')}><Tag color="red">{r.findings.error}</Tag></Tooltip>}
          {r.findings.warning > 0 && <Tooltip title={t('severity_warning')}><Tag color="orange">{r.findings.warning}</Tag></Tooltip>}
          {r.findings.info > 0 && <Tooltip title={t('severity_info')}><Tag color="blue">{r.findings.info}</Tag></Tooltip>}
        </Space>
      ),
    },
    {
      title: t('status'), dataIndex: 'status', width: 120,
      // 整改中 (issue 15) beside the status while the form has rectification items not yet closed.
      render: (s: FormStatus, r: ListItem) => (
        <>
          <Tag color={STATUS_COLOR[s]}>{t(`status_${s}`)}</Tag>
          {(r.openRectification ?? 0) > 0 && <Link to={`/rectification?formId=${r.id}`}><Tag color="volcano" data-testid="rectifying">{m(RECTIFYING_LABEL)}</Tag></Link>}
        </>
      ),
    },
  ];

  const canCreate = !!user && CREATOR_ROLES.includes(user.role);
  const canSubmit = !!user && roleMayTake(user.role, 'submit');
  const canApprove = !!user && roleMayTake(user.role, 'approve');
  const selItems = (data?.items ?? []).filter((i) => selected.includes(i.id));

  return (
    <div className="jx-list">
      <div className="jx-filters">
        <Select allowClear placeholder={t('allYears')} value={filters.year ? Number(filters.year) : undefined} onChange={(v) => setFilter({ year: v })} options={yearOptions().map((y) => ({ value: y, label: y }))} style={{ width: 110 }} data-testid="filter-year" aria-label={t('year')} />
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('allOrgs')} value={filters.orgId || undefined} onChange={(v) => setFilter({ orgId: v })} options={orgs.map((o) => ({ value: String(o.id), label: o.name }))} style={{ width: 220 }} aria-label={t('organisation')} />
        <Select allowClear placeholder={t('allStatuses')} value={filters.status || undefined} onChange={(v) => setFilter({ status: v })} options={FORM_STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) }))} style={{ width: 150 }} aria-label={t('status')} />
        <Select allowClear placeholder={t('allGrades')} value={filters.grade || undefined} onChange={(v) => setFilter({ grade: v })} options={GRADES.map((g) => ({ value: g, label: m(GRADE_LABELS[g]) }))} style={{ width: 110 }} aria-label={t('grade')} />
        <Input.Search allowClear placeholder={t('search')} value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => setFilter({ q: v })} style={{ width: 240 }} data-testid="filter-q" aria-label={t('search')} />
        {filters.rule && engine && (
          <Tag closable color="orange" onClose={() => setFilter({ rule: undefined })} data-testid="filter-rule">
            {t('ruleFilter', { rule: ruleTitle(filters.rule, m) })}
          </Tag>
        )}
        <Button onClick={() => { setQ(''); navigate('/forms', { replace: true }); }}>{t('reset')}</Button>
        <span className="jx-grow" />
        {selected.length > 0 && <span className="jx-muted">{t('selected', { n: selected.length })}</span>}
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-form">
            {t('newForm')}
          </Button>
        )}
        {canSubmit && (
          <Button disabled={!selItems.some((i) => user && allowedActions(user.role, i.status).submit)} onClick={() => void bulk('submit')}>
            {t('bulkSubmit')}
          </Button>
        )}
        {canApprove && (
          <Button disabled={!selItems.some((i) => user && allowedActions(user.role, i.status).approve)} onClick={() => void bulk('approve')} data-testid="bulk-approve">
            {t('bulkApprove')}
          </Button>
        )}
        {user && DELETER_ROLES.includes(user.role) && (
          <Popconfirm title={t('bulkDeleteConfirm', { n: selItems.filter((i) => mayDelete(user.role, i.status)).length })} okText={t('delete')} cancelText={t('cancel')} okButtonProps={{ danger: true, id: 'confirm-bulk-delete' }} onConfirm={() => void bulkDelete()}>
            <Button danger disabled={!selItems.some((i) => mayDelete(user.role, i.status))} data-testid="bulk-delete">
              {t('bulkDelete')}
            </Button>
          </Popconfirm>
        )}
        <Dropdown menu={{ items: EXPORT_FORMATS.map(exportItem) }}>
          <Button icon={<DownloadOutlined />}>{selected.length ? t('bulkExport') : t('exportAll')}</Button>
        </Dropdown>
      </div>
      <Table<ListItem>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        rowSelection={{ selectedRowKeys: selected, onChange: setSelected, ...(phone ? { fixed: true, columnWidth: 36 } : {}) }}
        scroll={phone ? { x: 1400 } : undefined}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/forms/${r.id}`) })}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('totalItems', { n }),
          onChange: (p, s) => navigate(`/forms${query({ ...filters, page: p, pageSize: s })}`, { replace: true }),
        }}
        data-testid="form-list"
      />
      {creating && <NewFormDialog open defaultYear={Number(filters.year) || new Date().getFullYear() - 1} onCancel={() => setCreating(false)} onCreate={create} />}
    </div>
  );
}
