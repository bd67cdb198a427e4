/** The dashboard's 整改 card: open, overdue and closed items per department, each number a link to the filtered list; the 结果应用 page and files per department. */
import { useEffect, useState } from 'react';
import { Card, Table } from 'antd';
import { useI18n } from '../i18n';
import * as api from '../api';
import { Link } from '../router';
import { R } from './msgs';

export function RectCounts({ year }: { year?: number }) {
  const { m } = useI18n();
  const [rows, setRows] = useState<api.RectCountsRow[] | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    void api.rectificationCounts(year, ctl.signal).then((r) => r.ok && setRows(r.value.departments));
    return () => ctl.abort();
  }, [year]);
  const link = (filter: string) => (v: number) => <Link to={`/rectification?filter=${filter}`}>{v}</Link>;
  return (
    <Card size="small" title={m(R.counts)} data-testid="rect-counts" extra={<Link to={year ? `/results?year=${year}` : '/results'}>{m(R.resultsTitle)}</Link>}>
      <Table
        size="small"
        rowKey="orgId"
        pagination={false}
        loading={rows === null}
        dataSource={rows ?? []}
        columns={[
          { title: m(R.department), dataIndex: 'name' },
          { title: m(R.countOpen), dataIndex: 'open', width: 90, align: 'right', render: link('open') },
          { title: m(R.countOverdue), dataIndex: 'overdue', width: 90, align: 'right', render: (v: number) => <span style={{ color: v ? '#b4282d' : undefined }}>{link('overdue')(v)}</span> },
          { title: m(R.countClosed), dataIndex: 'closed', width: 90, align: 'right', render: link('closed') },
          // 结果应用: the department's report for the year shown (a year must be chosen).
          ...(year ? [{ title: m(R.results), key: 'results', width: 240, render: (_: unknown, r: api.RectCountsRow) => (
            <span>
              <Link to={`/results?department=${r.orgId}&year=${year}`}>{m(R.resultsPage)}</Link> · <a href={api.resultsReportUrl(r.orgId, year, 'xlsx')} data-testid={`results-xlsx-${r.orgId}`}>Excel</a> · <a href={api.resultsReportUrl(r.orgId, year, 'pdf')}>PDF</a>
            </span>
          ) }] : []),
        ]}
      />
    </Card>
  );
}
