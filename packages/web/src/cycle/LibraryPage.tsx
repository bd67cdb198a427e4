/**
 * The route /library: a department's own indicators (部门指标库), as its reviewer — or finance, or
 * an admin, choosing the department — keeps them: listed with their usual unit, direction, basis,
 * note and the targets seen on approved forms; added, edited (all but the name, which forms refer
 * to), retired (no longer offered to units; forms that picked it keep it) and restored. Entries
 * also grow by themselves from approved target forms.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, AutoComplete, Button, Card, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag, message } from 'antd';
import { BASIS_KINDS, BASIS_LABELS, LEVEL1_NAMES, LEVEL2_TABLE, LIBRARY_DIRECTIONS, type BasisKind, type LibraryDirection, type LibraryIndicator } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import type { Org } from '../api/types';
import type { LibraryFields } from '../api/cycle';
import { DIRECTION, M } from './msgs';

type Draft = LibraryFields & { name: string };
const EMPTY: Draft = { level1: '产出指标', level2: '数量指标', name: '', unit: '', direction: '>=', basis: null, note: '' };

export default function LibraryPage() {
  const { m } = useI18n();
  const { user } = useSession();
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [dept, setDept] = useState<number | null>(null);
  const [items, setItems] = useState<LibraryIndicator[] | null>(null);
  const [showRetired, setShowRetired] = useState(true);
  const [editing, setEditing] = useState<{ id: string | null; draft: Draft } | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    void api.listOrgs(ctl.signal).then((r) => r.ok && setOrgs(r.value));
    return () => ctl.abort();
  }, []);
  const departments = useMemo(() => orgs.filter((o) => o.kind === 'department'), [orgs]);
  // A department's reviewer keeps its own; finance and admins choose (the first by default).
  useEffect(() => {
    if (dept !== null || departments.length === 0) return;
    const own = departments.find((d) => String(d.id) === String(user?.orgId));
    setDept(Number((own ?? departments[0]).id));
  }, [departments, dept, user]);
  useEffect(() => {
    if (dept === null) return;
    const ctl = new AbortController();
    setItems(null);
    void api.listOwnLibrary(dept, ctl.signal).then((r) => r.ok && setItems(r.value));
    return () => ctl.abort();
  }, [dept, tick]);
  const reload = () => setTick((t) => t + 1);
  const retire = async (e: LibraryIndicator, on: boolean) => {
    const r = await api.retireLibraryIndicator(e.id, on);
    if (!r.ok) return void message.error(m(r.error.message));
    void message.success(m(M.saved));
    reload();
  };
  // In the framework's order (一级 as 财预〔2020〕10号 lists them, then 二级), by name within.
  const rank = (l1: string) => ((LEVEL1_NAMES as readonly string[]).indexOf(l1) + 5) % 5;
  const shown = (items ?? []).filter((e) => showRetired || !e.retired).sort((a, b) => rank(a.level1) - rank(b.level1) || a.level2.localeCompare(b.level2, 'zh') || a.name.localeCompare(b.name, 'zh'));
  return (
    <div className="jx-library" data-testid="library-page">
      <Space align="center" wrap style={{ marginBottom: 12 }}>
        <h2 style={{ margin: 0 }}>{m(M.libraryTitle)}</h2>
        {departments.length > 1 && (
          <label>
            {m(M.libraryDept)}{' '}
            <Select value={dept ?? undefined} onChange={setDept} style={{ width: 240 }} aria-label={m(M.libraryDept)} options={departments.map((d) => ({ value: Number(d.id), label: d.name }))} data-testid="library-dept" />
          </label>
        )}
        {departments.length === 1 && <Tag>{departments[0].name}</Tag>}
      </Space>
      <Card
        size="small"
        title={m(M.libraryNav)}
        extra={
          <Space>
            <Space size={4}>
              <Switch size="small" checked={showRetired} onChange={setShowRetired} aria-label={m(M.libraryShowRetired)} data-testid="library-show-retired" />
              {m(M.libraryShowRetired)}
            </Space>
            <Button type="primary" disabled={dept === null} onClick={() => setEditing({ id: null, draft: { ...EMPTY } })} data-testid="library-add">{m(M.libraryAdd)}</Button>
          </Space>
        }
      >
        <Table<LibraryIndicator>
          size="small"
          rowKey="id"
          loading={items === null && dept !== null}
          dataSource={shown}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: m(M.libraryEmpty) }}
          rowClassName={(e) => (e.retired ? 'jx-retired' : '')}
          data-testid="library-entries"
          columns={[
            { title: m(M.level1), dataIndex: 'level1', width: 100 },
            { title: m(M.level2), dataIndex: 'level2', width: 130 },
            { title: m(M.level3), dataIndex: 'name' },
            { title: m(M.libraryUnit), dataIndex: 'unit', width: 80, render: (u: string | null) => u || '—' },
            { title: m(M.direction), dataIndex: 'direction', width: 110, render: (d: LibraryDirection) => m(DIRECTION[d]) },
            { title: m(M.basis), dataIndex: 'basis', width: 110, render: (b: BasisKind | null) => (b ? m(BASIS_LABELS[b]) : '—') },
            { title: m(M.libraryNote), dataIndex: 'note' },
            { title: m(M.libraryExamples), dataIndex: 'examples', width: 140, render: (x: string[]) => x.join('；') || '—' },
            { title: m(M.status), width: 80, render: (_: unknown, e) => <Tag color={e.retired ? 'default' : '#237804'} data-testid="library-status">{m(e.retired ? M.libraryRetired : M.libraryActive)}</Tag> },
            {
              title: '',
              width: 130,
              render: (_: unknown, e) => (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing({ id: e.id, draft: { level1: e.level1, level2: e.level2, name: e.name, unit: e.unit ?? '', direction: e.direction, basis: e.basis, note: e.note } })} data-testid="library-edit">
                    {m(M.libraryEdit)}
                  </Button>
                  {e.retired ? (
                    <Button size="small" type="link" onClick={() => void retire(e, false)} data-testid="library-restore">{m(M.libraryRestore)}</Button>
                  ) : (
                    <Popconfirm title={m(M.libraryRetireConfirm)} okText={m(M.libraryRetire)} cancelText={m(M.cancel)} onConfirm={() => void retire(e, true)} okButtonProps={{ id: 'library-retire-ok' }}>
                      <Button size="small" type="link" danger data-testid="library-retire">{m(M.libraryRetire)}</Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && dept !== null && <EntryDialog id={editing.id} initial={editing.draft} department={dept} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); reload(); }} />}
    </div>
  );
}

/** What is missing before the entry can be sent (the server checks the rest). */
function missing(d: Draft) {
  if (!d.level1.trim() || !d.level2.trim()) return M.libraryLevelsRequired;
  if (!d.name.trim()) return M.libraryNameRequired;
  return null;
}

