/**
 * 佐证材料 of a form in the editor: attach files to an indicator row or to the whole form (drop or
 * choose), list them by what they support, view images and PDFs in the page, download, remove.
 * Who may attach and remove is the server's rule (the form's edit rights, in an editable status);
 * the panel offers it only when the editor is editable, and shows the server's refusal otherwise.
 */
import { useState } from 'react';
import { App, Button, Empty, Popconfirm, Select, Space, Upload } from 'antd';
import { sizeText, type Evaluation, type Msg } from '@jixiao/core';
import * as api from '../api';
import type { EvidenceItem } from '../api';
import { useI18n } from '../i18n';
import { pathLabel } from '../editor/labels';
import { EvidenceViewer } from './EvidenceViewer';
import { ACCEPT, bilingual, fill, M, megabytes, precheck } from './msgs';

interface Props {
  formId: string;
  ev: Evaluation;
  items: EvidenceItem[];
  limits: { maxBytes: number; maxPerForm: number };
  editable: boolean;
  /** The indicator row new files go to (null: the whole form). */
  target: number | null;
  onTarget(i: number | null): void;
  /** Called after an upload or removal: the caller reloads the list (and the counts review uses). */
  onChanged(): void;
}

/** The evidence panel. */
export function EvidencePanel(p: Props) {
  const i18n = useI18n();
  const { m } = i18n;
  const { message } = App.useApp();
  const [errors, setErrors] = useState<Msg[]>([]);
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<EvidenceItem | null>(null);
  const label = (indicator: string | null) => (indicator === null ? m(M.wholeForm) : pathLabel(`indicators[${indicator}]`, p.ev, i18n));

  // Files one after another, each checked first; a refusal is listed and the others still go.
  const send = async (files: File[]) => {
    setBusy(true);
    const problems: Msg[] = [];
    let count = p.items.length;
    for (const file of files) {
      const pre = precheck(file, p.limits, count);
      if (pre) {
        problems.push(pre);
        continue;
      }
      const r = await api.uploadEvidence(p.formId, file, file.name, p.target);
      if (r.ok) {
        count++;
        message.success(m(fill(M.uploaded, { name: file.name })));
      } else problems.push(fill({ zh: `“{name}”：${r.error.message.zh}`, en: `“{name}”: ${r.error.message.en}` }, { name: file.name }));
    }
    setErrors(problems);
    setBusy(false);
    p.onChanged();
  };

  const remove = async (it: EvidenceItem) => {
    const r = await api.deleteEvidence(p.formId, it.id);
    if (r.ok) message.success(m(fill(M.removed, { name: it.name })));
    else setErrors([r.error.message]);
    p.onChanged();
  };

  // Grouped by what they support: the whole form first, then the rows in order.
  const groups = [...new Set(p.items.map((x) => x.indicator))].sort((a, b) => (a === null ? -1 : b === null ? 1 : Number(a) - Number(b)));
  return (
    <div className="jx-evidence" data-testid="evidence-panel">
      {p.editable ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label className="jx-evidence-target">
            {m(M.attachTo)}
            <Select
              size="small"
              style={{ width: '100%' }}
              value={p.target ?? -1}
              onChange={(v) => p.onTarget(v === -1 ? null : v)}
              data-testid="evidence-target"
              showSearch={{ optionFilterProp: 'label' }}
              options={[{ value: -1, label: m(M.wholeForm) }, ...p.ev.indicators.map((_, i) => ({ value: i, label: pathLabel(`indicators[${i}]`, p.ev, i18n) }))]}
            />
          </label>
          <Upload.Dragger
            multiple
            accept={ACCEPT}
            showUploadList={false}
            disabled={busy}
            // The panel sends the files itself (raw body, one request each), antd only picks them.
            beforeUpload={(_file, list) => {
              if (_file === list[0]) void send(list as unknown as File[]);
              return Upload.LIST_IGNORE;
            }}
          >
            <p data-testid="evidence-drop">{m(M.drop)}</p>
            <p className="jx-muted">{m(fill(M.accepted, { mb: megabytes(p.limits.maxBytes), n: p.limits.maxPerForm }))}</p>
          </Upload.Dragger>
        </Space>
      ) : (
        <p className="jx-muted">{m(M.readOnly)}</p>
      )}
      {errors.length > 0 && (
        <ul className="jx-evidence-errors" role="alert" data-testid="evidence-errors">
          {errors.map((e, k) => <li key={k}>{bilingual(e)}</li>)}
        </ul>
      )}
      {p.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m(M.none)} />
      ) : (
        groups.map((g) => (
          <section key={g ?? 'form'} className="jx-evidence-group">
            <h4>{label(g)}</h4>
            <ul data-testid="evidence-list">
              {p.items.filter((x) => x.indicator === g).map((it) => (
                <li key={it.id} data-testid="evidence-item">
                  <span className="jx-evidence-name" title={it.sha256}>{it.name}</span> <span className="jx-muted">{sizeText(it.size)}</span>
                  <span className="jx-evidence-actions">
                    {api.previewable(it.mime) ? (
                      <Button size="small" type="link" onClick={() => setViewing(it)} data-testid="evidence-view">{m(M.view)}</Button>
                    ) : null}
                    <a href={api.evidenceUrl(p.formId, it.id, false)} download={it.name}>{m(M.download)}</a>
                    {p.editable && (
                      <Popconfirm title={m(fill(M.removeConfirm, { name: it.name }))} okText={m(M.remove)} cancelText={m(M.cancel)} onConfirm={() => void remove(it)}>
                        <Button size="small" type="link" danger data-testid="evidence-remove">{m(M.remove)}</Button>
                      </Popconfirm>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {viewing && <EvidenceViewer formId={p.formId} item={viewing} items={p.items.filter((x) => api.previewable(x.mime))} onItem={setViewing} onClose={() => setViewing(null)} />}
    </div>
  );
}
