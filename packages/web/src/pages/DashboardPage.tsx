/** 统计分析: counts, funds and execution, claimed vs proven, grades, findings, largest gaps. */
import { useEffect, useMemo, useState } from 'react';
import { Card, Col, Empty, Row, Select, Space, Statistic, Table } from 'antd';
import { useI18n } from '../i18n';
import { query } from '../api/client';
import * as api from '../api';
import { useLatest } from '../api/latest';
import type { Org, Stats } from '../api/types';
import { Link, navigate } from '../router';
import { Chart } from './Chart';
import { yearOptions } from '../components/filters';
import { fmt } from '../editor/viewModel';
import { ruleTitle } from '../editor/labels';
import { useEngine } from '../editor/engine';
import { Progress as TaskProgress } from '../cycle/CyclePage';
import { RectCounts } from '../rectification/RectCounts';

const num = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? 0 : Number(v));

/** The dashboard route (loaded lazily with ECharts). */
export default function DashboardPage() {
  const { t, m } = useI18n();
  // Rule titles come from core's engine, loaded with the page (not in the initial JavaScript): the charts wait for it.
  const engine = useEngine();
  const [year, setYear] = useState<number | undefined>();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [stats, setStats] = useState<Stats | null>(null);

  const latestOrgs = useLatest();
  const latestStats = useLatest();
  useEffect(() => {
    void latestOrgs.run((signal) => api.listOrgs(signal)).then((r) => r?.ok && setOrgs(r.value));
  }, [latestOrgs]);
  useEffect(() => {
    void latestStats.run((signal) => api.getStats({ year, orgId }, signal)).then((r) => r?.ok && setStats(r.value));
  }, [year, orgId, latestStats]);

  const toList = (extra: Record<string, string | number | undefined>) => navigate(`/forms${query({ year, orgId, ...extra })}`);

  const options = useMemo(() => {
    if (!stats || !engine) return null;
    const base = { tooltip: { trigger: 'item' }, grid: { left: 48, right: 48, top: 36, bottom: 48, containLabel: true } };
    const orgNames = stats.byOrg.map((o) => o.orgName);
    return {
      status: {
        ...base,
        xAxis: { type: 'category', data: stats.byStatus.map((s) => t(`status_${s.status}`)), axisLabel: { interval: 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', name: t('count'), data: stats.byStatus.map((s) => s.count), itemStyle: { color: '#b4282d' }, barMaxWidth: 40 }],
      },
      funds: {
        ...base,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        xAxis: { type: 'category', data: orgNames, axisLabel: { interval: 0, width: 90, overflow: 'truncate' } },
        yAxis: [{ type: 'value', name: t('funds') }, { type: 'value', name: t('executionRate'), max: 100, axisLabel: { formatter: '{value}%' } }],
        series: [
          { type: 'bar', name: t('budget'), data: stats.byOrg.map((o) => num(o.budget)), barMaxWidth: 30 },
          { type: 'bar', name: t('executed'), data: stats.byOrg.map((o) => num(o.executed)), barMaxWidth: 30 },
          { type: 'line', name: t('executionRate'), yAxisIndex: 1, data: stats.byOrg.map((o) => Math.round(num(o.executionRate) * 10000) / 100) },
        ],
      },
      scores: {
        ...base,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        xAxis: { type: 'category', data: orgNames, axisLabel: { interval: 0, width: 90, overflow: 'truncate' } },
        yAxis: { type: 'value', max: 100 },
        series: [
          { type: 'bar', name: t('claimedTotal'), data: stats.byOrg.map((o) => num(o.claimed)), barMaxWidth: 30 },
          { type: 'bar', name: t('provenTotal'), data: stats.byOrg.map((o) => num(o.provenMax)), barMaxWidth: 30 },
        ],
      },
      grades: {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['40%', '70%'], data: stats.grades.map((g) => ({ name: g.grade, value: g.count })), label: { formatter: '{b} {c}' } }],
      },
      findings: {
        ...base,
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: stats.topFindings.map((f) => ruleTitle(f.ruleId, m)).reverse(), axisLabel: { width: 200, overflow: 'truncate' } },
        series: [{ type: 'bar', name: t('count'), data: stats.topFindings.map((f) => f.count).reverse(), itemStyle: { color: '#d4860b' }, barMaxWidth: 18 }],
      },
    };
  }, [stats, engine, t, m]);

  const total = stats?.byStatus.reduce((n, s) => n + s.count, 0) ?? 0;
  return (
    <div className="jx-dashboard" data-testid="dashboard">
      <Space style={{ marginBottom: 16 }} wrap>
        <h2 style={{ margin: 0 }}>{t('dashTitle')}</h2>
        <Select allowClear placeholder={t('allYears')} value={year} onChange={setYear} options={yearOptions().map((y) => ({ value: y, label: y }))} style={{ width: 120 }} aria-label={t('year')} data-testid="dashboard-year" />
        <Select allowClear placeholder={t('allOrgs')} value={orgId} onChange={setOrgId} options={orgs.map((o) => ({ value: String(o.id), label: o.name }))} style={{ width: 240 }} aria-label={t('organisation')} />
      </Space>
      {/* The budget year's tasks (issue 14): completion and timeliness per department, overdue items. */}
      <div style={{ marginBottom: 16 }}>
        <TaskProgress year={year} />
      </div>
      {/* 整改 (issue 15): open, overdue and closed items per department; the results report per department. */}
      <div style={{ marginBottom: 16 }}>
        <RectCounts year={year} />
      </div>
      {!stats || !options ? (
        <Empty />
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card size="small">
              <Space size={48} wrap>
                <Statistic title={t('navForms')} value={total} />
                {stats.byStatus.map((s) => (
                  <Statistic key={s.status} title={t(`status_${s.status}`)} value={s.count} />
                ))}
              </Space>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('byStatus')}>
              <Chart testId="chart-status" option={options.status} onClick={(p) => toList({ status: stats.byStatus[p.dataIndex]?.status })} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('gradeDist')}>
              <Chart testId="chart-grades" option={options.grades} onClick={(p) => toList({ grade: p.name })} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('byOrgFunds')}>
              <Chart testId="chart-funds" option={options.funds} onClick={(p) => toList({ orgId: String(stats.byOrg[p.dataIndex]?.orgId ?? '') })} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('claimedVsProvenChart')}>
              <Chart testId="chart-scores" option={options.scores} onClick={(p) => toList({ orgId: String(stats.byOrg[p.dataIndex]?.orgId ?? '') })} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('topFindings')}>
              <Chart testId="chart-findings" option={options.findings} onClick={(p) => toList({ rule: [...stats.topFindings].reverse()[p.dataIndex]?.ruleId })} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('largestGaps')}>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={stats.largestGaps}
                columns={[
                  { title: t('projectName'), dataIndex: 'projectName', ellipsis: true, render: (v: string, r) => <Link to={`/forms/${r.id}`}>{v}</Link> },
                  { title: t('claimedTotal'), dataIndex: 'claimedTotal', width: 90, align: 'right', render: fmt },
                  { title: t('reviewTotal'), dataIndex: 'financeReviewTotal', width: 90, align: 'right', render: fmt },
                  { title: t('provenTotal'), dataIndex: 'provenMax', width: 100, align: 'right', render: fmt },
                  { title: t('gap'), dataIndex: 'gap', width: 70, align: 'right', render: fmt },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
