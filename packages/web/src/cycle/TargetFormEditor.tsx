/**
 * The 绩效目标申报表 editor. The review rules that judge targets (core's reviewTargetForm: not
 * measurable, qualitative dominating, missing 成本/效益/满意度, satisfaction below 90%, a target
 * below an earlier year's actual …) run in the browser on every keystroke, with the earlier years
 * the server knows (refreshed as indicator names change); beside each row its earlier targets and
 * actuals (历史标准 made visible).
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Input, List, Row, Select, Tag } from 'antd';
import {
  BASIS_KINDS, BASIS_LABELS, reviewTargetForm, targetFormIssues, targetRow,
  type BasisKind, type Finding, type IndicatorRecord, type LibraryIndicator, type TargetForm, type TargetIndicator,
} from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { TargetPlan } from '../api/cycle';
import { LibraryPicker, suggestedTarget } from './LibraryPicker';
import { TargetAfterApproval } from './TargetAfterApproval';
import { M } from './msgs';
import { rowOf } from './rowOf';

interface Props {
  plan: TargetPlan;
  form: TargetForm;
  editable: boolean;
  onChange(f: TargetForm): void;
}

const money = (s: string) => (s.trim() === '' ? null : s.trim());
const SEVERITY_COLOR: Record<string, string> = { error: 'red', warning: 'orange', info: 'blue' };


export function TargetFormEditor({ plan, form, editable, onChange }: Props) {
  const { m, t } = useI18n();
  const [earlier, setEarlier] = useState<IndicatorRecord[][]>(plan.earlier);
  const [picking, setPicking] = useState<number | null>(null);
  // Entries picked in this session, by id: their usual unit and direction shown under the 指标值 being typed.
  const [picked, setPicked] = useState<ReadonlyMap<string, LibraryIndicator>>(new Map());
  useEffect(() => setEarlier(plan.earlier), [plan]);

  // Earlier years depend only on the header and the indicator names: ask the server again when those change.
  const namesKey = JSON.stringify([form.year, form.projectName, form.implementer, form.indicators.map((x) => x.name)]);
  useEffect(() => {
    if (!editable) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => void api.checkTargetForm(form, plan.orgId, ctl.signal).then((r) => r.ok && setEarlier(r.value.earlier)), 400);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [namesKey, editable]);

  // Review as it is filled: core's rules, here, with the earlier years as context.
  const { findings, issues } = useMemo(() => {
    const prior = earlier.flat().map((r) => ({ year: r.year, name: r.name, target: r.target, actual: r.actual }));
    return { findings: reviewTargetForm(form, { history: prior }), issues: targetFormIssues(form) };
  }, [form, earlier]);
  const byRow = useMemo(() => {
    const out = new Map<number, Finding[]>();
    for (const f of findings) {
      const i = rowOf(f.path);
      if (i !== null) out.set(i, [...(out.get(i) ?? []), f]);
    }
    return out;
  }, [findings]);

  const set = (patch: Partial<TargetForm>) => onChange({ ...form, ...patch });
  const setRow = (i: number, patch: Partial<TargetIndicator>) => set({ indicators: form.indicators.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const pick = (e: LibraryIndicator) => {
    const i = picking!;
    const x = form.indicators[i];
    setRow(i, {
      level1: e.level1,
      level2: e.level2,
      name: e.name,
      libraryId: e.id,
      target: x.target.trim() === '' ? suggestedTarget(e) : x.target,
      basis: { kind: e.basis, text: x.basis.text },
    });
    setPicked((p) => new Map(p).set(e.id, e));
    setPicking(null);
  };
  const ro = !editable;
  const field = (label: string, value: string, onValue: (v: string) => void, testId: string, wide = false) => (
    <Col xs={24} md={wide ? 24 : 8}>
      <label className="jx-field">
        <span>{label}</span>
        <Input value={value} readOnly={ro} onChange={(e) => onValue(e.target.value)} data-testid={testId} />
      </label>
    </Col>
  );
  return (
    <div className="jx-target-form" data-testid="target-form">
      <h2>{m(M.targetForm)}（{form.year}）</h2>
      <Card size="small">
        <Row gutter={[12, 8]}>
          {field(m(M.projectName), form.projectName, (v) => set({ projectName: v }), 't-projectName')}
          {field(m(M.deptName), form.department, (v) => set({ department: v }), 't-department')}
          {field(m(M.implementer), form.implementer, (v) => set({ implementer: v }), 't-implementer')}
        </Row>
      </Card>
      <Card size="small" title={m(M.funds)}>
        <Row gutter={[12, 8]}>
          <Col xs={24} md={4}>
            <label className="jx-field">
              <span>{m(M.fundsUnit)}</span>
              <Select value={form.funds.unit} disabled={ro} onChange={(u) => set({ funds: { ...form.funds, unit: u } })} options={[{ value: '万元', label: '万元' }, { value: '元', label: '元' }]} aria-label={m(M.fundsUnit)} />
            </label>
          </Col>
          {(['total', 'fiscal', 'carryover', 'other'] as const).map((k) => (
            <Col xs={12} md={5} key={k}>
              <label className="jx-field">
                <span>{m(M[k])}</span>
                <Input inputMode="decimal" value={form.funds[k] ?? ''} readOnly={ro} onChange={(e) => set({ funds: { ...form.funds, [k]: money(e.target.value) } })} data-testid={`t-funds.${k}`} />
              </label>
            </Col>
          ))}
        </Row>
      </Card>
      <Card size="small">
        <Row gutter={[12, 8]}>
          {(['longTerm', 'annual'] as const).map((k) => (
            <Col xs={24} md={12} key={k}>
              <label className="jx-field">
                <span>{m(M[k])}</span>
                <Input.TextArea rows={3} value={form.goals[k]} readOnly={ro} onChange={(e) => set({ goals: { ...form.goals, [k]: e.target.value } })} data-testid={`t-goals.${k}`} />
              </label>
            </Col>
          ))}
        </Row>
      </Card>
      <Card size="small" title={m(M.indicators)}>
        <div className="jx-table-scroll">
          <table className="jx-plan-table" data-testid="target-indicators">
            <thead>
              <tr>
                <th>#</th>
                <th>{m(M.level1)}</th>
                <th>{m(M.level2)}</th>
                <th>{m(M.level3)}</th>
                <th>{m(M.target)}</th>
                <th>{m(M.weight)}</th>
                <th>{m(M.basis)}</th>
                <th>{m(M.scoring)}</th>
                <th>{m(M.earlier)}</th>
                {editable && <th>{m(M.actions)}</th>}
              </tr>
            </thead>
            <tbody>
              {form.indicators.map((x, i) => {
                const rowFindings = byRow.get(i) ?? [];
                const below = rowFindings.some((f) => f.ruleId === 'target-below-history');
                const cell = (k: 'level1' | 'level2' | 'name' | 'target' | 'scoring', label: string) => (
                  <Input size="small" value={x[k]} readOnly={ro} aria-label={`${m(M.row)}${i + 1} ${label}`} onChange={(e) => setRow(i, { [k]: e.target.value })} data-testid={`t-indicators[${i}].${k}`} />
                );
                return (
                  <tr key={i} data-row={i} className={rowFindings.length ? 'jx-row-flagged' : undefined}>
                    <td>{i + 1}</td>
                    <td>{cell('level1', m(M.level1))}</td>
                    <td>{cell('level2', m(M.level2))}</td>
                    <td className="jx-wide">
                      {cell('name', m(M.level3))}
                      {x.libraryId && <Tag className="jx-lib-tag">{m(M.library)}</Tag>}
                    </td>
                    <td>
                      {cell('target', m(M.target))}
                      {x.libraryId && picked.get(x.libraryId)?.unit && (
                        <div className="jx-muted" data-testid={`t-unit-${i}`}>{m(M.usualUnit)}：{picked.get(x.libraryId)!.unit}</div>
                      )}
                    </td>
                    <td>
                      <WeightInput value={x.weight} readOnly={ro} label={`${m(M.row)}${i + 1} ${m(M.weight)}`} onValue={(w) => setRow(i, { weight: w })} testId={`t-indicators[${i}].weight`} />
                    </td>
                    <td>
                      <Select size="small" value={x.basis.kind} disabled={ro} allowClear style={{ width: 120 }} aria-label={`${m(M.row)}${i + 1} ${m(M.basis)}`}
                        onChange={(k: BasisKind | undefined) => setRow(i, { basis: { ...x.basis, kind: k ?? null } })}
                        options={BASIS_KINDS.map((k) => ({ value: k, label: m(BASIS_LABELS[k]) }))} data-testid={`t-indicators[${i}].basis.kind`} />
                      <Input size="small" value={x.basis.text} readOnly={ro} placeholder={m(M.basisText)} aria-label={`${m(M.row)}${i + 1} ${m(M.basisText)}`}
                        onChange={(e) => setRow(i, { basis: { ...x.basis, text: e.target.value } })} data-testid={`t-indicators[${i}].basis.text`} />
                    </td>
                    <td>{cell('scoring', m(M.scoring))}</td>
                    <td data-testid={`t-earlier-${i}`}>
                      {(earlier[i] ?? []).length === 0 ? (
                        <span className="jx-muted">{m(M.noEarlier)}</span>
                      ) : (
                        (earlier[i] ?? []).map((r) => (
                          <div key={`${r.year}-${r.projectName}`}>{r.year}：{r.target || '—'} / {r.actual || '—'}</div>
                        ))
                      )}
                      {below && <Tag color="red" data-testid={`t-below-${i}`}>⚠ {m(M.belowHistory)}</Tag>}
                    </td>
                    {editable && (
                      <td>
                        <Button size="small" onClick={() => setPicking(i)} data-testid={`t-pick-${i}`}>{m(M.pickFromLibrary)}</Button>
                        <Button size="small" type="link" danger onClick={() => set({ indicators: form.indicators.filter((_, j) => j !== i) })} aria-label={`${m(M.removeRow)} ${i + 1}`}>
                          {m(M.removeRow)}
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {editable && (
          <Button onClick={() => set({ indicators: [...form.indicators, targetRow({})] })} data-testid="t-add-row" style={{ marginTop: 8 }}>
            + {m(M.addRow)}
          </Button>
        )}
      </Card>
      <Card size="small" title={`${m(M.findings)} (${findings.length})`} data-testid="target-findings">
        {issues.length > 0 && (
          <Alert type="warning" style={{ marginBottom: 8 }} message={m(M.issues)} description={<ul data-testid="target-issues">{issues.map((x, k) => <li key={k}>{m(x.message)}</li>)}</ul>} />
        )}
        <List
          size="small"
          dataSource={findings}
          locale={{ emptyText: m(M.noFindings) }}
          renderItem={(f) => (
            <List.Item data-testid="target-finding" data-rule={f.ruleId} data-path={f.path}>
              <Tag color={SEVERITY_COLOR[f.severity]}>{t(`severity_${f.severity}`)}</Tag>
              {rowOf(f.path) !== null && <span className="jx-muted">{m(M.row)}{rowOf(f.path)! + 1}：</span>}
              {m(f.message)}
            </List.Item>
          )}
        />
      </Card>
      {plan.status === 'finance_approved' && <TargetAfterApproval plan={plan} />}
      <LibraryPicker open={picking !== null} onPick={pick} onClose={() => setPicking(null)} />
    </div>
  );
}

/** 分值 as typed ("7." on the way to "7.5" stays as typed); the number goes to the form, null while blank or not a number. */
function WeightInput({ value, readOnly, label, onValue, testId }: { value: number | null; readOnly: boolean; label: string; onValue(w: number | null): void; testId: string }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  // A value changed from outside (a reload, a merge) replaces the text unless it is the number typed.
  useEffect(() => setText((t) => (Number(t) === value && t.trim() !== '' ? t : value === null ? '' : String(value))), [value]);
  return (
    <Input size="small" inputMode="decimal" value={text} readOnly={readOnly} aria-label={label} data-testid={testId}
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        const n = Number(t);
        onValue(t.trim() === '' || !Number.isFinite(n) ? null : n);
      }} />
  );
}