function EntryDialog({ id, initial, department, onClose, onSaved }: { id: string | null; initial: Draft; department: number; onClose(): void; onSaved(): void }) {
  const { m } = useI18n();
  const [d, setD] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<Draft>) => setD((cur) => ({ ...cur, ...patch }));
  const level2Options = LEVEL2_TABLE.filter((e) => !d.level1 || e.parents.includes(d.level1 as (typeof e.parents)[number])).map((e) => ({ value: e.name }));
  const gap = missing(d);
  const save = async () => {
    setBusy(true);
    setError(null);
    const fields: LibraryFields = { level1: d.level1.trim(), level2: d.level2.trim(), unit: d.unit?.trim() || null, direction: d.direction, basis: d.basis, note: d.note.trim() };
    const r = id === null ? await api.addLibraryIndicator({ ...fields, name: d.name.trim() }, department) : await api.editLibraryIndicator(id, fields);
    setBusy(false);
    if (!r.ok) return setError(m(r.error.message) + (r.error.path ? ` (${r.error.path})` : ''));
    void message.success(m(M.saved));
    onSaved();
  };
  return (
    <Modal open title={m(id === null ? M.libraryAdd : M.libraryEdit)} onCancel={onClose} onOk={() => void save()} okText={m(M.save)} cancelText={m(M.cancel)} okButtonProps={{ loading: busy, disabled: gap !== null, id: 'library-entry-ok' }}>
      <div data-testid="library-entry">
        <label className="jx-field">
          <span>{m(M.level1)}</span>
          <AutoComplete value={d.level1} options={LEVEL1_NAMES.map((value) => ({ value }))} onChange={(v: string) => set({ level1: v })} aria-label={m(M.level1)} data-testid="library-level1" />
        </label>
        <label className="jx-field">
          <span>{m(M.level2)}</span>
          <AutoComplete value={d.level2} options={level2Options} onChange={(v: string) => set({ level2: v })} aria-label={m(M.level2)} data-testid="library-level2" />
        </label>
        <label className="jx-field">
          <span>{m(M.level3)}</span>
          <Input value={d.name} disabled={id !== null} maxLength={500} onChange={(e) => set({ name: e.target.value })} data-testid="library-name" />
        </label>
        <Space wrap>
          <label className="jx-field">
            <span>{m(M.libraryUnit)}</span>
            <Input value={d.unit ?? ''} maxLength={50} style={{ width: 120 }} onChange={(e) => set({ unit: e.target.value })} data-testid="library-unit" />
          </label>
          <label className="jx-field">
            <span>{m(M.direction)}</span>
            <Select value={d.direction} style={{ width: 150 }} aria-label={m(M.direction)} onChange={(v: LibraryDirection) => set({ direction: v })} options={LIBRARY_DIRECTIONS.map((k) => ({ value: k, label: m(DIRECTION[k]) }))} data-testid="library-direction" />
          </label>
          <label className="jx-field">
            <span>{m(M.basis)}</span>
            <Select value={d.basis} allowClear style={{ width: 150 }} aria-label={m(M.basis)} onChange={(v: BasisKind | undefined) => set({ basis: v ?? null })} options={BASIS_KINDS.map((k) => ({ value: k, label: m(BASIS_LABELS[k]) }))} data-testid="library-basis" />
          </label>
        </Space>
        <label className="jx-field">
          <span>{m(M.libraryNote)}</span>
          <Input.TextArea rows={2} value={d.note} maxLength={2000} onChange={(e) => set({ note: e.target.value })} data-testid="library-note" />
        </label>
        {gap && <Alert type="warning" message={m(gap)} data-testid="library-gap" />}
        {error && <Alert type="error" message={error} style={{ marginTop: 8 }} data-testid="library-error" />}
      </div>
    </Modal>
  );
}
