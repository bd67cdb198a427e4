/**
 * 公开: published forms for anyone, no login, by department and year with search; a department's
 * year downloads as one PDF and one xlsx; 整改 and 抽查复核 outcomes appear where finance published them. The
 * detail prints as the paper form.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Input, Select, Space, Spin, Table, type TableColumnsType } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { RECT_STATUS_LABELS, type Msg } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import { useLatest } from '../api/latest';
import type { FormResource, ListItem } from '../api/types';
import { Link } from '../router';
import { LangSwitch } from '../components/Shell';
import { buildView, fmt } from '../editor/viewModel';
import { useEngine } from '../editor/engine';
import { HeaderTables } from '../editor/HeaderTables';
import { IndicatorTable } from '../editor/IndicatorTable';
import { yearOptions } from '../components/filters';
import { R } from '../rectification/msgs';
import { M as S } from '../sampling/msgs';

const noop = () => undefined;

function PublicForm({ id }: { id: string }) {
  const { t, m } = useI18n();
  const [form, setForm] = useState<FormResource | null>(null);
  // The error is kept as {zh, en} so a language switch re-labels it without fetching again.
  const [err, setErr] = useState<Msg | null>(null);
  const latest = useLatest();
  useEffect(() => {
    void latest.run((signal) => api.getPublicForm(id, signal)).then((r) => r && (r.ok ? setForm(r.value) : setErr(r.error.message)));
  }, [id, latest]);
  const eng = useEngine();
  const view = useMemo(() => (form && eng ? buildView(form.evaluation, undefined, eng) : null), [form, eng]);
  if (err) return <Alert type="error" showIcon title={m(err)} />;
  if (!form || !view) return <Spin />;
  return (
    <div className="jx-paper jx-public-paper" data-testid="public-form">
      <HeaderTables ev={form.evaluation} view={view} editable={false} onChange={noop} />
      <IndicatorTable ev={form.evaluation} view={view} editable={false} onChange={noop} machine={false} review={{ value: form.financeReview ?? null, editable: false, onChange: noop }} />
      {form.financeReview?.comment && (
        <div className="jx-review-comment">
          <b>{t('reviewComment')}：</b>
          <span>{form.financeReview.comment}</span>
        </div>
      )}
      <PublishedOutcomes filters={{ formId: id }} />
    </div>
  );
}

type OutcomeFilters = { department?: number; year?: number; formId?: string };

/** What finance chose to publish, fetched again when the filters change (nothing while it loads or on an error). */
function usePublished<T>(load: (f: OutcomeFilters, signal: AbortSignal) => Promise<api.ApiResult<T[]>>, { department, year, formId }: OutcomeFilters): T[] {
  const [items, setItems] = useState<T[]>([]);
  useEffect(() => {
    const ctl = new AbortController();
    void load({ department, year, formId }, ctl.signal).then((r) => setItems(r.ok ? r.value : []));
    return () => ctl.abort();
  }, [load, department, year, formId]);
  return items;
}

/** A small table of published outcomes under a heading; nothing when there are none. */
function PublishedTable<T extends { id: number }>({ testId, title, items, columns }: { testId: string; title: string; items: T[]; columns: TableColumnsType<T> }) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId} style={{ marginTop: 16 }}>
      <h3>{title}</h3>
      <Table<T> rowKey="id" size="small" pagination={false} dataSource={items} columns={columns} />
    </div>
  );
}

/** The 整改 and 抽查复核 outcomes finance chose to publish (of one form, or of a department's year). */
function PublishedOutcomes({ filters }: { filters: OutcomeFilters }) {
  const { t, m } = useI18n();
  const rectification = usePublished(api.publicOutcomes, filters);
  const sampling = usePublished(api.publicSampling, filters);
  return (
    <>
      <PublishedTable
        testId="public-outcomes"
        title={m(R.outcomes)}
        items={rectification}
        columns={[
          { title: m(R.what), dataIndex: 'what' },
          { title: m(R.requiredAction), dataIndex: 'requiredAction' },
          { title: m(R.deadline), dataIndex: 'deadline', width: 110 },
          { title: m(R.status), dataIndex: 'status', width: 120, render: (v: api.PublicOutcome['status']) => m(RECT_STATUS_LABELS[v]) },
          { title: m(R.outcome), dataIndex: 'outcome', render: (v: string | null) => v ?? '—' },
        ]}
      />
      {/* 抽查 复核: the panel's accepted total and grade, and when finance accepted it. */}
      <PublishedTable
        testId="public-sampling"
        title={m(S.publicOutcomes)}
        items={sampling}
        columns={[
          { title: t('projectName'), dataIndex: 'projectName', render: (v: string, r) => <Link to={`/public/${r.formId}`}>{v}</Link> },
          { title: t('implementer'), dataIndex: 'implementer' },
          { title: t('year'), dataIndex: 'year', width: 80 },
          { title: t('claimedTotal'), dataIndex: 'selfScore', width: 100, align: 'right', render: fmt },
          { title: m(S.panelTotal), dataIndex: 'reviewScore', width: 100, align: 'right', render: fmt },
          { title: m(S.publicReviewGrade), dataIndex: 'reviewGrade', width: 90 },
          { title: m(S.decidedOn), dataIndex: 'decidedOn', width: 110 },
        ]}
      />
    </>
  );
}

