/**
 * The 佐证材料 viewer: an image in an <img>, a PDF in a frame of the form's own evidence route
 * (`?inline=1`: the one API answer the app may frame, see server headers.ts), one file at a time
 * with the previous and next of the form's viewable files. Nothing is fetched into blob: URLs, so
 * the app's CSP needs no blob: frames.
 */
import { Button, Modal, Space } from 'antd';
import * as api from '../api';
import type { EvidenceItem } from '../api';
import { useI18n } from '../i18n';
import { M } from './msgs';

interface Props {
  formId: string;
  item: EvidenceItem;
  /** The files that can be shown, in list order (for previous and next). */
  items: EvidenceItem[];
  onItem(it: EvidenceItem): void;
  onClose(): void;
}

export function EvidenceViewer({ formId, item, items, onItem, onClose }: Props) {
  const { m } = useI18n();
  const kind = api.previewable(item.mime);
  const src = api.evidenceUrl(formId, item.id, true);
  const at = items.findIndex((x) => x.id === item.id);
  return (
    <Modal
      open
      title={<span data-testid="evidence-viewer-title">{item.name}</span>}
      onCancel={onClose}
      width="min(960px, 96vw)"
      footer={
        <Space>
          <Button disabled={at <= 0} onClick={() => onItem(items[at - 1])}>‹</Button>
          <Button disabled={at < 0 || at >= items.length - 1} onClick={() => onItem(items[at + 1])}>›</Button>
          <a href={api.evidenceUrl(formId, item.id, false)} download={item.name}>{m(M.download)}</a>
          <Button type="primary" onClick={onClose}>{m(M.close)}</Button>
        </Space>
      }
    >
      <div className="jx-evidence-viewer" data-testid="evidence-viewer">
        {kind === 'image' ? (
          <img src={src} alt={item.name} data-testid="evidence-image" />
        ) : kind === 'pdf' ? (
          <iframe src={src} title={item.name} data-testid="evidence-pdf" />
        ) : (
          <p>{m(M.noPreview)}</p>
        )}
      </div>
    </Modal>
  );
}
