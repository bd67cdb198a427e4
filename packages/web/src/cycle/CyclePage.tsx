/**
 * The route /cycle: the budget year before (and up to) the self-evaluation. Finance opens a stage
 * (目标申报, 运行监控 with its period, 自评) for units and projects with a deadline and follows
 * completion and timeliness per department with the overdue items; units see what is due, overdue
 * first; everyone sees the year's target forms, monitoring forms and adjustments in scope.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Empty, Input, InputNumber, Modal, Row, Select, Space, Table, Tag, message } from 'antd';
import { STAGE_KINDS, STAGE_LABELS, emptyTargetForm, periodLabel, type StageKind } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import type { Org } from '../api/types';
import type { DepartmentRates, DueEntry, PlanItem, TaskResource } from '../api/cycle';
import { Link, navigate, useLocation } from '../router';
import { PlanStatusTag } from './common';
import { ImportTarget } from './ImportTarget';
import { DUE_STATUS, KIND, M, percent } from './msgs';

const DUE_COLOR: Record<DueEntry['status'], string> = { open: 'blue', overdue: 'red', done: 'green', 'done-late': 'orange' };

export default function CyclePage() {
  const { m } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const year = Number(search.get('year')) || new Date().getFullYear();
  const [tick, setTick] = useState(0);
  const role = user?.role;
  const isFinance = role === 'finance_reviewer' || role === 'admin';
  const isReviewer = role !== 'unit_editor';
  const setYear = (y: number | null) => y && navigate(`/cycle?year=${y}`, { replace: true });
  return (
    <div className="jx-cycle" data-testid="cycle">
      <Space align="center" wrap>
        <h2 style={{ margin: 0 }}>{m(M.cycleTitle)}</h2>
        <label>
          {m(M.year)}{' '}
          <InputNumber min={1990} max={2100} value={year} onChange={setYear} aria-label={m(M.year)} data-testid="cycle-year" />
        </label>
      </Space>
      {isFinance && <OpenTask year={year} onOpened={() => setTick((t) => t + 1)} />}
      {isReviewer ? <Progress year={year} tick={tick} /> : <Due year={year} />}
      {isFinance && <Tasks year={year} tick={tick} />}
      <Plans year={year} />
    </div>
  );
}

/** Finance opens a stage: which, for which units (and projects), by when. */
function OpenTask({ year, onOpened }: { year: number; onOpened(): void }) {
  const { m } = useI18n();
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [stage, setStage] = useState<StageKind>('target');
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(7);
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const [projects, setProjects] = useState('');
  const [deadline, setDeadline] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    void api.listOrgs(ctl.signal).then((r) => r.ok && setOrgs(r.value));
    return () => ctl.abort();
  }, []);
  const units = orgs.filter((o) => o.kind === 'unit');
  const parent = (o: Org) => orgs.find((p) => p.id === o.parentId)?.name ?? '';
  const submit = async () => {
    setError(null);
    const lines = projects.split('\n').map((s) => s.trim()).filter(Boolean);
    setBusy(true);
    const r = await api.openTask({
      year, stage, unitIds, deadline, ...(note.trim() ? { note: note.trim() } : {}),
      ...(stage === 'monitoring' ? { period: { from, to } } : {}),
      // Projects name one unit's: offered when exactly one unit is chosen.
      ...(lines.length && unitIds.length === 1 ? { projects: lines.map((project) => ({ unitId: unitIds[0], project })) } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(m(r.error.message) + (r.error.path ? ` (${r.error.path})` : ''));
    void message.success(m(M.taskOpened));
    setUnitIds([]);
    setProjects('');
    onOpened();
  };
  return (
    <Card size="small" title={m(M.openTask)} data-testid="open-task">
      <Row gutter={[16, 8]}>
        <Col xs={24} md={8}>
          <label className="jx-field">
            <span>{m(M.stage)}</span>
            <Select value={stage} onChange={setStage} aria-label={m(M.stage)} options={STAGE_KINDS.map((s) => ({ value: s, label: m(STAGE_LABELS[s]) }))} data-testid="task-stage" />
          </label>
          {stage === 'monitoring' && (
            <div className="jx-field">
              <span>{m(M.period)}</span>
              <Space>
                <InputNumber min={1} max={12} value={from} onChange={(v) => setFrom(v ?? 1)} aria-label={m(M.periodFrom)} data-testid="task-from" />–
                <InputNumber min={1} max={12} value={to} onChange={(v) => setTo(v ?? 7)} aria-label={m(M.periodTo)} data-testid="task-to" />月
              </Space>
            </div>
          )}
          <label className="jx-field">
            <span>{m(M.deadline)}</span>
            <Input type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} data-testid="task-deadline" />
          </label>
          <label className="jx-field">
            <span>{m(M.note)}</span>
            <Input value={note} onChange={(e) => setNote(e.target.value)} data-testid="task-note" />
          </label>
        </Col>
        <Col xs={24} md={8}>
          <fieldset className="jx-fieldset">
            <legend>{m(M.units)}</legend>
            <Checkbox.Group value={unitIds} onChange={(v) => setUnitIds(v as number[])} data-testid="task-units">
              <Space direction="vertical">
                {units.map((u) => (
                  <Checkbox key={u.id} value={Number(u.id)}>
                    {u.name} <span className="jx-muted">{parent(u)}</span>
                  </Checkbox>
                ))}
              </Space>
            </Checkbox.Group>
          </fieldset>
        </Col>
        <Col xs={24} md={8}>
          <label className="jx-field">
            <span>{m(M.projects)}</span>
            <Input.TextArea rows={4} value={projects} disabled={unitIds.length !== 1} onChange={(e) => setProjects(e.target.value)} data-testid="task-projects" />
          </label>
          <Button type="primary" loading={busy} disabled={!unitIds.length || !deadline} onClick={() => void submit()} data-testid="task-open">
            {m(M.openTask)}
          </Button>
          {error && <Alert type="error" message={error} style={{ marginTop: 8 }} data-testid="task-error" />}
        </Col>
      </Row>
    </Card>
  );
}

function dueColumns(m: (x: Parameters<ReturnType<typeof useI18n>['m']>[0]) => string) {
  return [
    { title: m(M.stage), dataIndex: 'stage', render: (s: StageKind) => m(STAGE_LABELS[s]) },
    { title: m(M.unit), dataIndex: 'unitName' },
    { title: m(M.project), dataIndex: 'project', render: (p: string | null) => p ?? m(M.allProjects) },
    { title: m(M.deadline), dataIndex: 'deadline' },
    { title: m(M.daysLeft), dataIndex: 'daysLeft' },
    {
      title: m(M.status),
      dataIndex: 'status',
      render: (s: DueEntry['status']) => <Tag color={DUE_COLOR[s]} data-status={s}>{s === 'overdue' ? '⚠ ' : ''}{m(DUE_STATUS[s])}</Tag>,
    },
  ];
}

/** A unit's list of what is due, overdue first (as the server orders it); also on 待办. */
export function Due({ year }: { year?: number }) {
  const { m } = useI18n();
  const [items, setItems] = useState<DueEntry[] | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    void api.listDue({ year }, ctl.signal).then((r) => r.ok && setItems(r.value.items));
    return () => ctl.abort();
  }, [year]);
  return (
    <Card size="small" title={m(M.due)} data-testid="due">
      <Table size="small" rowKey={(d) => `${d.taskId}-${d.unitId}-${d.project ?? ''}`} loading={items === null} dataSource={items ?? []} pagination={false}
        locale={{ emptyText: m(M.nothingDue) }} columns={dueColumns(m)} rowClassName={(d) => (d.status === 'overdue' ? 'jx-overdue' : '')} />
    </Card>
  );
}

