/**
 * 导入申报表: a unit picks a 绩效目标申报表 file (xlsx, docx, pdf or html — the provincial system's
 * or jixiao's export), sees what was read (the head and every indicator row, with what the reader
 * noted and where) or why the file cannot be read and at which cell, then saves it as a draft.
 * Reading is the server's (`preview=1`, nothing stored); saving is `POST /api/target-forms`.
 */
import { useState } from 'react';
import { Alert, Button, Descriptions, Modal, Table, Upload, message } from 'antd';
import { BASIS_LABELS, type SourceIssue, type TargetForm, type TargetIndicator } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { TargetImportPreview } from '../api/cycle';
import { navigate } from '../router';
import { M } from './msgs';

type Read = { ok: true; value: TargetImportPreview } | { ok: false; message: string; issue: SourceIssue | null };

export function ImportTarget({ year, onClose, onSaved }: { year: number; onClose(): void; onSaved(): void }) {
  const { m } = useI18n();
  const [read, setRead] = useState<Read | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (file: File) => {
    setBusy(true);
    setRead(null);
    const r = await api.previewTargetImport({ blob: file, name: file.name }, year);
    setBusy(false);
    if (r.ok) setRead({ ok: true, value: r.value });
    else setRead({ ok: false, message: m(r.error.message), issue: (r.error.body.importError as SourceIssue | undefined) ?? null });
  };
  const save = async () => {
    if (!read?.ok) return;
    setBusy(true);
    const ids: number[] = [];
    for (const form of read.value.forms) {
      const r = await api.createTargetForm(form);
      if (!r.ok) {
        setBusy(false);
        return void message.error(m(r.error.message) + (r.error.path ? ` (${r.error.path})` : ''));
      }
      ids.push(r.value.id);
    }
    setBusy(false);
    void message.success(m(M.importSaved));
    onSaved();
    if (ids.length === 1) navigate(`/plans/${ids[0]}`);
    else onClose();
  };
  return (
    <Modal
      open
      width={1000}
      title={m(M.importTitle)}
      onCancel={onClose}
      cancelText={m(M.cancel)}
      okText={m(M.importSave)}
      onOk={() => void save()}
      okButtonProps={{ disabled: !read?.ok, loading: busy, id: 'target-import-save' }}
    >
      <p className="jx-muted">{m(M.importHint)}</p>
      <Upload accept=".xlsx,.docx,.pdf,.html,.htm" maxCount={1} showUploadList={false} beforeUpload={(f) => (void choose(f), false)} data-testid="target-import-file">
        <Button loading={busy}>{m(M.importChoose)}</Button>
      </Upload>
      {read && !read.ok && (
        <Alert
          type="error"
          style={{ marginTop: 12 }}
          message={m(M.importFailed)}
          description={
            <div data-testid="target-import-error" data-code={read.issue?.code ?? ''}>
              <div>{read.issue ? m(read.issue.message) : read.message}</div>
              {read.issue && (
                <div className="jx-muted">
                  {m(M.importLocation)}：<span data-testid="target-import-location">{read.issue.location}</span> · {m(M.importCode)}：{read.issue.code}
                </div>
              )}
            </div>
          }
        />
      )}
      {read?.ok && (
        <div data-testid="target-import-preview">
          <p>{read.value.file}</p>
          {read.value.forms.map((f, i) => (
            <FormRead key={i} form={f} index={i} notes={read.value.notes.filter((n) => n.form === i)} />
          ))}
        </div>
      )}
    </Modal>
  );
}

function FormRead({ form, index, notes }: { form: TargetForm; index: number; notes: SourceIssue[] }) {
  const { m } = useI18n();
  return (
    <section style={{ marginTop: 12 }} data-testid={`target-import-form-${index}`}>
      <Descriptions size="small" bordered column={2} title={`${m(M.importFormHead)} ${index + 1}`}>
        <Descriptions.Item label={m(M.projectName)}><span data-testid="target-import-project">{form.projectName}</span></Descriptions.Item>
        <Descriptions.Item label={m(M.year)}>{form.year}</Descriptions.Item>
        <Descriptions.Item label={m(M.deptName)}>{form.department}</Descriptions.Item>
        <Descriptions.Item label={m(M.implementer)}>{form.implementer}</Descriptions.Item>
        <Descriptions.Item label={`${m(M.total)}（${form.funds.unit}）`}><span data-testid="target-import-total">{form.funds.total ?? '—'}</span></Descriptions.Item>
        <Descriptions.Item label={m(M.indicators)}>{form.indicators.length} {m(M.indicatorCount)}</Descriptions.Item>
      </Descriptions>
      {notes.length > 0 && (
        <Alert type="info" style={{ marginTop: 8 }} message={m(M.importNotes)} description={<ul data-testid="target-import-notes">{notes.map((n, k) => <li key={k}>{n.location}：{m(n.message)}</li>)}</ul>} />
      )}
      <Table<TargetIndicator & { key: number }>
        size="small"
        style={{ marginTop: 8 }}
        pagination={false}
        dataSource={form.indicators.map((x, key) => ({ ...x, key }))}
        data-testid="target-import-rows"
        columns={[
          { title: '#', width: 40, render: (_: unknown, x) => x.key + 1 },
          { title: m(M.level1), dataIndex: 'level1', width: 100 },
          { title: m(M.level2), dataIndex: 'level2', width: 120 },
          { title: m(M.level3), dataIndex: 'name' },
          { title: m(M.target), dataIndex: 'target', width: 140 },
          { title: m(M.weight), dataIndex: 'weight', width: 60, render: (w: number | null) => w ?? '—' },
          { title: m(M.basis), width: 160, render: (_: unknown, x) => `${x.basis.kind ? m(BASIS_LABELS[x.basis.kind]) : ''}${x.basis.text ? ` ${x.basis.text}` : ''}` },
        ]}
      />
    </section>
  );
}
