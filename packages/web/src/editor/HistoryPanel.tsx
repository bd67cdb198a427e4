/** Versions of the form with a readable field-by-field diff between consecutive versions. */
import { useState } from 'react';
import { Button, Empty, Table, Timeline } from 'antd';
import type { Evaluation } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import { useLatest } from '../api/latest';
import type { VersionEntry } from '../api/types';
import { diffEvaluations, type FieldChange } from './diff';
import { ACTION_KEYS, pathLabel, timeText, valueText } from './labels';

/** History list; each version can show what changed since the one before it. */
export function HistoryPanel({ formId, versions }: { formId: string; versions: VersionEntry[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<{ v: number; changes: FieldChange[]; ev: Evaluation } | null>(null);
  // Clicking another version before the first diff arrived shows the one clicked last.
  const latest = useLatest();
  if (versions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noData')} />;

  const show = async (v: number) => {
    const pair = await latest.run((signal) => Promise.all([v > 1 ? api.getVersion(formId, v - 1, signal) : Promise.resolve(null), api.getVersion(formId, v, signal)]));
    if (!pair) return;
    const [a, b] = pair;
    if (!b.ok) return;
    const before = a && a.ok ? a.value.evaluation : null;
    setOpen({ v, ev: b.value.evaluation, changes: before ? diffEvaluations(before, b.value.evaluation) : [] });
  };

  const sorted = [...versions].sort((x, y) => y.version - x.version);
  return (
    <div data-testid="history">
      <Timeline
        items={sorted.map((e) => ({
          content: (
            <div>
              <b>{t('version', { v: e.version })}</b> · {ACTION_KEYS[e.action] ? t(ACTION_KEYS[e.action]) : e.action}
              <div className="jx-muted">
                {String(e.by ?? '')} {timeText(e.at)}
              </div>
              {e.comment && <div className="jx-comment-text">{e.comment}</div>}
              {e.version > 1 && (
                <Button size="small" type="link" onClick={() => show(e.version)}>
                  {t('viewDiff')}
                </Button>
              )}
              {open?.v === e.version &&
                (open.changes.length === 0 ? (
                  <div className="jx-muted">{t('noChanges')}</div>
                ) : (
                  <Table
                    size="small"
                    pagination={false}
                    rowKey="path"
                    dataSource={open.changes}
                    columns={[
                      { title: t('field'), dataIndex: 'path', render: (p: string) => pathLabel(p, open.ev, i18n) },
                      { title: t('before'), dataIndex: 'before', render: (v: unknown) => <del>{valueText(v)}</del> },
                      { title: t('after'), dataIndex: 'after', render: (v: unknown) => <ins>{valueText(v)}</ins> },
                    ]}
                  />
                ))}
            </div>
          ),
        }))}
      />
    </div>
  );
}
