/**
 * An import in progress: each file (waiting, reading, read, failed) and, inside a PDF, the page
 * being read or recognised (OCR), polled from the server while the import request is open, with a
 * button that cancels it (the server stops the work and saves nothing).
 */
import { useEffect, useState } from 'react';
import { Button, Progress, Space, Tag } from 'antd';
import type { Msg } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { ImportFileProgress, ImportRunView } from '../api';

const TEXT = {
  title: { zh: '正在导入', en: 'Importing' },
  uploading: { zh: '正在上传文件…', en: 'Uploading the files…' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  cancel: { zh: '取消导入', en: 'Cancel import' },
  cancelling: { zh: '正在取消…', en: 'Cancelling…' },
  cancelled: { zh: '导入已取消，未保存任何内容', en: 'Import cancelled; nothing was saved' },
  waiting: { zh: '等待', en: 'waiting' },
  reading: { zh: '读取中', en: 'reading' },
  done: { zh: '已读取', en: 'read' },
  failed: { zh: '失败', en: 'failed' },
} satisfies Record<string, Msg>;

/** What the page shows when an import came back cancelled. */
export const CANCELLED_TEXT: Msg = TEXT.cancelled;

const COLOR: Record<ImportFileProgress['state'], string | undefined> = { waiting: undefined, reading: 'processing', done: 'success', failed: 'error' };

function stageText(f: ImportFileProgress): Msg | null {
  if (f.state !== 'reading' || f.done === undefined || !f.total) return null;
  if (f.stage === 'ocr') return { zh: `OCR识别第 ${f.done}/${f.total} 页`, en: `OCR: ${f.done} of ${f.total} pages` };
  return { zh: `已读取 ${f.done}/${f.total} 页`, en: `${f.done} of ${f.total} pages read` };
}

/** How often the server is asked where the import is. */
const POLL_MS = 400;

/** Follows run `run` while its import request is open. */
export function ImportProgress({ run }: { run: string }) {
  const { m } = useI18n();
  const [view, setView] = useState<ImportRunView | null>(null);
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => {
    const ac = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const r = await api.importProgress(run, ac.signal);
      if (ac.signal.aborted) return;
      if (r.ok) setView(r.value);
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      ac.abort();
      clearTimeout(timer);
    };
  }, [run]);
  const cancel = async () => {
    setCancelling(true);
    await api.cancelImport(run);
  };
  const state = view?.state ?? 'uploading';
  return (
    <div className="jx-import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <Space style={{ marginBottom: 8 }}>
        <b>{m(TEXT.title)}</b>
        {state === 'uploading' && <span>{m(TEXT.uploading)}</span>}
        {state === 'saving' && <span>{m(TEXT.saving)}</span>}
        <Button danger size="small" onClick={() => void cancel()} loading={cancelling} disabled={state === 'saving'} data-testid="import-cancel">
          {m(cancelling ? TEXT.cancelling : TEXT.cancel)}
        </Button>
      </Space>
      <ul className="jx-import-files">
        {(view?.files ?? []).map((f, i) => {
          const stage = stageText(f);
          return (
            <li key={i} data-testid="import-file-progress" data-state={f.state}>
              <Space wrap>
                <span>{f.name}</span>
                <Tag color={COLOR[f.state]}>{m(TEXT[f.state])}</Tag>
                {stage && <span data-testid="import-page-progress">{m(stage)}</span>}
              </Space>
              {stage && <Progress percent={Math.round((100 * (f.done ?? 0)) / (f.total ?? 1))} size="small" showInfo={false} aria-label={m(stage)} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
