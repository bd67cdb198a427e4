/** 导入: drop files, see every form parsed, scored and reviewed, then save them as drafts. */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Collapse, Radio, Space, Tag, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { ImportResult } from '../api/types';
import { Link, navigate } from '../router';
import { buildView, rangeText, fmt } from '../editor/viewModel';
import { useEngine } from '../editor/engine';
import { FindingsPanel } from '../editor/FindingsPanel';
import { CANCELLED_TEXT, ImportProgress } from './ImportProgress';

function errorText(e: unknown, pick: (m: { zh: string; en: string }) => string): string {
  if (!e) return '';
  if (typeof e === 'string') return e;
  const o = e as { zh?: string; en?: string; message?: { zh: string; en: string } };
  if (o.message) return pick(o.message);
  if (o.zh !== undefined) return pick(o as { zh: string; en: string });
  return JSON.stringify(e);
}

/** The import page. */
export default function ImportPage() {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  // The run being followed while an import is open (its files and pages, and a cancel button).
  const [run, setRun] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: string | number; name: string }[] | null>(null);
  // What to do with each form already stored ("file:form"): skip unless the user says otherwise.
  const [decisions, setDecisions] = useState<Record<string, 'replace' | 'keep' | 'skip'>>({});

  const send = async (save: boolean, allowDuplicates = false) => {
    const blobs = files.flatMap((f) => (f.originFileObj ? [{ blob: f.originFileObj, name: f.name }] : []));
    setBusy(true);
    const id = api.newRunId();
    setRun(id);
    const r = await api.importFiles(blobs, { save, allowDuplicates, decisions: allowDuplicates ? undefined : decisions, run: id });
    setBusy(false);
    setRun(null);
    if (!r.ok && r.error.code === 'cancelled') return void message.info(m(CANCELLED_TEXT));
    if (!r.ok) return void message.error(m(r.error.message));
    if (!save) {
      setDecisions({});
      return setResult(r.value);
    }
    const refused = r.value.items.flatMap((it) => it.forms.filter((f) => f.saveError).map((f) => `${f.evaluation.projectName}：${m(f.saveError!.message)}`));
    if (refused.length) message.warning(refused.join('；'));
    const ids = r.value.ids ?? [];
    // Skipped duplicates have no id: name each saved form by its own id.
    const names = new Map(r.value.items.flatMap((it) => it.forms.filter((f) => f.id != null).map((f) => [String(f.id), f.evaluation.projectName])));
    message.success(t('importedN', { n: ids.length }));
    if (ids.length === 1) return navigate(`/forms/${ids[0]}`);
    setResult(r.value);
    setSaved(ids.map((id) => ({ id, name: names.get(String(id)) ?? String(id) })));
    setFiles([]);
  };

  // Score again in the browser with core so the preview shows exactly what the editor will: once per result.
  const eng = useEngine();
  const views = useMemo(() => (eng ? result?.items.map((it) => it.forms.map((f) => buildView(f.evaluation, undefined, eng))) : undefined) ?? [], [result, eng]);
  const formCount = result?.items.reduce((n, it) => n + it.forms.length, 0) ?? 0;
  // Forms from a file imported before are skipped by a plain save; "save anyway" stores them again.
  const duplicates = saved ? 0 : result?.items.reduce((n, it) => n + it.forms.filter((f) => f.duplicateOf != null || f.sameAs != null).length, 0) ?? 0;
  return (
    <div className="jx-import">
      <h2>{t('importTitle')}</h2>
      <Upload.Dragger
        multiple
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => {
          setFiles(fileList);
          setResult(null);
          setSaved(null);
        }}
        data-testid="import-drop"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('importHint')}</p>
      </Upload.Dragger>
      <Space style={{ margin: '16px 0' }}>
        <Button onClick={() => void send(false)} disabled={!files.length} loading={busy} data-testid="import-preview">
          {t('preview')}
        </Button>
        <Button type="primary" onClick={() => void send(true)} disabled={!files.length || !formCount} loading={busy} data-testid="import-save">
          {t('saveDrafts')}
        </Button>
        {duplicates > 0 && (
          <Button danger onClick={() => void send(true, true)} title={t('saveAnywayHint')} disabled={!files.length} loading={busy} data-testid="import-save-anyway">
            {t('saveAnyway')}
          </Button>
        )}
      </Space>
      {run && <ImportProgress run={run} />}
      {duplicates > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('duplicatesFound', { n: duplicates })} data-testid="import-duplicates" />}
      {saved && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('importedN', { n: saved.length })}
          description={
            <ul className="jx-saved" data-testid="import-saved">
              {saved.map((s) => (
                <li key={s.id}>
                  <Link to={`/forms/${s.id}`}>{s.name || String(s.id)}</Link>
                </li>
              ))}
            </ul>
          }
        />
      )}
      {result?.items.map((it, n) => (
        <Card key={it.file} size="small" title={`${it.file} · ${t('formsInFile', { n: it.forms.length })}`} style={{ marginBottom: 12 }}>
          {it.error && <Alert type="error" showIcon title={t('importError', { msg: errorText(it.error, m) })} />}
          <Collapse
            items={it.forms.map((f, k) => {
              const view = views[n]?.[k];
              const totals = view?.scored?.totals;
              return {
                key: k,
                label: (
                  <Space wrap data-testid="import-form">
                    <b>{f.evaluation.projectName || '—'}</b>
                    <span className="jx-muted">{f.evaluation.implementer}</span>
                    <span>{t('claimedTotal')} {fmt(totals?.claimedTotal ?? null)}</span>
                    <span>{t('provenTotal')} {rangeText(totals?.proven)}</span>
                    {(view?.counts.error ?? 0) > 0 && <Tag color="red">{t('severity_error')} {view?.counts.error}</Tag>}
                    {(view?.counts.warning ?? 0) > 0 && <Tag color="orange">{t('severity_warning')} {view?.counts.warning}</Tag>}
                    {(view?.counts.info ?? 0) > 0 && <Tag color="blue">{t('severity_info')} {view?.counts.info}</Tag>}
                    {f.duplicateOf != null && <Tag>{t('duplicateOf', { id: f.duplicateOf })}</Tag>}
                    {f.duplicateOf == null && f.sameAs != null && <Tag color="gold">{t('sameFormAs', { id: f.sameAs })}</Tag>}
                    {!saved && (f.duplicateOf != null || f.sameAs != null) && (
                      <span onClick={(e) => e.stopPropagation()}>
                        <Radio.Group
                          size="small"
                          optionType="button"
                          value={decisions[`${n}:${k}`] ?? 'skip'}
                          onChange={(e) => setDecisions((d) => ({ ...d, [`${n}:${k}`]: e.target.value }))}
                          options={[
                            { value: 'replace', label: t('importReplace') },
                            { value: 'keep', label: t('importKeep') },
                            { value: 'skip', label: t('importSkip') },
                          ]}
                          data-testid={`import-decision-${n}-${k}`}
                        />
                      </span>
                    )}
                  </Space>
                ),
                children: <FindingsPanel findings={view?.findings ?? []} ev={f.evaluation} />,
              };
            })}
          />
        </Card>
      ))}
    </div>
  );
}
