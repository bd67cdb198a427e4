/** Pieces the budget-cycle pages share: the light as text, the status tag, the workflow bar with reasons. */
import { useEffect, useState } from 'react';
import { Button, Input, Modal, Space, Tag, message } from 'antd';
import type { Light, PlanAction } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { Plan, PlanVersion } from '../api/cycle';
import { ACTION, KIND, LIGHT, M, STATUS, STATUS_COLOR } from './msgs';

const LIGHT_COLOR: Record<Light, string> = { red: '#b4282d', yellow: '#ad6800', green: '#237804' };
const LIGHT_MARK: Record<Light, string> = { red: '●', yellow: '▲', green: '■' };

/** A traffic light: colour, a shape and the word, so it reads without colour. */
export function LightTag({ light, testId }: { light: Light | null; testId?: string }) {
  const { m } = useI18n();
  if (!light) return <span className="jx-muted" data-testid={testId}>—</span>;
  return (
    <Tag color={LIGHT_COLOR[light]} data-testid={testId} data-light={light}>
      <span aria-hidden="true">{LIGHT_MARK[light]} </span>
      {m(LIGHT[light])}
    </Tag>
  );
}

export function PlanStatusTag({ plan }: { plan: Pick<Plan, 'status'> }) {
  const { m } = useI18n();
  return <Tag color={STATUS_COLOR[plan.status]} data-testid="plan-status">{m(STATUS[plan.status])}</Tag>;
}

const ORDER: PlanAction[] = ['submit', 'return', 'approve', 'finance-approve', 'unlock'];
const NEEDS_REASON: ReadonlySet<PlanAction> = new Set(['return', 'unlock']);

/**
 * The workflow of a plan form: the actions the server allows this user (its `allowed`), a reason
 * asked for return and unlock, approvals and the history with the reasons given.
 */
export function PlanWorkflow({ plan, dirty, onSave, onChange }: { plan: Plan; dirty: boolean; onSave?: () => Promise<Plan | null>; onChange(p: Plan): void }) {
  const { m } = useI18n();
  const [asking, setAsking] = useState<PlanAction | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [versions, setVersions] = useState<PlanVersion[]>([]);
  useEffect(() => {
    const ctl = new AbortController();
    void api.listPlanVersions(plan.id, ctl.signal).then((r) => r.ok && setVersions(r.value));
    return () => ctl.abort();
  }, [plan.id, plan.version]);

  const run = async (action: PlanAction, comment?: string) => {
    setBusy(true);
    try {
      // Unsaved edits go first: submitting what is on screen, not what was last saved.
      let current: Plan | null = plan;
      if (dirty && onSave) current = await onSave();
      if (!current) return;
      const r = await api.transitionPlan(current.id, current.version, action, comment);
      if (!r.ok) {
        void message.error(m(r.error.message) + (r.error.path ? ` (${r.error.path})` : ''));
        const cur = r.error.body.current as Plan | undefined;
        if (cur) onChange(cur);
        return;
      }
      onChange(r.value);
      setAsking(null);
      setReason('');
    } finally {
      setBusy(false);
    }
  };
  const click = (a: PlanAction) => (NEEDS_REASON.has(a) ? (setAsking(a), setReasonError(false)) : void run(a));
  const confirm = () => {
    if (!reason.trim()) return setReasonError(true);
    void run(asking!, reason.trim());
  };
  const returns = versions.filter((v) => v.comment);
  return (
    <div className="jx-plan-workflow" data-testid="plan-workflow">
      <Space wrap>
        <strong>{m(KIND[plan.kind])}</strong>
        <PlanStatusTag plan={plan} />
        {ORDER.filter((a) => plan.allowed[a]).map((a) => (
          <Button key={a} type={a === 'return' || a === 'unlock' ? 'default' : 'primary'} danger={a === 'return'} loading={busy} onClick={() => click(a)} data-testid={`plan-${a}`}>
            {m(ACTION[a])}
          </Button>
        ))}
      </Space>
      {(plan.approvals.department || plan.approvals.finance) && (
        <div className="jx-muted" data-testid="plan-approvals">
          {plan.approvals.department && <div>{m(M.deptName)}：{plan.approvals.department.by} · {plan.approvals.department.at.slice(0, 10)}</div>}
          {plan.approvals.finance && <div>{m(M.financeApprove)}：{plan.approvals.finance.by} · {plan.approvals.finance.at.slice(0, 10)}</div>}
        </div>
      )}
      {returns.length > 0 && (
        <ul className="jx-plan-reasons" data-testid="plan-reasons" aria-label={m(M.versions)}>
          {returns.map((v) => (
            <li key={v.version}>
              <Tag>{v.action in ACTION ? m(ACTION[v.action as PlanAction]) : v.action}</Tag> {v.by} · {v.at.slice(0, 16).replace('T', ' ')}：<span data-testid="plan-reason">{v.comment}</span>
            </li>
          ))}
        </ul>
      )}
      <Modal
        open={asking !== null}
        title={asking ? m(ACTION[asking]) : ''}
        okText={m(M.confirm)}
        cancelText={m(M.cancel)}
        onOk={confirm}
        onCancel={() => setAsking(null)}
        okButtonProps={{ id: 'plan-confirm', loading: busy }}
      >
        <label htmlFor="plan-reason-input">{m(M.reason)}</label>
        <Input.TextArea id="plan-reason-input" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} status={reasonError ? 'error' : undefined} data-testid="plan-reason-input" />
        {reasonError && <div className="jx-error" role="alert">{m(M.reasonRequired)}</div>}
      </Modal>
    </div>
  );
}
