/**
 * Below an approved target form: the baseline in force with each target's approved changes, the
 * forms filed against it (monitoring, adjustments), and the unit's next steps — file monitoring for
 * a period, request a 目标调整, create the self-evaluation from these targets (locked).
 */
import { useEffect, useState } from 'react';
import { Button, Card, Input, InputNumber, Modal, Select, Space, Table, message } from 'antd';
import { ADJUSTABLE_FIELDS, type AdjustableField, type AppliedChange } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import type { Plan, PlanItem, TargetPlan } from '../api/cycle';
import { Link, navigate } from '../router';
import { PlanStatusTag } from './common';
import { FIELD, KIND, M } from './msgs';

export function TargetAfterApproval({ plan }: { plan: TargetPlan }) {
  const { m } = useI18n();
  const { user } = useSession();
  const [related, setRelated] = useState<PlanItem[]>([]);
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(7);
  const [adjOpen, setAdjOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    void api.listPlans({ targetFormId: plan.id, pageSize: 100 }, ctl.signal).then((r) => r.ok && setRelated(r.value.items));
    return () => ctl.abort();
  }, [plan.id, plan.version]);
  const canFile = user?.role === 'unit_editor' || user?.role === 'admin';
  const fail = (e: api.ApiError) => void message.error(m(e.message));
  const monitoring = async () => {
    setBusy(true);
    const r = await api.createMonitoring(plan.id, { from, to });
    setBusy(false);
    if (r.ok) navigate(`/plans/${r.value.id}`);
    else fail(r.error);
  };
  const evaluation = async () => {
    setBusy(true);
    const r = await api.createEvaluationFromTargets(plan.id);
    setBusy(false);
    if (r.ok) navigate(`/forms/${r.value.id}`);
    else fail(r.error);
  };
  const targets = plan.baseline?.targets ?? [];
  return (
    <Card size="small" title={m(M.baseline)} data-testid="target-baseline">
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={targets.map((t, i) => ({ ...t, i, history: plan.baseline?.history[i] ?? [] }))}
        columns={[
          { title: '#', dataIndex: 'i', width: 40, render: (i: number) => i + 1 },
          { title: m(M.level3), dataIndex: 'name' },
          { title: m(M.target), dataIndex: 'target', width: 120 },
          { title: m(M.weight), dataIndex: 'weight', width: 70 },
          {
            title: m(M.changes),
            dataIndex: 'history',
            render: (h: readonly AppliedChange[]) =>
              h.length === 0 ? <span className="jx-muted">{m(M.noChanges)}</span> : h.map((c, k) => <div key={k}>{m(FIELD[c.field])}：{String(c.from ?? '—')} → {String(c.to ?? '—')}（{c.reason}）</div>),
          },
        ]}
      />
      <h4 style={{ marginTop: 12 }}>{m(M.related)}</h4>
      <ul data-testid="target-related">
        {plan.evaluationFormId !== null && (
          <li>
            <Link to={`/forms/${plan.evaluationFormId}`}>{m(M.openEvaluation)}</Link>
          </li>
        )}
        {related.map((p) => (
          <li key={p.id}>
            <Link to={`/plans/${p.id}`}>{m(KIND[p.kind])} #{p.id}</Link> <PlanStatusTag plan={p} />
          </li>
        ))}
      </ul>
      {canFile && (
        <Space wrap>
          <span>{m(M.period)}</span>
          <InputNumber min={1} max={12} value={from} onChange={(v) => setFrom(v ?? 1)} aria-label={m(M.periodFrom)} data-testid="mon-from" />
          <span>–</span>
          <InputNumber min={1} max={12} value={to} onChange={(v) => setTo(v ?? 7)} aria-label={m(M.periodTo)} data-testid="mon-to" />
          <span>月</span>
          <Button loading={busy} onClick={() => void monitoring()} data-testid="new-monitoring">{m(M.newMonitoring)}</Button>
          <Button onClick={() => setAdjOpen(true)} data-testid="new-adjustment">{m(M.newAdjustment)}</Button>
          {plan.evaluationFormId === null && (
            <Button type="primary" loading={busy} onClick={() => void evaluation()} data-testid="create-evaluation">{m(M.createEvaluation)}</Button>
          )}
        </Space>
      )}
      <NewAdjustment open={adjOpen} plan={plan} onClose={() => setAdjOpen(false)} onDone={(p) => navigate(`/plans/${p.id}`)} />
    </Card>
  );
}

/** The 目标调整 request dialog: one change (which indicator, which field, the new value) and why. */
function NewAdjustment({ open, plan, onClose, onDone }: { open: boolean; plan: TargetPlan; onClose(): void; onDone(p: Plan): void }) {
  const { m } = useI18n();
  const [index, setIndex] = useState<number | undefined>();
  const [field, setField] = useState<AdjustableField>('target');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const targets = plan.baseline?.targets ?? [];
  const current = index === undefined ? '' : String(targets[index]?.[field] ?? '—');
  const ok = async () => {
    if (index === undefined || !to.trim() || !reason.trim()) return void message.error(m(M.reasonRequired));
    setBusy(true);
    const value = field === 'weight' ? Number(to) : to.trim();
    const r = await api.createAdjustment(plan.id, { reason: reason.trim(), changes: [{ indicatorIndex: index, field, to: value }] });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else void message.error(m(r.error.message));
  };
  return (
    <Modal open={open} title={m(M.newAdjustment)} onCancel={onClose} onOk={() => void ok()} okText={m(M.create)} cancelText={m(M.cancel)} okButtonProps={{ loading: busy, id: 'adj-ok' }} destroyOnClose>
      <div className="jx-form-grid">
        <label className="jx-field">
          <span>{m(M.indicator)}</span>
          <Select value={index} onChange={setIndex} aria-label={m(M.indicator)} data-testid="adj-indicator" showSearch optionFilterProp="label"
            options={targets.map((t, i) => ({ value: i, label: `${i + 1}. ${t.name}` }))} />
        </label>
        <label className="jx-field">
          <span>{m(M.field)}</span>
          <Select value={field} onChange={setField} aria-label={m(M.field)} options={ADJUSTABLE_FIELDS.map((f) => ({ value: f, label: m(FIELD[f]) }))} />
        </label>
        <div className="jx-muted">{m(M.from)}：<span data-testid="adj-from">{current}</span></div>
        <label className="jx-field">
          <span>{m(M.to)}</span>
          <Input value={to} onChange={(e) => setTo(e.target.value)} data-testid="adj-to" />
        </label>
        <label className="jx-field">
          <span>{m(M.adjReason)}</span>
          <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="adj-reason" />
        </label>
      </div>
    </Modal>
  );
}
