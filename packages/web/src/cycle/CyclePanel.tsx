/**
 * Beside the self-evaluation created from approved targets (GET /api/forms/:id/cycle): per
 * indicator, the approved 目标调整 that brought its target where it is, what the monitoring said
 * (values, likelihood, cause, measure, light), and the same indicator's earlier years.
 */
import { useEffect, useState } from 'react';
import { Empty, Spin, Tag } from 'antd';
import { MONITORING_LABELS, type Evaluation } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { CycleBeside } from '../api/cycle';
import { Link } from '../router';
import { LightTag } from './common';
import { FIELD, M } from './msgs';
import { rowOf } from './rowOf';

const CONTEXT_RULES = new Set(['monitoring-contradicted', 'target-below-history']);

export function CyclePanel({ formId, ev, version }: { formId: string; ev: Evaluation; version: number }) {
  const { m } = useI18n();
  const [data, setData] = useState<CycleBeside | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    void api.getFormCycle(formId, ctl.signal).then((r) => r.ok && setData(r.value));
    return () => ctl.abort();
  }, [formId, version]);
  if (!data) return <Spin />;
  if (!data.beside) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  // The rules that need the year's facts (monitoring, earlier years) run on the server, which has
  // them; the editor's own review does not, so their findings are shown here beside their row.
  const factual = (data.findings ?? []).filter((f) => CONTEXT_RULES.has(f.ruleId));
  return (
    <div className="jx-cycle-panel" data-testid="cycle-panel">
      <p className="jx-muted">
        {m(M.lockedFromTargets)} {data.targetFormId !== null && <Link to={`/plans/${data.targetFormId}`} className="jx-text-link">{m(M.baseline)}</Link>}
      </p>
      <ol className="jx-cycle-list">
        {data.beside.map((b) => {
          const x = ev.indicators[b.index];
          const mon = b.monitoring;
          return (
            <li key={b.index} data-testid={`beside-${b.index}`}>
              <div>
                <strong>{x?.name}</strong> <Tag>{x?.target}</Tag>
              </div>
              <div data-testid={`beside-${b.index}-changes`}>
                {m(M.changes)}：
                {b.changes.length === 0 ? (
                  <span className="jx-muted">{m(M.noChanges)}</span>
                ) : (
                  b.changes.map((c, k) => (
                    <div key={k}>
                      {m(FIELD[c.field])} {String(c.from ?? '—')} → {String(c.to ?? '—')}（{c.reason}，{c.approvedAt.slice(0, 10)}）
                    </div>
                  ))
                )}
              </div>
              <div data-testid={`beside-${b.index}-monitoring`}>
                {m(M.monitoring)}：
                {mon ? (
                  <span>
                    {mon.period} {m(M.completed)} {mon.completed || '—'}，{m(M.expectedFull)} {mon.expected || '—'}，
                    {mon.likelihood ? m(MONITORING_LABELS.likelihood[mon.likelihood]) : '—'} <LightTag light={mon.light} />
                    {mon.cause.kind && <span>{m(M.cause)}：{m(MONITORING_LABELS.cause[mon.cause.kind])} {mon.cause.text}</span>}
                    {mon.measure && <span>；{m(M.measure)}：{mon.measure}</span>}
                  </span>
                ) : (
                  <span className="jx-muted">{m(M.noMonitoring)}</span>
                )}
              </div>
              {factual.filter((f) => rowOf(f.path) === b.index).map((f, k) => (
                <div key={k} className="jx-error" data-testid={`beside-${b.index}-finding`} data-rule={f.ruleId}>
                  ⚠ {m(f.message)}
                </div>
              ))}
              {b.earlier.length > 0 && (
                <div className="jx-muted">
                  {m(M.earlier)}：{b.earlier.map((r) => `${r.year} ${r.target || '—'}/${r.actual || '—'}`).join('；')}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
