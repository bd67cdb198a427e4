/**
 * The route /plans/:id: one 绩效目标申报表, 运行监控表 or 目标调整申请, edited as a draft and moved
 * through the plan workflow (unit → department → finance, return with a reason, approve).
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Space, Spin, message } from 'antd';
import type { MonitoringForm, TargetForm } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { AdjustmentPlan, AdjustmentRequest, MonitoringPlan, Plan, TargetPlan } from '../api/cycle';
import { Link } from '../router';
import { PLAN_EXPORT_FORMATS, planExportUrl } from '../api/exports';
import { useLeaveGuard } from '../editor/useLeaveGuard';
import { PlanWorkflow } from './common';
import { M } from './msgs';
import { TargetFormEditor } from './TargetFormEditor';
import { MonitoringEditor } from './MonitoringEditor';
import { AdjustmentEditor } from './AdjustmentEditor';

type Body = TargetForm | MonitoringForm | AdjustmentRequest;

function bodyOf(p: Plan): Body {
  if (p.kind === 'adjustment') return { reason: p.form.reason, changes: p.form.changes.map((c) => ({ ...c })) };
  return structuredClone(p.form);
}

export default function PlanPage({ id }: { id: string }) {
  const { m } = useI18n();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [body, setBody] = useState<Body | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  useLeaveGuard(dirty, m(M.leave));

  const show = useCallback((p: Plan) => {
    setPlan(p);
    setBody(bodyOf(p));
    setDirty(false);
  }, []);
  useEffect(() => {
    const ctl = new AbortController();
    void api.getPlan(Number(id), ctl.signal).then((r) => (r.ok ? show(r.value) : r.error.code !== 'aborted' && setError(m(r.error.message))));
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const edit = (b: Body) => {
    setBody(b);
    setDirty(true);
  };
  const save = async (): Promise<Plan | null> => {
    if (!plan || !body) return null;
    setSaving(true);
    const r = await api.savePlan(plan.id, plan.version, body);
    setSaving(false);
    if (r.ok) {
      show(r.value);
      void message.success(m(M.saved));
      return r.value;
    }
    const cur = r.error.body.current as Plan | undefined;
    if (cur) {
      show(cur);
      void message.warning(m(M.conflict));
    } else void message.error(m(r.error.message) + (r.error.path ? ` (${r.error.path})` : ''));
    return null;
  };

  if (error) return <Alert type="error" message={error} />;
  if (!plan || !body) return <div className="jx-center"><Spin /></div>;
  const editable = plan.allowed.edit;
  return (
    <div className="jx-plan" data-testid="plan-page" data-kind={plan.kind}>
      <Space className="jx-plan-top" wrap>
        <Link to="/cycle">← {m(M.back)}</Link>
        {editable && (
          <Button type="primary" disabled={!dirty} loading={saving} onClick={() => void save()} data-testid="plan-save">
            {m(M.save)}
          </Button>
        )}
        {plan.kind !== 'adjustment' && (
          // Plain links: the browser saves the file under the name the server gives it.
          <Space size={4} data-testid="plan-export">
            {m(M.exportAs)}：
            {PLAN_EXPORT_FORMATS.map((f) => (
              <a key={f} href={planExportUrl(plan.id, f)} download data-testid={`plan-export-${f}`}>
                {f.toUpperCase()}
              </a>
            ))}
          </Space>
        )}
      </Space>
      <PlanWorkflow plan={plan} dirty={dirty} onSave={save} onChange={show} />
      {plan.kind !== 'target' && plan.issues.length > 0 && (
        <Alert type="warning" style={{ marginBottom: 12 }} message={m(M.issues)} description={<ul data-testid="plan-issues">{plan.issues.map((x, k) => <li key={k}>{m(x.message)}</li>)}</ul>} />
      )}
      {plan.kind === 'target' && <TargetFormEditor plan={plan as TargetPlan} form={body as TargetForm} editable={editable} onChange={edit} />}
      {plan.kind === 'monitoring' && <MonitoringEditor plan={plan as MonitoringPlan} form={body as MonitoringForm} editable={editable} dirty={dirty} onChange={edit} />}
      {plan.kind === 'adjustment' && <AdjustmentEditor plan={plan as AdjustmentPlan} form={body as AdjustmentRequest} editable={editable} onChange={edit} />}
    </div>
  );
}
