/** Comments on the form or on one indicator (GET/POST /api/forms/:id/comments). */
import { useState } from 'react';
import { Button, Empty, Input, Select, Space } from 'antd';
import type { Evaluation } from '@jixiao/core';
import { useI18n } from '../i18n';
import type { CommentEntry } from '../api/types';
import { focusPath } from './FindingsPanel';
import { pathLabel, timeText } from './labels';

interface Props {
  comments: CommentEntry[];
  ev: Evaluation;
  target: number | null;
  onTarget(i: number | null): void;
  onSend(text: string, indicator: number | null): Promise<boolean>;
}

/** Comment list and composer. */
export function CommentsPanel({ comments, ev, target, onTarget, onSend }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!text.trim()) return;
    setBusy(true);
    if (await onSend(text.trim(), target)) setText('');
    setBusy(false);
  };
  return (
    <div className="jx-comments">
      {comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noData')} />
      ) : (
        <ul data-testid="comments">
          {comments.map((c, k) => (
            <li key={c.id ?? k}>
              <div className="jx-comment-meta">
                <b>{c.userName ?? c.author ?? String(c.by ?? '')}</b> <span className="jx-muted">{timeText(c.at ?? c.createdAt)}</span>
                {typeof c.indicator === 'number' && (
                  <button type="button" className="jx-link" onClick={() => focusPath(`indicators[${c.indicator}]`)}>
                    {pathLabel(`indicators[${c.indicator}]`, ev, i18n)}
                  </button>
                )}
              </div>
              <div className="jx-comment-text">{c.text}</div>
            </li>
          ))}
        </ul>
      )}
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select
          size="small"
          style={{ width: '100%' }}
          value={target ?? -1}
          onChange={(v) => onTarget(v === -1 ? null : v)}
          options={[{ value: -1, label: t('wholeForm') }, ...ev.indicators.map((_, i) => ({ value: i, label: pathLabel(`indicators[${i}]`, ev, i18n) }))]}
        />
        <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} rows={3} placeholder={t('addComment')} data-testid="comment-text" />
        <Button type="primary" size="small" onClick={send} loading={busy} disabled={!text.trim()} data-testid="comment-send">
          {t('send')}
        </Button>
      </Space>
    </div>
  );
}
