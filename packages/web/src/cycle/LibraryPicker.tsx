/**
 * The indicator library picker: search as you type over the common indicators and the department's
 * own, narrowed by 一级/二级; picking one fills the row's levels, name, direction and basis.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { BASIS_LABELS, LEVEL2_TABLE, type LibraryIndicator } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import { M } from './msgs';

const LEVEL1 = [...new Set(LEVEL2_TABLE.flatMap((e) => e.parents))];

export function LibraryPicker({ open, onPick, onClose }: { open: boolean; onPick(e: LibraryIndicator): void; onClose(): void }) {
  const { m } = useI18n();
  const [q, setQ] = useState('');
  const [level1, setLevel1] = useState<string | undefined>();
  const [level2, setLevel2] = useState<string | undefined>();
  const [items, setItems] = useState<LibraryIndicator[] | null>(null);
  useEffect(() => {
    if (!open) return;
    const ctl = new AbortController();
    // A short pause so each keystroke does not send a request; the last one wins (the others are aborted).
    const timer = setTimeout(() => {
      void api.findLibraryIndicators({ q, level1, level2, limit: 30 }, ctl.signal).then((r) => r.ok && setItems(r.value));
    }, 150);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [open, q, level1, level2]);
  const level2s = useMemo(() => LEVEL2_TABLE.filter((e) => !level1 || e.parents.includes(level1)).map((e) => e.name), [level1]);
  return (
    <Modal open={open} title={m(M.library)} onCancel={onClose} footer={null} width={960} destroyOnClose>
      <div data-testid="library-picker">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input
            autoFocus
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={m(M.librarySearch)}
            aria-label={m(M.librarySearch)}
            style={{ width: 320 }}
            data-testid="library-search"
          />
          <Select
            allowClear
            value={level1}
            onChange={(v) => {
              setLevel1(v);
              setLevel2(undefined);
            }}
            placeholder={m(M.level1)}
            aria-label={m(M.level1)}
            style={{ width: 160 }}
            options={LEVEL1.map((n) => ({ value: n, label: n }))}
            data-testid="library-level1"
          />
          <Select allowClear value={level2} onChange={setLevel2} placeholder={m(M.level2)} aria-label={m(M.level2)} style={{ width: 200 }} options={level2s.map((n) => ({ value: n, label: n }))} data-testid="library-level2" />
        </Space>
        <Table<LibraryIndicator>
          size="small"
          rowKey="id"
          loading={items === null}
          dataSource={items ?? []}
          pagination={false}
          scroll={{ y: 420 }}
          locale={{ emptyText: m(M.noHits) }}
          data-testid="library-results"
          columns={[
            { title: m(M.level1), dataIndex: 'level1', width: 100 },
            { title: m(M.level2), dataIndex: 'level2', width: 130 },
            { title: m(M.level3), dataIndex: 'name', render: (v: string, e) => <span>{v}{e.note && <div className="jx-muted">{e.note}</div>}</span> },
            { title: m(M.usualUnit), dataIndex: 'unit', width: 80, render: (v: string | null) => v ?? '—' },
            { title: m(M.direction), dataIndex: 'direction', width: 70, render: (v: string) => (v === 'qualitative' ? '定性' : v.replace('>=', '≥').replace('<=', '≤')) },
            { title: m(M.basis), dataIndex: 'basis', width: 110, render: (v: LibraryIndicator['basis']) => (v ? m(BASIS_LABELS[v]) : '—') },
            { title: m(M.examples), dataIndex: 'examples', width: 90, render: (v: string[]) => v.join('、') || '—' },
            { title: m(M.kind), dataIndex: 'owner', width: 120, render: (v: string) => <Tag>{v === 'common' ? m(M.common) : v}</Tag> },
            {
              title: m(M.actions),
              width: 70,
              render: (_: unknown, e) => (
                <Button size="small" type="link" onClick={() => onPick(e)} aria-label={`${m(M.pick)} ${e.name}`} data-testid="library-pick">
                  {m(M.pick)}
                </Button>
              ),
            },
          ]}
        />
      </div>
    </Modal>
  );
}

/** The 指标值 a picked entry suggests: its operator, the unit left for the number ("≥" + "家" → "≥家" would not parse: the operator only). */
export function suggestedTarget(e: LibraryIndicator): string {
  return e.direction === '>=' ? '≥' : e.direction === '<=' ? '≤' : e.direction === '=' ? '=' : '';
}