/** Finance's and departments' dashboard: completion and timeliness per department, overdue items (also on /dashboard). */
export function Progress({ year, tick = 0 }: { year?: number; tick?: number }) {
  const { m } = useI18n();
  const [stage, setStage] = useState<StageKind | undefined>();
  const [data, setData] = useState<{ today: string; departments: DepartmentRates[]; overdue: DueEntry[] } | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    void api.taskProgress({ year, stage }, ctl.signal).then((r) => r.ok && setData(r.value));
    return () => ctl.abort();
  }, [year, stage, tick]);
  return (
    <Card
      size="small"
      title={m(M.progress)}
      extra={<Select allowClear placeholder={m(M.stage)} value={stage} onChange={setStage} style={{ width: 140 }} aria-label={m(M.stage)} options={STAGE_KINDS.map((s) => ({ value: s, label: m(STAGE_LABELS[s]) }))} data-testid="progress-stage" />}
      data-testid="progress"
    >
      <Table<DepartmentRates>
        size="small"
        rowKey="department"
        loading={data === null}
        dataSource={data?.departments ?? []}
        pagination={false}
        data-testid="progress-departments"
        columns={[
          { title: m(M.department), dataIndex: 'department' },
          { title: m(M.expected), dataIndex: 'expected' },
          { title: m(M.submitted), dataIndex: 'submitted' },
          { title: m(M.onTime), dataIndex: 'onTime' },
          { title: m(M.overdueCount), dataIndex: 'overdue' },
          { title: m(M.completionRate), dataIndex: 'completionRate', render: (r: string) => <span data-testid="completion-rate">{percent(r)}</span> },
          { title: m(M.timelinessRate), dataIndex: 'timelinessRate', render: (r: string) => <span data-testid="timeliness-rate">{percent(r)}</span> },
        ]}
      />
      <h4 style={{ marginTop: 12 }}>
        {m(M.overdueItems)} <Tag color={data?.overdue.length ? 'red' : 'default'} data-testid="overdue-count">{data?.overdue.length ?? 0}</Tag>
      </h4>
      <Table size="small" rowKey={(d) => `${d.taskId}-${d.unitId}-${d.project ?? ''}`} dataSource={data?.overdue ?? []} pagination={false} columns={dueColumns(m)} data-testid="progress-overdue"
        rowClassName={() => 'jx-overdue'} />
    </Card>
  );
}

