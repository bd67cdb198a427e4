/**
 * The 运行监控表 editor: budget execution against the time elapsed and, per approved indicator,
 * the value completed to date, the expected full-year value, the likelihood, a deviation cause and
 * the corrective measure. The lights are core's (budgetLight, indicatorLights): the server's as
 * saved, recomputed here by the same functions while edits are unsaved, with the thresholds in force
 * for the unit and year (finance's `traffic-lights` setting) that come with the plan.
 */
import { useMemo } from 'react';
import { Button, Card, Col, Input, Row, Select, Statistic } from 'antd';
import {
  Big, DEVIATION_CAUSES, LIKELIHOODS, MONITORING_LABELS, periodLabel,
  type DeviationCause, type MonitoringForm, type MonitoringIndicator,
} from '@jixiao/core';
import { useI18n } from '../i18n';
import type { MonitoringPlan } from '../api/cycle';
import { Link } from '../router';
import { LightTag } from './common';
import { unsavedLights } from './lights';
import { LIGHT, M, fill, percent } from './msgs';

interface Props {
  plan: MonitoringPlan;
  form: MonitoringForm;
  editable: boolean;
  dirty: boolean;
  onChange(f: MonitoringForm): void;
}

export function MonitoringEditor({ plan, form, editable, dirty, onChange }: Props) {
  const { m } = useI18n();
  const lights = useMemo(() => unsavedLights(plan, form, dirty), [dirty, form, plan]);
  const pct = (share: number) => new Big(share).times(100).toString();
  const set = (patch: Partial<MonitoringForm>) => onChange({ ...form, ...patch });
  const setRow = (i: number, patch: Partial<MonitoringIndicator>) => set({ indicators: form.indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const ro = !editable;
  const b = lights.budget;
  return (
    <div className="jx-monitoring" data-testid="monitoring-form">
      <h2>
        {m(M.monitoringForm)}（{form.year}年{periodLabel(form.period)}）
      </h2>
      <p>
        {m(M.projectName)}：{form.projectName} · {m(M.implementer)}：{form.implementer} ·{' '}
        {plan.targetFormId !== null && <Link to={`/plans/${plan.targetFormId}`} className="jx-text-link">{m(M.baseline)}</Link>}
      </p>
      <p className="jx-muted" data-testid="m-thresholds">
        {m(M.thresholds)}：{m(fill(M.thresholdsInForce, { red: pct(plan.lights.thresholds.red), yellow: pct(plan.lights.thresholds.yellow) }))}
      </p>
      <Card size="small" title={m(M.budget)} data-testid="monitoring-budget">
        <Row gutter={[16, 8]} align="bottom">
          <Col xs={12} md={4}>
            <label className="jx-field">
              <span>{m(M.budget)}（{form.funds.unit}）</span>
              <Input inputMode="decimal" value={form.funds.budget ?? ''} readOnly={ro} onChange={(e) => set({ funds: { ...form.funds, budget: e.target.value.trim() || null } })} data-testid="m-funds.budget" />
            </label>
          </Col>
          <Col xs={12} md={4}>
            <label className="jx-field">
              <span>{m(M.executed)}（{form.funds.unit}）</span>
              <Input inputMode="decimal" value={form.funds.executed ?? ''} readOnly={ro} onChange={(e) => set({ funds: { ...form.funds, executed: e.target.value.trim() || null } })} data-testid="m-funds.executed" />
            </label>
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={m(M.rate)} value={percent(b.rate)} valueRender={() => <span data-testid="m-rate">{percent(b.rate)}</span>} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={m(M.expectedShare)} value={percent(b.expectedShare)} valueRender={() => <span data-testid="m-share">{percent(b.expectedShare)}</span>} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={m(M.expectedAmount)} value={b.expectedAmount ?? '—'} valueRender={() => <span data-testid="m-expected-amount">{b.expectedAmount ?? '—'}</span>} />
          </Col>
          <Col xs={8} md={4}>
            <div className="jx-field">
              <span>{m(M.light)}</span>
              <LightTag light={b.light} testId="m-budget-light" />
            </div>
          </Col>
        </Row>
      </Card>
      <Card
        size="small"
        title={
          <span>
            {m(M.indicators)} <span data-testid="m-light-counts">{(['red', 'yellow', 'green'] as const).map((c) => `${m(LIGHT[c])} ${lights.indicators.filter((l) => l.light === c).length}`).join(' · ')}</span>
          </span>
        }
        extra={editable && (
          // Most rows of a project on track are 确定能: one click for the rows not judged yet, the doubtful ones set by hand.
          <Button size="small" onClick={() => set({ indicators: form.indicators.map((x) => (x.likelihood === null ? { ...x, likelihood: 'certain' } : x)) })} data-testid="m-all-certain">
            {m(M.allCertain)}
          </Button>
        )}
      >
        <div className="jx-table-scroll">
          <table className="jx-plan-table" data-testid="monitoring-indicators">
            <thead>
              <tr>
                <th>#</th>
                <th>{m(M.level2)}</th>
                <th>{m(M.level3)}</th>
                <th>{m(M.target)}</th>
                <th>{m(M.completed)}</th>
                <th>{m(M.expectedFull)}</th>
                <th>{m(M.likelihood)}</th>
                <th>{m(M.cause)}</th>
                <th>{m(M.measure)}</th>
                <th>{m(M.progressLabel)}</th>
                <th>{m(M.light)}</th>
              </tr>
            </thead>
            <tbody>
              {form.indicators.map((x, i) => {
                const l = lights.indicators[i];
                const label = (s: string) => `${m(M.row)}${i + 1} ${s}`;
                return (
                  <tr key={i} data-row={i} data-light={l?.light ?? ''}>
                    <td>{i + 1}</td>
                    <td>{x.level2}</td>
                    <td>{x.name}</td>
                    <td data-testid={`m-indicators[${i}].target`}>{x.target}</td>
                    <td><Input size="small" value={x.completed} readOnly={ro} aria-label={label(m(M.completed))} onChange={(e) => setRow(i, { completed: e.target.value })} data-testid={`m-indicators[${i}].completed`} /></td>
                    <td><Input size="small" value={x.expected} readOnly={ro} aria-label={label(m(M.expectedFull))} onChange={(e) => setRow(i, { expected: e.target.value })} data-testid={`m-indicators[${i}].expected`} /></td>
                    <td>
                      <Select size="small" value={x.likelihood} disabled={ro} allowClear style={{ width: 110 }} aria-label={label(m(M.likelihood))}
                        onChange={(v: MonitoringIndicator['likelihood'] | undefined) => setRow(i, { likelihood: v ?? null })}
                        options={LIKELIHOODS.map((k) => ({ value: k, label: m(MONITORING_LABELS.likelihood[k]) }))} data-testid={`m-indicators[${i}].likelihood`} />
                    </td>
                    <td>
                      <Select size="small" value={x.cause.kind} disabled={ro} allowClear style={{ width: 130 }} aria-label={label(m(M.cause))}
                        onChange={(v: DeviationCause | undefined) => setRow(i, { cause: { ...x.cause, kind: v ?? null } })}
                        options={DEVIATION_CAUSES.map((k) => ({ value: k, label: m(MONITORING_LABELS.cause[k]) }))} data-testid={`m-indicators[${i}].cause.kind`} />
                      <Input size="small" value={x.cause.text} readOnly={ro} placeholder={m(M.causeText)} aria-label={label(m(M.causeText))} onChange={(e) => setRow(i, { cause: { ...x.cause, text: e.target.value } })} data-testid={`m-indicators[${i}].cause.text`} />
                    </td>
                    <td><Input size="small" value={x.measure} readOnly={ro} aria-label={label(m(M.measure))} onChange={(e) => setRow(i, { measure: e.target.value })} data-testid={`m-indicators[${i}].measure`} /></td>
                    <td>{l?.progress === null || l?.progress === undefined ? '—' : percent(l.progress)}</td>
                    <td><LightTag light={l?.light ?? null} testId={`m-light-${i}`} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
