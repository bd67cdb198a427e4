/** One 整改 item: what and by when, the answer and its files, the history; the steps the user may take now. */
import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Input, List, Space, Switch, Tag, Timeline } from 'antd';
import { RECT_STATUS_LABELS, rectActions } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import { Link } from '../router';
import { R } from './msgs';

// Solid dark tags (white text): antd's light green and gold tags fail axe's contrast check.
export const STATUS_COLOR = { open: 'error', answered: '#ad4e00', closed: '#237804' } as const;

/** The drawer; `onChanged` after every step so the list refreshes. */
export function ItemDrawer({ id, onClose, onChanged }: { id: number | null; onClose(): void; onChanged(): void }) {
  const { m } = useI18n();
  const { user } = useSession();
  const [item, setItem] = useState<api.RectDetail | null>(null);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<api.RectFile[]>([]);
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (itemId: number) => {
    const r = await api.getRectification(itemId);
    if (r.ok) setItem(r.value);
  };
  useEffect(() => {
    setItem(null);
    setText('');
    setFiles([]);
    setErr(null);
    if (id !== null) void load(id);
  }, [id]);

  const act = async (action: 'answer' | 'accept' | 'reopen') => {
    if (!item) return;
    setBusy(true);
    const r = await api.actOnRectification(item.id, { version: item.version, action, text: action === 'accept' ? undefined : text, evidence: action === 'answer' ? files.map((f) => f.id) : undefined });
    setBusy(false);
    if (!r.ok) return setErr(m(r.error.message));
    setErr(null);
    setText('');
    setFiles([]);
    await load(item.id);
    onChanged();
  };
  const upload = async (file: File) => {
    if (!item) return;
    const r = await api.uploadRectificationFile(item.id, file, file.name);
    if (!r.ok) return setErr(m(r.error.message));
    setFiles((f) => [...f, r.value]);
    await load(item.id);
  };
  const togglePublic = async (pub: boolean) => {
    if (!item) return;
    const r = await api.setRectificationPublic(item.id, pub);
    if (r.ok) {
      await load(item.id);
      onChanged();
    }
  };

  const allowed = item && user ? rectActions(user.role, item.status) : [];
  const fileName = (fid: number) => item?.evidence.find((f) => f.id === fid)?.name ?? `#${fid}`;
  return (
    <Drawer open={id !== null} onClose={onClose} size={620} title={item ? `${m(R.nav)} #${item.id}` : ''} data-testid="rect-drawer" destroyOnHidden>
      {item && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={m(R.form)}><Link to={`/forms/${item.formId}`}>{item.projectName ?? `#${item.formId}`}</Link></Descriptions.Item>
            <Descriptions.Item label={m(R.unit)}>{item.orgName}</Descriptions.Item>
            <Descriptions.Item label={m(R.source)}>{m(item.source === 'finding' ? R.sourceFinding : item.source === 'review' ? R.sourceReview : R.sourceManual)}{item.sourceRef ? ` · ${item.sourceRef}` : ''}</Descriptions.Item>
            <Descriptions.Item label={m(R.what)}>{item.what}</Descriptions.Item>
            <Descriptions.Item label={m(R.requiredAction)}>{item.requiredAction}</Descriptions.Item>
            <Descriptions.Item label={m(R.deadline)}>{item.deadline} {item.overdue && <Tag color="red">{m(R.overdue)}</Tag>}</Descriptions.Item>
            <Descriptions.Item label={m(R.status)}><Tag color={STATUS_COLOR[item.status]} data-testid="rect-status">{m(RECT_STATUS_LABELS[item.status])}</Tag></Descriptions.Item>
            {item.answer && <Descriptions.Item label={m(R.answer)}>{item.answer}</Descriptions.Item>}
            {item.answerEvidence.length > 0 && (
              <Descriptions.Item label={m(R.files)}>
                {item.answerEvidence.map((fid) => <div key={fid}><a href={api.rectificationFileUrl(item.id, fid, true)} target="_blank" rel="noreferrer">{fileName(fid)}</a></div>)}
              </Descriptions.Item>
            )}
            {item.reopenReason && item.status === 'open' && <Descriptions.Item label={m(R.lastReason)}>{item.reopenReason}</Descriptions.Item>}
          </Descriptions>
          {user?.role === 'finance_reviewer' && (
            <Space><Switch checked={item.public} onChange={(v) => void togglePublic(v)} data-testid="rect-public-switch" aria-label={m(R.publish)} />{m(R.publish)}</Space>
          )}
          {allowed.includes('answer') && (
            <div data-testid="rect-answer-box">
              <Input.TextArea rows={3} placeholder={m(R.answerPlaceholder)} value={text} onChange={(e) => setText(e.target.value)} data-testid="rect-answer-text" aria-label={m(R.answer)} />
              <div style={{ margin: '8px 0' }}>
                <label className="ant-btn ant-btn-default">
                  {m(R.addFile)}
                  <input type="file" hidden accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx" aria-label={m(R.addFile)} data-testid="rect-file" onChange={(e) => { const f = e.target.files?.[0]; if (f) void upload(f); e.target.value = ''; }} />
                </label>
                <List size="small" dataSource={files} renderItem={(f) => <List.Item data-testid="rect-file-item">{f.name}</List.Item>} />
              </div>
              <Button type="primary" loading={busy} disabled={!text.trim()} onClick={() => void act('answer')} data-testid="rect-submit-answer">{m(R.submitAnswer)}</Button>
            </div>
          )}
          {(allowed.includes('accept') || allowed.includes('reopen')) && (
            <div>
              {allowed.includes('reopen') && <Input.TextArea rows={2} placeholder={m(R.reopenReason)} value={text} onChange={(e) => setText(e.target.value)} data-testid="rect-reopen-text" aria-label={m(R.reopenReason)} style={{ marginBottom: 8 }} />}
              <Space>
                {allowed.includes('accept') && <Button type="primary" loading={busy} onClick={() => void act('accept')} data-testid="rect-accept">{m(R.accept)}</Button>}
                {allowed.includes('reopen') && <Button danger loading={busy} disabled={!text.trim()} onClick={() => void act('reopen')} data-testid="rect-reopen">{m(R.reopen)}</Button>}
              </Space>
            </div>
          )}
          {err && <Alert type="error" showIcon title={err} />}
          <div>
            <h4>{m(R.history)}</h4>
            <Timeline
              items={item.events.map((e) => ({
                key: e.id,
                content: (
                  <div data-testid="rect-event">
                    <b>{m(R.actions[e.action] ?? R.done)}</b> · {e.by ?? ''} · {e.at.slice(0, 16).replace('T', ' ')}
                    {e.text && <div className="jx-muted">{e.text}</div>}
                    {e.evidence.length > 0 && <div className="jx-muted">{e.evidence.map(fileName).join('、')}</div>}
                  </div>
                ),
              }))}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
}
