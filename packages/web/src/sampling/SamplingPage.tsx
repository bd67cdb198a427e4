/**
 * The route /sampling (抽查复核). Finance sees the risk ranking of its scope with each form's
 * reasons, draws a sample (top N plus a random count with a recorded seed), adds or removes forms
 * by hand with a reason, assigns sampled forms to panel reviewers for a period and accepts or
 * returns their results. A panel expert sees the forms assigned to it, while the period runs.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Empty, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, message } from 'antd';
import { signalTitle, type Msg } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import type { Assignment, RankedForm, Sample, SampleSummary } from '../api/sampling';
import type { UserEntry } from '../api/admin';
import { Link, navigate, useLocation } from '../router';
import { ASSIGNMENT_STATUS, M, WAY } from './msgs';

const WAY_COLOR = { top: 'red', random: 'blue', added: 'purple' } as const;
// The reviewer's calendar day (the browser's own zone), not UTC's: a period typed for today starts today.
const day = (offset: number) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export default function SamplingPage() {
  const { m } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const year = Number(search.get('year')) || new Date().getFullYear() - 1;
  const setYear = (y: number | null) => y && navigate(`/sampling?year=${y}`, { replace: true });
  const finance = user?.role === 'finance_reviewer' || user?.role === 'admin';
  return (
    <div className="jx-sampling" data-testid="sampling">
      <Space align="center" wrap>
        <h2 style={{ margin: 0 }}>{m(M.title)}</h2>
        {finance && (
          <label>
            {m(M.year)} <InputNumber min={1990} max={2100} value={year} onChange={setYear} aria-label={m(M.year)} data-testid="sampling-year" />
          </label>
        )}
      </Space>
      {finance ? <FinanceView year={year} /> : <MyAssignments />}
    </div>
  );
}

/** The expert's (or any panel member's) list of its running assignments. */
function MyAssignments() {
  const { m } = useI18n();
  const [items, setItems] = useState<Assignment[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    void api.listAssignments(undefined, ac.signal).then((r) => (r.ok ? setItems(r.value.items) : r.error.code !== 'aborted' && setError(m(r.error.message))));
    return () => ac.abort();
  }, [m]);
  return (
    <Card title={m(M.mine)} style={{ marginTop: 12 }}>
      {error && <Alert type="error" message={error} />}
      <Table
        data-testid="my-assignments"
        rowKey="id"
        loading={items === null && !error}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={m(M.mineEmpty)} /> }}
        columns={[
          { title: m(M.project), render: (_, a) => <Link to={`/forms/${a.formId}`}>{a.form?.projectName}</Link> },
          { title: m(M.department), render: (_, a) => a.form?.department },
          { title: m(M.implementer), render: (_, a) => a.form?.implementer },
          { title: m(M.period), render: (_, a) => `${a.from} — ${a.to}` },
          {
            title: m(M.status),
            render: (_, a) => (
              <span data-testid={`my-status-${a.id}`}>
                <Tag>{m(ASSIGNMENT_STATUS[a.status])}</Tag>
                {a.status === 'returned' && a.decisionReason && <span className="jx-muted">{m(M.returnIt)}：{a.decisionReason}</span>}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}

function Reasons({ f }: { f: RankedForm }) {
  const { m, lang } = useI18n();
  if (f.signals.length === 0) return <span className="jx-muted">{m(M.noReasons)}</span>;
  return (
    <ul className="jx-reasons" style={{ margin: 0, paddingLeft: 16 }}>
      {f.signals.map((s) => (
        <li key={s.signalId} data-signal={s.signalId}>
          <b>{signalTitle(s.signalId, lang)} +{s.points}</b>
          {lang === 'zh' ? '：' : ': '}
          {m(s.message)}
        </li>
      ))}
    </ul>
  );
}

/** Ask for the reason of a manual change (required) and run it. */
function useReasonModal() {
  const { m } = useI18n();
  const [ask, setAsk] = useState<{ title: string; required: Msg; run(reason: string): Promise<string | null> } | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ok = async () => {
    if (!ask) return;
    if (!reason.trim()) return setError(m(ask.required));
    const e = await ask.run(reason);
    if (e) setError(e);
    else setAsk(null);
  };
  const node = (
    <Modal open={!!ask} title={ask?.title} onOk={() => void ok()} onCancel={() => setAsk(null)} destroyOnHidden>
      <Input.TextArea data-testid="reason" value={reason} onChange={(e) => setReason(e.target.value)} aria-label={m(M.reason)} placeholder={m(M.reason)} rows={3} />
      {error && <Alert type="error" message={error} style={{ marginTop: 8 }} />}
    </Modal>
  );
  return {
    node,
    /** `required`: what to say when no reason is given (a manual change's message unless told). */
    open(title: string, run: (reason: string) => Promise<string | null>, required: Msg = M.reasonRequired) {
      setReason('');
      setError(null);
      setAsk({ title, required, run });
    },
  };
}

function FinanceView({ year }: { year: number }) {
  const { m } = useI18n();
  const [ranking, setRanking] = useState<RankedForm[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [samples, setSamples] = useState<SampleSummary[]>([]);
  const [sample, setSample] = useState<Sample | null>(null);
  const [top, setTop] = useState(2);
  const [random, setRandom] = useState(1);
  const [seed, setSeed] = useState(`${year}-抽查-1`);
  const reasonModal = useReasonModal();

  useEffect(() => {
    const ac = new AbortController();
    setRanking(null);
    setError(null);
    void api.getRanking(year, undefined, ac.signal).then((r) => (r.ok ? setRanking(r.value.items) : r.error.code !== 'aborted' && setError(m(r.error.message))));
    void api.listSamples(year).then((r) => r.ok && setSamples(r.value.items));
    setSeed(`${year}-抽查-1`);
    return () => ac.abort();
  }, [year, m]);

  const show = async (id: number) => {
    const r = await api.getSample(id);
    if (r.ok) setSample(r.value);
  };
  const draw = async () => {
    const r = await api.drawSample({ year, top, random, seed });
    if (!r.ok) return void message.error(m(r.error.message));
    setSample(r.value);
    const list = await api.listSamples(year);
    if (list.ok) setSamples(list.value.items);
  };
  const inSample = new Set(sample?.picks ?? []);
  const change = (f: { formId: number; projectName: string }, op: 'add' | 'remove') =>
    reasonModal.open(`${m(op === 'add' ? M.addTitle : M.removeTitle)}：${f.projectName}`, async (reason) => {
      const r = await api.changeSample(sample!.id, op, f.formId, reason);
      if (!r.ok) return m(r.error.message);
      setSample(r.value);
      return null;
    });

  return (
    <>
      <Card title={m(M.ranking)} style={{ marginTop: 12 }} extra={<span className="jx-muted">{m(M.rankingHelp)}</span>}>
        {error && <Alert type="error" message={error} />}
        <Table
          data-testid="ranking"
          rowKey="formId"
          size="small"
          loading={ranking === null && !error}
          dataSource={ranking ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={m(M.empty)} /> }}
          columns={[
            { title: m(M.rank), dataIndex: 'rank', width: 60 },
            { title: m(M.score), dataIndex: 'score', width: 80, render: (v: number) => <b>{v}</b> },
            { title: m(M.project), render: (_, f) => <Link to={`/forms/${f.formId}`}>{f.projectName}</Link> },
            { title: m(M.department), dataIndex: 'department' },
            { title: m(M.implementer), dataIndex: 'implementer' },
            { title: m(M.claimed), dataIndex: 'claimed', width: 80 },
            { title: m(M.provenMax), dataIndex: 'provenMax', width: 100 },
            { title: m(M.reasons), render: (_, f) => <Reasons f={f} /> },
            {
              title: m(M.inSample),
              width: 110,
              render: (_, f) =>
                sample &&
                (inSample.has(f.formId) ? (
                  <Button size="small" danger onClick={() => change(f, 'remove')} data-testid={`remove-${f.formId}`}>{m(M.remove)}</Button>
                ) : (
                  <Button size="small" onClick={() => change(f, 'add')} data-testid={`add-${f.formId}`}>{m(M.add)}</Button>
                )),
            },
          ]}
        />
      </Card>
      <Card title={m(M.draw)} style={{ marginTop: 12 }}>
        <Space wrap align="end">
          <label>
            {m(M.top)} <InputNumber min={0} value={top} onChange={(v) => setTop(v ?? 0)} aria-label={m(M.top)} data-testid="draw-top" />
          </label>
          <label>
            {m(M.random)} <InputNumber min={0} value={random} onChange={(v) => setRandom(v ?? 0)} aria-label={m(M.random)} data-testid="draw-random" />
          </label>
          <label>
            {m(M.seed)} <Input value={seed} onChange={(e) => setSeed(e.target.value)} aria-label={m(M.seed)} data-testid="draw-seed" style={{ width: 200 }} />
          </label>
          <Button type="primary" onClick={() => void draw()} disabled={!seed.trim()} data-testid="draw">{m(M.drawButton)}</Button>
        </Space>
        <div className="jx-muted" style={{ marginTop: 4 }}>{m(M.seedHelp)}</div>
        {samples.length > 0 && (
          <div style={{ marginTop: 8 }}>
            {m(M.samples)}：{' '}
            <Select
              style={{ minWidth: 320 }}
              value={sample?.id}
              onChange={(id) => void show(id)}
              aria-label={m(M.samples)}
              options={samples.map((s) => ({ value: s.id, label: `#${s.id} · ${m(M.seed)} ${s.seed} · ${s.top}+${s.random}/${s.population} · ${s.createdAt.slice(0, 16).replace('T', ' ')}` }))}
            />
          </div>
        )}
      </Card>
      {sample && <SampleCard sample={sample} onChange={setSample} onReason={reasonModal.open} />}
      {reasonModal.node}
    </>
  );
}

function SampleCard({ sample, onChange, onReason }: { sample: Sample; onChange(s: Sample): void; onReason(title: string, run: (reason: string) => Promise<string | null>, required?: Msg): void }) {
  const { m } = useI18n();
  const [users, setUsers] = useState<UserEntry[]>([]);
  const [who, setWho] = useState<number | undefined>();
  const [from, setFrom] = useState(day(0));
  const [to, setTo] = useState(day(30));
  useEffect(() => {
    void api.listUsers().then((r) => r.ok && setUsers(r.value.filter((u) => (u.role === 'expert' || u.role === 'finance_reviewer') && !u.disabled)));
  }, []);
  const reload = async () => {
    const r = await api.getSample(sample.id);
    if (r.ok) onChange(r.value);
  };
  const assign = async (formId: number) => {
    if (!who) return;
    const r = await api.assignReviewer(sample.id, { formId, userId: who, from, to });
    if (!r.ok) return void message.error(m(r.error.message));
    await reload();
  };
  const decide = async (a: Assignment, decision: 'accept' | 'return', reason?: string) => {
    const r = await api.decidePanel(a.id, decision, reason);
    if (!r.ok) return m(r.error.message);
    await reload();
    return null;
  };
  const setPublic = async (a: Assignment, pub: boolean) => {
    const r = await api.setAssignmentPublic(a.id, pub);
    if (!r.ok) return void message.error(m(r.error.message));
    await reload();
  };
  return (
    <Card
      title={`${m(M.sample)} #${sample.id}`}
      style={{ marginTop: 12 }}
      data-testid="sample"
      extra={<span className="jx-muted">{m(M.seed)} {sample.seed} · {m(M.algorithm)} {sample.algorithm} · {m(M.population)} {sample.population} · {m(M.drawnBy)} {sample.createdBy}</span>}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        {m(M.reviewer)}
        <Select style={{ minWidth: 200 }} value={who} onChange={setWho} aria-label={m(M.reviewer)} data-testid="assign-user" options={users.map((u) => ({ value: u.id, label: `${u.name}（${u.username}）` }))} />
        {m(M.from)} <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-label={m(M.from)} style={{ width: 150 }} />
        {m(M.to)} <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-label={m(M.to)} style={{ width: 150 }} />
      </Space>
      <Table
        rowKey="formId"
        size="small"
        pagination={false}
        dataSource={sample.items}
        data-testid="sample-items"
        columns={[
          { title: m(M.rank), dataIndex: 'rank', width: 60 },
          { title: m(M.project), render: (_, i) => <Link to={`/forms/${i.formId}`}>{i.projectName}</Link> },
          { title: m(M.implementer), dataIndex: 'implementer' },
          {
            title: m(M.way),
            render: (_, i) => (
              <Space direction="vertical" size={0}>
                <Tag color={WAY_COLOR[i.way]}>{m(WAY[i.way])}</Tag>
                {i.added && <span className="jx-muted">{m(M.added)}：{i.added.reason}（{i.added.by}，{i.added.at.slice(0, 16).replace('T', ' ')}）</span>}
                {i.removed && <span className="jx-muted">{m(M.removed)}：{i.removed.reason}（{i.removed.by}，{i.removed.at.slice(0, 16).replace('T', ' ')}）</span>}
              </Space>
            ),
          },
          {
            title: m(M.assignments),
            render: (_, i) => (
              <Space direction="vertical" size={2}>
                {sample.assignments.filter((a) => a.formId === i.formId).map((a) => (
                  <div key={a.id} data-testid={`assignment-${a.id}`}>
                    {a.userName} · {a.from} — {a.to} · <Tag>{m(ASSIGNMENT_STATUS[a.status])}</Tag>
                    {a.result && <span>{m(M.panelTotal)} {a.result.total}</span>}
                    {a.status === 'returned' && a.decisionReason && <span className="jx-muted"> {m(M.returnIt)}：{a.decisionReason}</span>}
                    {a.status === 'submitted' && (
                      <Space size={4}>
                        <Button size="small" type="primary" onClick={() => void decide(a, 'accept').then((e) => { if (e) void message.error(e); })} data-testid={`accept-${a.id}`}>{m(M.accept)}</Button>
                        <Button size="small" onClick={() => onReason(m(M.returnTitle), (reason) => decide(a, 'return', reason), M.returnReasonRequired)} data-testid={`return-${a.id}`}>{m(M.returnIt)}</Button>
                      </Space>
                    )}
                    {a.status === 'accepted' && (
                      <Space size={4}>
                        <Switch size="small" checked={a.public} onChange={(v) => void setPublic(a, v)} aria-label={m(M.publish)} data-testid={`assignment-public-${a.id}`} />
                        {m(M.publish)}
                      </Space>
                    )}
                  </div>
                ))}
                {!i.removed && (
                  <Button size="small" disabled={!who} onClick={() => void assign(i.formId)} data-testid={`assign-${i.formId}`}>{m(M.assign)}</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
