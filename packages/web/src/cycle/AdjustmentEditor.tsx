/** A 目标调整申请: why, and each change (indicator, field, from → to); approved by the department, then finance. */
import { Card, Input, Table } from 'antd';
import { useI18n } from '../i18n';
import type { AdjustmentPlan, AdjustmentRequest } from '../api/cycle';
import { Link } from '../router';
import { FIELD, M } from './msgs';

export function AdjustmentEditor({ plan, form, editable, onChange }: { plan: AdjustmentPlan; form: AdjustmentRequest; editable: boolean; onChange(f: AdjustmentRequest): void }) {
  const { m } = useI18n();
  const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
  return (
    <div className="jx-adjustment" data-testid="adjustment-form">
      <h2>{m(M.adjustment)}（{plan.year}）</h2>
      <p>
        {m(M.projectName)}：{plan.projectName} · {plan.targetFormId !== null && <Link to={`/plans/${plan.targetFormId}`} className="jx-text-link">{m(M.baseline)}</Link>}
      </p>
      <Card size="small">
        <label className="jx-field">
          <span>{m(M.adjReason)}</span>
          <Input.TextArea rows={3} value={form.reason} readOnly={!editable} onChange={(e) => onChange({ ...form, reason: e.target.value })} data-testid="adj-form-reason" />
        </label>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={form.changes.map((c, i) => ({ ...c, i }))}
          data-testid="adj-changes"
          columns={[
            { title: m(M.indicator), dataIndex: 'indicatorIndex', render: (i: number) => `${i + 1}` },
            { title: m(M.field), dataIndex: 'field', render: (f: keyof typeof FIELD) => m(FIELD[f]) },
            { title: m(M.from), dataIndex: 'from', render: show },
            {
              title: m(M.to),
              dataIndex: 'to',
              render: (v: unknown, c) =>
                editable ? (
                  <Input size="small" value={show(v) === '—' ? '' : String(v)} aria-label={m(M.to)}
                    onChange={(e) => onChange({ ...form, changes: form.changes.map((x, j) => (j === c.i ? { ...x, to: x.field === 'weight' ? Number(e.target.value) : e.target.value } : x)) })} />
                ) : (
                  <span data-testid="adj-to-value">{show(v)}</span>
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
