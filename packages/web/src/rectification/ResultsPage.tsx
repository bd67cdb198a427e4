/**
 * 结果应用 (/results, lazy): a department's report of a year for the budget office — each form's
 * self and 复核 scores and grades, execution rate, open 整改 items and the suggested budget signal,
 * with the thresholds in force, a summary line and the xlsx/pdf downloads the dashboard links to.
 * Finance and admins choose the department; a department reviewer reads its own.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { GRADES, RESULTS_COLUMNS, SIGNAL_LABELS, SIGNAL_REASON_LABELS, type Msg, type ResultsRow } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { Org } from '../api/types';
import { Link, navigate, useLocation } from '../router';
import { yearOptions } from '../components/filters';
import { fmt } from '../editor/viewModel';
import { R } from './msgs';

const col = (key: (typeof RESULTS_COLUMNS)[number]['key']) => RESULTS_COLUMNS.find((c) => c.key === key)!;

/** The route's page. */
export default function ResultsPage() {
  const { m, lang } = useI18n();
  const { search } = useLocation();
  const [orgs, setOrgs] = useState<Org[] | null>(null);
  const [report, setReport] = useState<api.ResultsReport | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  const departments = useMemo(() => (orgs ?? []).filter((o) => o.kind === 'department'), [orgs]);
  // The self-evaluation is of the year before: that is the default.
  const year = Number(search.get('year')) || new Date().getFullYear() - 1;
  const chosen = Number(search.get('department')) || undefined;
  const department = chosen ?? (departments.length === 1 ? Number(departments[0].id) : undefined);

  useEffect(() => {
    const ctl = new AbortController();
    void api.listOrgs(ctl.signal).then((r) => r.ok && setOrgs(r.value));
    return () => ctl.abort();
  }, []);
  useEffect(() => {
    setReport(null);
    setError(null);
    if (department === undefined) return;
    const ctl = new AbortController();
    void api.getResultsReport(department, year, ctl.signal).then((r) => {
      if (ctl.signal.aborted) return;
      if (r.ok) setReport(r.value);
      else setError(r.error.message);
    });
    return () => ctl.abort();
  }, [department, year]);

  const go = (patch: { department?: number; year?: number }) => {
    const q = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) q.set(k, String(v));
    navigate(`/results?${q.toString()}`, { replace: true });
  };
  const grades = report ? GRADES.map((g) => `${g} ${report.summary.grades[g]}`).join(lang === 'zh' ? '、' : ', ') : '';
  const fileLang = lang === 'en' ? 'en' : undefined;
  return (
    <div className="jx-results" data-testid="results">
      <Space style={{ marginBottom: 16 }} wrap>
        <h2 style={{ margin: 0 }}>{m(R.resultsTitle)}</h2>
        {departments.length > 1 ? (
          <Select
            style={{ width: 260 }}
            value={department}
            placeholder={m(R.resultsChoose)}
            onChange={(v: number) => go({ department: v })}
            options={departments.map((d) => ({ value: Number(d.id), label: d.name }))}
            aria-label={m(R.department)}
            data-testid="results-department"
          />
        ) : (
          <b data-testid="results-department-name">{departments[0]?.name}</b>
        )}
        <Select
          style={{ width: 120 }}
          value={year}
          onChange={(v: number) => go({ year: v })}
          options={yearOptions().map((y) => ({ value: y, label: y }))}
          aria-label={m(R.year)}
          data-testid="results-year"
        />
        {department !== undefined && (
          <>
            <Button icon={<DownloadOutlined />} href={api.resultsReportUrl(department, year, 'xlsx', fileLang)} data-testid="results-xlsx">{m(R.downloadXlsx)}</Button>
            <Button icon={<DownloadOutlined />} href={api.resultsReportUrl(department, year, 'pdf', fileLang)} data-testid="results-pdf">{m(R.downloadPdf)}</Button>
          </>
        )}
      </Space>
      {error && <Alert type="error" message={m(error)} style={{ marginBottom: 12 }} />}
      {department === undefined ? (
        <Empty description={m(R.resultsChoose)} />
      ) : (
        <Card size="small">
          {report && (
            <>
              <p data-testid="results-thresholds" style={{ marginTop: 0 }}>{m(R.thresholds(report.thresholds.cutGrade, report.thresholds.executionBelow))}</p>
              <p data-testid="results-summary">{m(R.resultsSummary(report.summary.forms, report.summary.cut, report.summary.openRectification, grades))}</p>
            </>
          )}
          <Table<ResultsRow>
            rowKey="formId"
            size="middle"
            pagination={false}
            loading={report === null && !error}
            dataSource={report?.rows ?? []}
            data-testid="results-rows"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m(R.resultsNone)} /> }}
            columns={[
              { title: m(col('projectName')), dataIndex: 'projectName', render: (v: string, r) => <Link to={`/forms/${r.formId}`}>{v}</Link> },
              { title: m(col('implementer')), dataIndex: 'implementer', ellipsis: true },
              { title: m(col('selfScore')), dataIndex: 'selfScore', width: 90, align: 'right', render: fmt },
              { title: m(col('selfGrade')), dataIndex: 'selfGrade', width: 90 },
              { title: m(col('reviewScore')), dataIndex: 'reviewScore', width: 90, align: 'right', render: fmt },
              { title: m(col('reviewGrade')), dataIndex: 'reviewGrade', width: 90 },
              { title: m(col('executionPercent')), dataIndex: 'executionPercent', width: 120, align: 'right' },
              {
                title: m(col('openRectification')),
                dataIndex: 'openRectification',
                width: 110,
                align: 'right',
                render: (v: number, r) => (v ? <Link to={`/rectification?formId=${r.formId}`}>{v}</Link> : v),
              },
              {
                title: m(col('signal')),
                dataIndex: 'signal',
                width: 220,
                render: (v: ResultsRow['signal'], r) => (
                  <span data-testid="results-signal" data-signal={v}>
                    <Tag color={v === 'cut' ? 'error' : undefined}>{m(SIGNAL_LABELS[v])}</Tag>
                    {r.reasons.map((x) => m(SIGNAL_REASON_LABELS[x])).join(lang === 'zh' ? '、' : ', ')}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
