/** The editor's toolbar: status, save, workflow transitions allowed for the role, exports. */
import { useState } from 'react';
import { Button, Dropdown, Input, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import { DeleteOutlined, DownloadOutlined, PrinterOutlined, RollbackOutlined, SaveOutlined, UnlockOutlined } from '@ant-design/icons';
import { listTemplates, RECTIFYING_LABEL, type Allowed, type FormStatus } from '@jixiao/core';
import { useI18n } from '../i18n';
import { formExportUrl } from '../api';
import type { Action, FormResource } from '../api/types';
import { Link } from '../router';

export const EXPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'html', 'csv', 'json', 'text'] as const;

export const STATUS_COLOR: Record<FormStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  dept_approved: 'cyan',
  finance_reviewed: 'purple',
  published: 'success',
};

interface Props {
  form: FormResource;
  role: string;
  template: string;
  onTemplate(id: string): void;
  /** What the user may do to the form now (core's allowedActions). */
  can: Allowed;
  dirty: boolean;
  saving: boolean;
  reviewMode: boolean;
  onSave(): void;
  onTransition(action: Action, comment?: string): void;
  onReviewMode(on: boolean): void;
  onSaveReview(comment: string): void;
  /** Delete the form (a draft); shown only when `canDelete`. */
  canDelete?: boolean;
  /** Finance has set the template for this organisation and year: the unit cannot change it. */
  templateLocked?: boolean;
  onDelete?(): void;
}

/** Toolbar above the paper form. */
export function WorkflowBar(p: Props) {
  const { t, m } = useI18n();
  const [ask, setAsk] = useState<null | 'return' | 'unlock' | 'unlock-targets' | 'review'>(null);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const required = ask === 'return' || ask === 'unlock' || ask === 'unlock-targets';
  // A department takes back its own approval (撤销审核); finance and admins reopen a form (解锁).
  const unlockLabel = p.form.status === 'dept_approved' && p.role === 'dept_reviewer' ? t('withdrawApproval') : t('unlock');
  const titles = { return: t('returnReason'), review: t('reviewComment'), unlock: t('unlockReason', { action: unlockLabel }), 'unlock-targets': t('unlockReason', { action: t('unlockTargets') }) };
  const confirm = () => {
    setTried(true);
    if (required && !comment.trim()) return;
    if (ask === 'review') p.onSaveReview(comment.trim());
    else if (ask) p.onTransition(ask, comment.trim());
    setAsk(null);
    setComment('');
    setTried(false);
  };
  return (
    <div className="jx-toolbar">
      <Space wrap>
        <Tag color={STATUS_COLOR[p.form.status]} data-testid="form-status">
          {t(`status_${p.form.status}`)}
        </Tag>
        {(p.form.openRectification ?? 0) > 0 && (
          <Link to={`/rectification?formId=${p.form.id}`}>
            <Tag color="volcano" data-testid="form-rectifying">{m(RECTIFYING_LABEL)}</Tag>
          </Link>
        )}
        <span className="jx-muted" data-testid="form-version">
          {t('version', { v: p.form.version })}
        </span>
        {p.dirty && <Tag color="warning">{t('unsaved')}</Tag>}
        <span className="jx-muted">{t('template')}</span>
        <Select
          size="small"
          value={p.template}
          disabled={!p.can.edit || p.templateLocked}
          onChange={p.onTemplate}
          style={{ minWidth: 200 }}
          options={listTemplates().map((tp) => ({ value: tp.id, label: m(tp.name) }))}
          data-testid="template-select"
          aria-label={t('template')}
        />
      </Space>
      <Space wrap>
        {p.can.edit && (
          <Button icon={<SaveOutlined />} onClick={p.onSave} loading={p.saving} disabled={!p.dirty} data-testid="save" title={t('saveShortcut')}>
            {t('save')}
          </Button>
        )}
        {p.can.submit && (
          <Button type="primary" onClick={() => p.onTransition('submit')} data-testid="submit">
            {t('submit')}
          </Button>
        )}
        {p.can.withdraw && (
          <Popconfirm title={t('withdrawConfirm')} okText={t('withdraw')} cancelText={t('cancel')} onConfirm={() => p.onTransition('withdraw')} okButtonProps={{ id: 'confirm-withdraw' }}>
            <Button icon={<RollbackOutlined />} data-testid="withdraw">
              {t('withdraw')}
            </Button>
          </Popconfirm>
        )}
        {p.canDelete && p.onDelete && (
          <Popconfirm title={t('deleteConfirm')} okText={t('delete')} okButtonProps={{ danger: true, id: 'confirm-delete' }} cancelText={t('cancel')} onConfirm={p.onDelete}>
            <Button danger icon={<DeleteOutlined />} data-testid="delete-form">
              {t('delete')}
            </Button>
          </Popconfirm>
        )}
        {p.can.return && (
          <Button danger onClick={() => setAsk('return')} data-testid="return">
            {t('returnForm')}
          </Button>
        )}
        {p.can.approve && (
          <Button type="primary" onClick={() => p.onTransition('approve')} data-testid="approve">
            {t('approve')}
          </Button>
        )}
        {p.can['finance-review'] && !p.reviewMode && (
          <Button onClick={() => p.onReviewMode(true)} data-testid="finance-review">
            {t('financeReview')}
          </Button>
        )}
        {p.reviewMode && (
          <Button type="primary" onClick={() => setAsk('review')} data-testid="save-review">
            {t('saveReview')}
          </Button>
        )}
        {p.can.publish && !p.reviewMode && (
          <Button type="primary" onClick={() => p.onTransition('publish')} data-testid="publish">
            {t('publish')}
          </Button>
        )}
        {p.can.unlock && (
          <Button onClick={() => setAsk('unlock')} data-testid="unlock">
            {unlockLabel}
          </Button>
        )}
        {p.can['unlock-targets'] && (
          <Button icon={<UnlockOutlined />} onClick={() => setAsk('unlock-targets')} data-testid="unlock-targets">
            {t('unlockTargets')}
          </Button>
        )}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-form">
          {t('print')}
        </Button>
        <Dropdown
          menu={{
            items: EXPORT_FORMATS.map((f) => ({
              key: f,
              label: (
                <a href={formExportUrl(p.form.id, f)} download data-testid={`export-${f}`}>
                  {f.toUpperCase()}
                </a>
              ),
            })),
          }}
        >
          <Button icon={<DownloadOutlined />} data-testid="export">
            {t('export')}
          </Button>
        </Dropdown>
      </Space>
      <Modal
        open={ask !== null}
        title={ask ? titles[ask] : ''}
        onOk={confirm}
        onCancel={() => setAsk(null)}
        okButtonProps={{ id: 'confirm-action' }}
      >
        <Input.TextArea
          rows={4}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          status={tried && required && !comment.trim() ? 'error' : undefined}
          data-testid="action-comment"
        />
        {tried && required && !comment.trim() && <div className="jx-error-text">{ask === 'return' ? t('commentRequired') : t('reasonRequired')}</div>}
      </Modal>
    </div>
  );
}
