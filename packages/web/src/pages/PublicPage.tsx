/** 公开: published forms for anyone, no login; the detail prints as the paper form. */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Select, Space, Spin, Table } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { Msg } from '@jixiao/core';
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
    </div>
  );
}

function PublicList() {
  const { t } = useI18n();
  const [year, setYear] = useState<number | undefined>();
  const [items, setItems] = useState<ListItem[] | null>(null);
  const latest = useLatest();
  useEffect(() => {
    void latest.run((signal) => api.listPublicForms({ year }, signal)).then((r) => r && setItems(r.ok ? r.value : []));
  }, [year, latest]);
  return (
    <>
      <Select allowClear placeholder={t('allYears')} value={year} onChange={setYear} options={yearOptions().map((y) => ({ value: y, label: y }))} style={{ width: 120, marginBottom: 12 }} aria-label={t('year')} />
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
