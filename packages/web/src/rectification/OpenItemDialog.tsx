/** 下达整改: finance opens an item on a form, from one of its findings, a 复核 row, or in its own words. */
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { RectSource } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { FormResource } from '../api/types';
import { R } from './msgs';

interface Props {
  open: boolean;
  /** The form to start from (the list's ?formId=), else the user types its number. */
  formId?: number;
  /** A finding to start from ("rule-id@path", the editor's 下达整改). */
  initialRef?: string;
  onClose(): void;
  onOpened(item: api.RectItem): void;
}

/** The dialog: choose the source; the finding's message fills 存在问题. */
export function OpenItemDialog({ open, formId: initial, initialRef, onClose, onOpened }: Props) {
  const { m } = useI18n();
  const [formId, setFormId] = useState<number | null>(initial ?? null);
  const [form, setForm] = useState<FormResource | null>(null);
  const [source, setSource] = useState<RectSource>('finding');
  const [ref, setRef] = useState<string | undefined>();
  const [what, setWhat] = useState('');
  const [action, setAction] = useState('');
  const [deadline, setDeadline] = useState('');
  const [pub, setPub] = useState(false);
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setFormId(initial ?? null), [initial]);
  useEffect(() => {
    setForm(null);
    setRef(undefined);
    if (!formId) return;
    const ctl = new AbortController();
    void api.getForm(String(formId), ctl.signal).then((r) => {
      if (!r.ok) return;
      setForm(r.value);
      // The finding the editor was showing, when the stored form has it (its findings as stored decide).
      const f = initialRef ? r.value.findings.find((x) => `${x.ruleId}@${x.path}` === initialRef) : undefined;
      if (f) {
        setSource('finding');
        setRef(initialRef);
        setWhat(m(f.message));
      }
    });
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formId, initialRef]);

  const findings = form?.findings ?? [];
  const reviewRows = Object.entries(form?.financeReview?.scores ?? {});
  const pick = (v: string) => {
    setRef(v);
    if (source === 'finding') {
      const f = findings.find((x) => `${x.ruleId}@${x.path}` === v);
      if (f) setWhat(m(f.message));
    } else {
      const row = form?.financeReview?.scores[v];
      if (row) setWhat(row.reason);
    }
  };
  const submit = async () => {
    if (!formId) return;
    setBusy(true);
    const r = await api.openRectification({ formId, source, sourceRef: source === 'manual' ? undefined : ref, what, requiredAction: action, deadline, public: pub });
    setBusy(false);
    if (!r.ok) return setErr(m(r.error.message) + (r.error.path ? ` (${r.error.path})` : ''));
    setErr(null);
    setWhat('');
    setAction('');
    onOpened(r.value);
  };
  const rowName = (key: string) => (key === 'funds' ? m({ zh: '年度资金总额（预算执行率）', en: 'funds (execution)' }) : form?.evaluation.indicators[Number(key)]?.name ?? key);

  return (
    <Modal open={open} title={m(R.open)} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} okButtonProps={{ id: 'rect-open-ok', disabled: !formId || !what.trim() || !action.trim() || !deadline || (source !== 'manual' && !ref) }} width={640} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={m(R.formId)}>
          <InputNumber min={1} value={formId ?? undefined} onChange={(v) => setFormId(v ?? null)} data-testid="rect-form-id" aria-label={m(R.formId)} style={{ width: 160 }} />
          {form && <span className="jx-muted" style={{ marginLeft: 8 }}>{form.projectName} · {form.orgName}</span>}
        </Form.Item>
        <Form.Item label={m(R.source)}>
          <Radio.Group value={source} onChange={(e) => { setSource(e.target.value); setRef(undefined); }} data-testid="rect-source">
            <Radio value="finding">{m(R.sourceFinding)}</Radio>
            <Radio value="review" disabled={!reviewRows.length}>{m(R.sourceReview)}</Radio>
            <Radio value="manual">{m(R.sourceManual)}</Radio>
          </Radio.Group>
        </Form.Item>
        {source !== 'manual' && (
          <Form.Item label={m(source === 'finding' ? R.pickFinding : R.pickReview)}>
            <Select
              value={ref}
              onChange={pick}
              data-testid="rect-ref"
              aria-label={m(source === 'finding' ? R.pickFinding : R.pickReview)}
              options={source === 'finding'
                ? findings.map((f) => ({ value: `${f.ruleId}@${f.path}`, label: `${f.path} · ${m(f.message)}` }))
                : reviewRows.map(([k, v]) => ({ value: k, label: `${rowName(k)} · ${v.score ?? '—'} · ${v.reason}` }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        )}
        <Form.Item label={m(R.what)} required>
          <Input.TextArea rows={2} value={what} onChange={(e) => setWhat(e.target.value)} data-testid="rect-what" aria-label={m(R.what)} maxLength={5000} />
        </Form.Item>
        <Form.Item label={m(R.requiredAction)} required>
          <Input.TextArea rows={2} value={action} onChange={(e) => setAction(e.target.value)} data-testid="rect-action" aria-label={m(R.requiredAction)} maxLength={5000} />
        </Form.Item>
        <Form.Item label={m(R.deadline)} required>
          <input type="date" className="ant-input" value={deadline} onChange={(e) => setDeadline(e.target.value)} data-testid="rect-deadline" aria-label={m(R.deadline)} style={{ width: 180 }} />
        </Form.Item>
        <Checkbox checked={pub} onChange={(e) => setPub(e.target.checked)} data-testid="rect-public">{m(R.publish)}</Checkbox>
        {err && <Alert type="error" showIcon title={err} style={{ marginTop: 12 }} />}
      </Form>
    </Modal>
  );
}
