/**
 * 复核 by a panel, on the editor: a panel member working on its assignment fills the checklist
 * (核查要点) and re-scores the indicators (score and reason, as finance's own review); finance sees
 * the panel's submitted result beside the form. Loaded only for panel and finance roles.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, InputNumber, Space, Table, Tag, message } from 'antd';
import type { Evaluation, FinanceReviewScores } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import type { Assignment, ChecklistDef, ChecklistItem } from '../api/sampling';
import { ASSIGNMENT_STATUS, M } from './msgs';

export default function PanelReview({ formId, ev }: { formId: number; ev: Evaluation }) {
  const { m } = useI18n();
  const { user } = useSession();
  const [data, setData] = useState<{ items: Assignment[]; checklist: ChecklistDef[] } | null>(null);
  const load = () => api.listAssignments(formId).then((r) => r.ok && setData(r.value));
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formId]);
  if (!data || data.items.length === 0) return null;
  return (
    <div className="jx-panel-review" data-testid="panel-review">
      {data.items.map((a) =>
        a.userId === user?.id && a.active && (a.status === 'assigned' || a.status === 'returned') ? (
          <PanelWork key={a.id} a={a} defs={data.checklist} ev={ev} onDone={() => void load()} />
        ) : (
          <Card key={a.id} size="small" title={`${m(M.panelResult)} · ${a.userName ?? ''}`} extra={<Tag>{m(ASSIGNMENT_STATUS[a.status])}</Tag>} style={{ marginTop: 8 }}>
            <ChecklistView defs={data.checklist} items={a.checklist} />
            {a.result && (
              <p>
                {m(M.panelTotal)} <b>{a.result.total}</b>（{a.result.grade}）{a.result.comment && ` · ${a.result.comment}`}
              </p>
            )}
            {a.decisionReason && <p>{m(M.decisionReason)}：{a.decisionReason}</p>}
          </Card>
        ),
      )}
    </div>
  );
}

function ChecklistView({ defs, items }: { defs: ChecklistDef[]; items: ChecklistItem[] }) {
  const { m } = useI18n();
  return (
    <ul style={{ paddingLeft: 16, margin: 0 }}>
      {defs.map((d) => {
        const it = items.find((i) => i.key === d.key);
        return (
          <li key={d.key}>
            {it?.checked ? '☑' : '☐'} {m(d.label)}
            {it?.notes && <span className="jx-muted">：{it.notes}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function PanelWork({ a, defs, ev, onDone }: { a: Assignment; defs: ChecklistDef[]; ev: Evaluation; onDone(): void }) {
  const { m } = useI18n();
  const [items, setItems] = useState<ChecklistItem[]>(defs.map((d) => a.checklist.find((i) => i.key === d.key) ?? { key: d.key, checked: false, notes: '' }));
  const [scores, setScores] = useState<FinanceReviewScores>(a.result?.scores ?? {});
  const [comment, setComment] = useState(a.result?.comment ?? '');
  const [error, setError] = useState<string | null>(null);
  const setItem = (key: string, patch: Partial<ChecklistItem>) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const setScore = (i: number, patch: Partial<{ score: number | null; reason: string }>) =>
    setScores((s) => {
      const cur = s[String(i)] ?? { score: null, reason: '' };
      return { ...s, [String(i)]: { ...cur, ...patch } };
    });
  const save = async () => {
    const r = await api.saveChecklist(a.id, items);
    if (!r.ok) return setError(m(r.error.message));
    setError(null);
    message.success(m(M.saved));
  };
  const submit = async () => {
    const saved = await api.saveChecklist(a.id, items);
    if (!saved.ok) return setError(m(saved.error.message));
    // Rows left without a panel score keep the unit's.
    const given = Object.fromEntries(Object.entries(scores).filter(([, s]) => s.score !== null || s.reason.trim()));
    const r = await api.submitPanel(a.id, given, comment || undefined);
    if (!r.ok) return setError(m(r.error.message));
    message.success(m(M.submitted));
    onDone();
  };
  return (
    <Card size="small" title={`${m(M.checklist)} · ${m(M.period)} ${a.from} — ${a.to}`} style={{ marginTop: 8 }} data-testid="panel-work">
      {a.status === 'returned' && a.decisionReason && <Alert type="warning" message={`${m(M.returnIt)}：${a.decisionReason}`} style={{ marginBottom: 8 }} />}
      {defs.map((d) => {
        const it = items.find((i) => i.key === d.key)!;
        return (
          <div key={d.key} style={{ marginBottom: 6 }}>
            <Checkbox checked={it.checked} onChange={(e) => setItem(d.key, { checked: e.target.checked })} data-testid={`check-${d.key}`}>
              {m(d.label)}
            </Checkbox>
            <Input size="small" value={it.notes} placeholder={m(M.notes)} aria-label={`${m(d.label)} ${m(M.notes)}`} onChange={(e) => setItem(d.key, { notes: e.target.value })} />
          </div>
        );
      })}
      <Button onClick={() => void save()} data-testid="save-checklist">{m(M.saveChecklist)}</Button>
      <h4 style={{ marginTop: 12 }}>{m(M.rescore)}</h4>
      <Table
        size="small"
        pagination={false}
        rowKey="i"
        dataSource={ev.indicators.map((ind, i) => ({ ind, i })).filter((x) => x.ind.weight !== null)}
        columns={[
          { title: m(M.indicator), render: (_, x) => x.ind.name },
          { title: m(M.weight), render: (_, x) => x.ind.weight, width: 60 },
          { title: m(M.claimed), render: (_, x) => x.ind.score, width: 70 },
          {
            title: m(M.panelScore),
            width: 100,
            render: (_, x) => (
              <InputNumber size="small" min={0} max={x.ind.weight ?? undefined} value={scores[String(x.i)]?.score ?? null} onChange={(v) => setScore(x.i, { score: v })} aria-label={`${x.ind.name} ${m(M.panelScore)}`} data-testid={`panel-score-${x.i}`} />
            ),
          },
          {
            title: m(M.reason),
            render: (_, x) => <Input size="small" value={scores[String(x.i)]?.reason ?? ''} onChange={(e) => setScore(x.i, { reason: e.target.value })} aria-label={`${x.ind.name} ${m(M.reason)}`} data-testid={`panel-reason-${x.i}`} />,
          },
        ]}
      />
      <Input.TextArea style={{ marginTop: 8 }} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={m(M.panelComment)} aria-label={m(M.panelComment)} rows={2} />
      {error && <Alert type="error" message={error} style={{ marginTop: 8 }} />}
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" onClick={() => void submit()} data-testid="panel-submit">{m(M.submit)}</Button>
      </Space>
    </Card>
  );
}
