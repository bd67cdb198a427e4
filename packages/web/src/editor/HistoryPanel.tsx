/** Versions of the form with a readable field-by-field diff: between consecutive versions, any two, or since the last return. */
import { useState } from 'react';
import { Button, Empty, Select, Space, Table, Timeline } from 'antd';
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
  const latestCompare = useLatest();
  const newest = versions.reduce((n, e) => Math.max(n, e.version), 0);
  // The newest return: "what changed since it was returned" is the question a reviewer asks first.
  const lastReturn = versions.filter((e) => e.action === 'return').reduce((n, e) => Math.max(n, e.version), 0);
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const [compared, setCompared] = useState<{ from: number; to: number; changes: FieldChange[]; ev: Evaluation } | null>(null);
  if (versions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noData')} />;

  const show = async (v: number) => {
    const pair = await latest.run((signal) => Promise.all([v > 1 ? api.getVersion(formId, v - 1, signal) : Promise.resolve(null), api.getVersion(formId, v, signal)]));
    if (!pair) return;
    const [a, b] = pair;
    if (!b.ok) return;
    const before = a && a.ok ? a.value.evaluation : null;
    setOpen({ v, ev: b.value.evaluation, changes: before ? diffEvaluations(before, b.value.evaluation) : [] });
  };

  const compare = async (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    setFrom(lo);
    setTo(hi);
    const pair = await latestCompare.run((signal) => Promise.all([api.getVersion(formId, lo, signal), api.getVersion(formId, hi, signal)]));
    if (!pair) return;
    const [x, y] = pair;
    if (!x.ok || !y.ok) return;
    setCompared({ from: lo, to: hi, ev: y.value.evaluation, changes: diffEvaluations(x.value.evaluation, y.value.evaluation) });
  };
  const changesTable = (changes: FieldChange[], ev: Evaluation, testId?: string) => (
    <Table
      size="small"
      pagination={false}
      rowKey="path"
      dataSource={changes}
      data-testid={testId}
      columns={[
        { title: t('field'), dataIndex: 'path', render: (p: string) => pathLabel(p, ev, i18n) },
        { title: t('before'), dataIndex: 'before', render: (v: unknown) => <del>{valueText(v)}</del> },
        { title: t('after'), dataIndex: 'after', render: (v: unknown) => <ins>{valueText(v)}</ins> },
      ]}
    />
  );
  const options = [...versions].sort((x, y) => y.version - x.version).map((e) => ({ value: e.version, label: `${t('version', { v: e.version })} · ${ACTION_KEYS[e.action] ? t(ACTION_KEYS[e.action]) : e.action}` }));

  const sorted = [...versions].sort((x, y) => y.version - x.version);
  return (
    <div data-testid="history">
      {newest > 1 && (
        <div className="jx-compare" data-testid="compare">
          <Space wrap size={4}>
            <Select size="small" value={from} onChange={setFrom} options={options} placeholder={t('compareFrom')} style={{ width: 150 }} aria-label={t('compareFrom')} data-testid="compare-from" />
            <span>→</span>
            <Select size="small" value={to} onChange={setTo} options={options} placeholder={t('compareTo')} style={{ width: 150 }} aria-label={t('compareTo')} data-testid="compare-to" />
            <Button size="small" disabled={from === undefined || to === undefined || from === to} onClick={() => from !== undefined && to !== undefined && void compare(from, to)} data-testid="compare-run">
              {t('compare')}
            </Button>
            {lastReturn > 0 && lastReturn < newest && (
              <Button size="small" type="link" onClick={() => void compare(lastReturn, newest)} data-testid="compare-since-return">
                {t('sinceReturned')}
              </Button>
            )}
          </Space>
          {compared && (
            <div className="jx-compare-result">
              <div className="jx-muted" data-testid="compare-title">
                {t('compareTitle', { from: compared.from, to: compared.to, n: compared.changes.length })}
              </div>
              {compared.changes.length > 0 && changesTable(compared.changes, compared.ev, 'compare-table')}
            </div>
          )}
        </div>
      )}
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
                  changesTable(open.changes, open.ev)
                ))}
            </div>
          ),
        }))}
      />
    </div>
  );
}
