/** 整改 (/rectification): the items in scope with filters (未销号 / 已逾期 / 已销号); finance opens items, the unit answers, finance closes or reopens. */
import { useCallback, useEffect, useState } from 'react';
import { Button, Empty, Segmented, Space, Table, Tag } from 'antd';
import { RECT_FILTER_LABELS, RECT_STATUS_LABELS, type RectFilter } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import { navigate, useLocation } from '../router';
import { OpenItemDialog } from './OpenItemDialog';
import { ItemDrawer, STATUS_COLOR } from './ItemDrawer';
import { R } from './msgs';

const FILTERS = ['all', 'open', 'overdue', 'closed'] as const;
type FilterChoice = (typeof FILTERS)[number];

/** The route's page (lazy). */
export default function RectificationPage() {
  const { m } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const filter = (FILTERS as readonly string[]).includes(search.get('filter') ?? '') ? (search.get('filter') as FilterChoice) : 'all';
  const formId = Number(search.get('formId')) || undefined;
  const [items, setItems] = useState<api.RectItem[] | null>(null);
  const [dialog, setDialog] = useState(search.get('open') === '1');
  const [shown, setShown] = useState<number | null>(Number(search.get('item')) || null);

  const load = useCallback(() => {
    const ctl = new AbortController();
    void api.listRectification({ filter: filter === 'all' ? undefined : (filter as RectFilter), formId }, ctl.signal).then((r) => r.ok && setItems(r.value));
    return () => ctl.abort();
  }, [filter, formId]);
  useEffect(load, [load]);

  const setFilter = (f: FilterChoice) => {
    const q = new URLSearchParams(search);
    if (f === 'all') q.delete('filter');
    else q.set('filter', f);
    const s = q.toString();
    navigate(`/rectification${s ? `?${s}` : ''}`, { replace: true });
  };
  const isFinance = user?.role === 'finance_reviewer';
  return (
    <div className="jx-rectification" data-testid="rectification">
      <Space style={{ marginBottom: 16 }} wrap>
        <h2 style={{ margin: 0 }}>{m(R.title)}</h2>
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as FilterChoice)}
          options={FILTERS.map((f) => ({ value: f, label: <span data-testid={`rect-filter-${f}`}>{f === 'all' ? m(R.all) : m(RECT_FILTER_LABELS[f])}</span> }))}
        />
        {isFinance && <Button type="primary" onClick={() => setDialog(true)} data-testid="rect-open">{m(R.open)}</Button>}
      </Space>
      <Table
        rowKey="id"
        size="middle"
        loading={items === null}
        dataSource={items ?? []}
        data-testid="rect-list"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m(R.none)} /> }}
        onRow={(r) => ({ onClick: () => setShown(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '#', dataIndex: 'id', width: 60 },
          { title: m(R.form), dataIndex: 'projectName', ellipsis: true },
          { title: m(R.unit), dataIndex: 'orgName', width: 200, ellipsis: true },
          { title: m(R.what), dataIndex: 'what', ellipsis: true },
          { title: m(R.deadline), dataIndex: 'deadline', width: 150, render: (v: string, r) => <span>{v} {r.overdue && <Tag color="red" data-testid="rect-overdue">{m(R.overdue)}</Tag>}</span> },
          { title: m(R.status), dataIndex: 'status', width: 140, render: (v: api.RectItem['status']) => <Tag color={STATUS_COLOR[v]} data-testid="rect-row-status">{m(RECT_STATUS_LABELS[v])}</Tag> },
        ]}
      />
      <OpenItemDialog open={dialog} formId={formId} initialRef={search.get('ref') ?? undefined} onClose={() => setDialog(false)} onOpened={(it) => { setDialog(false); load(); setShown(it.id); }} />
      <ItemDrawer id={shown} onClose={() => setShown(null)} onChanged={load} />
    </div>
  );
}
