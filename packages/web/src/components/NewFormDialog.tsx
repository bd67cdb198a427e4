/**
 * 新建表单: ask the year and the project first, show the template finance set for the unit and
 * year (the unit does not choose it), and start from the template's indicator skeleton.
 */
import { useEffect, useState } from 'react';
import { Checkbox, Form, Input, Modal, Select, Tag } from 'antd';
import { emptyEvaluation, getTemplate, type Evaluation } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import { useLatest } from '../api/latest';
import type { EffectiveSettings } from '../api/settings';
import { templateSkeleton } from '../editor/skeleton';
import { yearOptions } from './filters';

interface Props {
  open: boolean;
  defaultYear: number;
  onCancel(): void;
  /** Create the form; resolves when the server answered (the dialog stays open on failure). */
  onCreate(ev: Evaluation): Promise<void>;
}

/** The new-form dialog. */
export function NewFormDialog({ open, defaultYear, onCancel, onCreate }: Props) {
  const { t, m } = useI18n();
  const [year, setYear] = useState(defaultYear);
  const [projectName, setProjectName] = useState('');
  const [skeleton, setSkeleton] = useState(true);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const latest = useLatest();
  useEffect(() => {
    if (!open) return;
    setSettings(null);
    void latest.run((signal) => api.getEffectiveSettings(year, undefined, signal)).then((r) => r?.ok && setSettings(r.value));
  }, [open, year, latest]);

  const template = settings ? getTemplate(settings.template.value) : undefined;
  const ok = async () => {
    setTried(true);
    if (!projectName.trim() || !settings) return;
    const ev = emptyEvaluation(year, settings.template.value);
    setBusy(true);
    await onCreate({ ...ev, projectName: projectName.trim(), indicators: skeleton ? templateSkeleton(template) : [] });
    setBusy(false);
  };
  return (
    <Modal open={open} title={t('newForm')} onOk={() => void ok()} onCancel={onCancel} okText={t('create')} cancelText={t('cancel')} confirmLoading={busy} okButtonProps={{ id: 'new-form-ok', disabled: !settings }} destroyOnHidden>
      <Form layout="vertical" data-testid="new-form-dialog">
        <Form.Item label={t('year')} htmlFor="new-form-year">
          <Select id="new-form-year" value={year} onChange={setYear} options={yearOptions().map((y) => ({ value: y, label: t('formYear', { year: y }) }))} data-testid="new-form-year" />
        </Form.Item>
        <Form.Item label={t('projectName')} htmlFor="new-form-project" required validateStatus={tried && !projectName.trim() ? 'error' : undefined} help={tried && !projectName.trim() ? t('projectRequired') : undefined}>
          <Input id="new-form-project" value={projectName} onChange={(e) => setProjectName(e.target.value)} maxLength={300} data-testid="new-form-project" />
        </Form.Item>
        <Form.Item label={t('template')}>
          <div data-testid="new-form-template">
            {settings ? (
              <>
                <b>{template ? m(template.name) : settings.template.value}</b>{' '}
                <Tag>{settings.template.orgId === null ? t('templateDefault') : t('templateByFinance')}</Tag>
              </>
            ) : (
              '…'
            )}
          </div>
        </Form.Item>
        <Checkbox checked={skeleton} onChange={(e) => setSkeleton(e.target.checked)} id="new-form-skeleton">
          {t('startFromSkeleton')}
        </Checkbox>
      </Form>
    </Modal>
  );
}