function PublicList() {
  const { t, m } = useI18n();
  const [year, setYear] = useState<number | undefined>();
  const [department, setDepartment] = useState<number | undefined>();
  const [q, setQ] = useState('');
  const [departments, setDepartments] = useState<api.PublicDepartment[]>([]);
  const [items, setItems] = useState<ListItem[] | null>(null);
  const latest = useLatest();
  useEffect(() => {
    const ctl = new AbortController();
    void api.publicDepartments(ctl.signal).then((r) => r.ok && setDepartments(r.value));
    return () => ctl.abort();
  }, []);
  useEffect(() => {
    void latest.run((signal) => api.listPublicForms({ year, orgId: department, q: q || undefined }, signal)).then((r) => r && setItems(r.ok ? r.value : []));
  }, [year, department, q, latest]);
  const bundle = department !== undefined && year !== undefined;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder={m(R.publicDepartment)} value={department} onChange={setDepartment} options={departments.map((d) => ({ value: d.orgId, label: d.name }))} style={{ width: 240 }} aria-label={m(R.department)} data-testid="public-department" />
        <Select allowClear placeholder={t('allYears')} value={year} onChange={setYear} options={yearOptions().map((y) => ({ value: y, label: y }))} style={{ width: 120 }} aria-label={t('year')} data-testid="public-year" />
        <Input.Search allowClear placeholder={m(R.search)} onSearch={setQ} style={{ width: 240 }} aria-label={m(R.search)} data-testid="public-search" />
        {bundle ? (
          <>
            <a className="ant-btn ant-btn-default" href={api.publicBundleUrl(department, year, 'pdf')} data-testid="bundle-pdf">{m(R.bundlePdf)}</a>
            <a className="ant-btn ant-btn-default" href={api.publicBundleUrl(department, year, 'xlsx')} data-testid="bundle-xlsx">{m(R.bundleXlsx)}</a>
          </>
        ) : (
          <span className="jx-muted">{m(R.bundleHint)}</span>
        )}
      </Space>
      <Table
        rowKey="id"
        size="middle"
        loading={items === null}
        dataSource={items ?? []}
        data-testid="public-list"
        columns={[
          { title: t('projectName'), dataIndex: 'projectName', render: (v: string, r) => <Link to={`/public/${r.id}`}>{v}</Link> },
          { title: t('implementer'), dataIndex: 'implementer', render: (v: string, r) => v || r.orgName },
          { title: t('year'), dataIndex: 'year', width: 80 },
          { title: t('claimedTotal'), dataIndex: 'claimedTotal', width: 100, align: 'right', render: fmt },
          { title: t('reviewTotal'), dataIndex: 'financeReviewTotal' satisfies keyof ListItem, width: 100, align: 'right', render: fmt },
          { title: t('gradeClaimed'), dataIndex: 'grade', width: 90 },
          { title: t('gradeReview'), dataIndex: 'financeReviewGrade' satisfies keyof ListItem, width: 90 },
        ]}
      />
      {department !== undefined && <PublishedOutcomes filters={{ department, year }} />}
    </>
  );
}

/** /public and /public/:id. */
export function PublicPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  return (
    <div className="jx-public">
      <header className="jx-public-head jx-noprint">
        <Link to="/public" className="jx-brand-link">
          {t('publicTitle')}
        </Link>
        <Space>
          {id && (
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print">
              {t('print')}
            </Button>
          )}
          <LangSwitch />
          <Link to="/forms">{t('login')}</Link>
        </Space>
      </header>
      <main className="jx-public-main">{id ? <PublicForm id={id} /> : <PublicList />}</main>
    </div>
  );
}