/** The stages finance opened this year. */
function Tasks({ year, tick }: { year: number; tick: number }) {
  const { m } = useI18n();
  const [items, setItems] = useState<TaskResource[] | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    void api.listTasks(year, ctl.signal).then((r) => r.ok && setItems(r.value));
    return () => ctl.abort();
  }, [year, tick]);
  return (
    <Card size="small" title={m(M.tasks)} data-testid="tasks">
      <Table<TaskResource>
        size="small"
        rowKey="id"
        loading={items === null}
        dataSource={items ?? []}
        pagination={false}
        columns={[
          { title: m(M.stage), dataIndex: 'stage', render: (s: StageKind, t) => `${m(STAGE_LABELS[s])}${t.period ? ` ${periodLabel(t.period)}` : ''}` },
          { title: m(M.units), dataIndex: 'units', render: (u: TaskResource['units']) => u.map((x) => x.name).join('、') },
          { title: m(M.project), dataIndex: 'projects', render: (p: TaskResource['projects']) => p.map((x) => x.project).join('、') || m(M.allProjects) },
          { title: m(M.deadline), dataIndex: 'deadline' },
          { title: m(M.note), dataIndex: 'note' },
        ]}
      />
    </Card>
  );
}

/** The year's plan forms in scope, and (for a unit) a new target form. */
function Plans({ year }: { year: number }) {
  const { m } = useI18n();
  const { user } = useSession();
  const [items, setItems] = useState<PlanItem[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    void api.listPlans({ year, pageSize: 200 }, ctl.signal).then((r) => r.ok && setItems(r.value.items));
    return () => ctl.abort();
  }, [year, tick]);
  const canCreate = user?.role === 'unit_editor' || user?.role === 'admin';
  return (
    <Card
      size="small"
      title={m(M.plans)}
      extra={canCreate && (
        <Space>
          {/* A file imports into the caller's own unit: an admin has none, and files by hand for a unit. */}
          {user?.role === 'unit_editor' && <Button onClick={() => setImporting(true)} data-testid="import-target">{m(M.importTarget)}</Button>}
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-target">{m(M.newTarget)}</Button>
        </Space>
      )}
      data-testid="plans"
    >
      <Table<PlanItem>
        size="small"
        rowKey="id"
        loading={items === null}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        columns={[
          { title: m(M.kind), dataIndex: 'kind', render: (k: PlanItem['kind']) => m(KIND[k]) },
          { title: m(M.project), dataIndex: 'projectName', render: (n: string, p) => <Link to={`/plans/${p.id}`}>{n || '—'}</Link> },
          { title: m(M.unit), dataIndex: 'orgName' },
          { title: m(M.status), dataIndex: 'status', render: (_: unknown, p) => <PlanStatusTag plan={p} /> },
          { title: m(M.updated), dataIndex: 'updatedAt', render: (s: string) => s.slice(0, 16).replace('T', ' ') },
        ]}
      />
      {creating && <NewTarget year={year} onClose={() => setCreating(false)} />}
      {importing && <ImportTarget year={year} onClose={() => setImporting(false)} onSaved={() => setTick((t) => t + 1)} />}
    </Card>
  );
}

/** 新建绩效目标申报表: the project; the unit and its department filled from the organisation tree. */
function NewTarget({ year, onClose }: { year: number; onClose(): void }) {
  const { m } = useI18n();
  const { user } = useSession();
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    void api.listOrgs(ctl.signal).then((r) => r.ok && setOrgs(r.value));
    return () => ctl.abort();
  }, []);
  const dept = useMemo(() => {
    const own = orgs.find((o) => String(o.id) === String(user?.orgId));
    return orgs.find((o) => own && o.id === own.parentId)?.name ?? '';
  }, [orgs, user]);
  const ok = async () => {
    if (!name.trim()) return;
    setBusy(true);
    const form = { ...emptyTargetForm(year), projectName: name.trim(), implementer: user?.orgName ?? '', department: dept };
    const r = await api.createTargetForm(form);
    setBusy(false);
    if (r.ok) navigate(`/plans/${r.value.id}`);
    else void message.error(m(r.error.message));
  };
  return (
    <Modal open title={m(M.newTarget)} onCancel={onClose} onOk={() => void ok()} okText={m(M.create)} cancelText={m(M.cancel)} okButtonProps={{ loading: busy, disabled: !name.trim(), id: 'new-target-ok' }}>
      <label className="jx-field">
        <span>{m(M.projectName)}</span>
        <Input autoFocus value={name} onChange={(e) => setName(e.target.value)} data-testid="new-target-project" />
      </label>
    </Modal>
  );
}
