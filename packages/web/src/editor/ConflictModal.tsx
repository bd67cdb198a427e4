/** A 409 version conflict: show each field both sides changed and let the user pick per field. */
import { useMemo, useState } from 'react';
import { Alert, Modal, Radio, Table } from 'antd';
import type { Evaluation } from '@jixiao/core';
import { useI18n } from '../i18n';
import { applyMerge, planMerge } from './diff';
import { pathLabel, valueText } from './labels';

interface Props {
  base: Evaluation;
  mine: Evaluation;
  theirs: Evaluation;
  onMerge(merged: Evaluation): void;
  onCancel(): void;
}

/** The merge dialog. */
export function ConflictModal({ base, mine, theirs, onMerge, onCancel }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const plan = useMemo(() => planMerge(base, mine, theirs), [base, mine, theirs]);
  const [keep, setKeep] = useState<Set<string>>(() => new Set(plan.conflicts.map((c) => c.path)));
  const short = (v: unknown) => {
    const s = valueText(v);
    return s.length > 120 ? `${s.slice(0, 120)}…` : s;
  };
  return (
    <Modal open title={t('conflictTitle')} width={900} okText={t('merge')} onOk={() => onMerge(applyMerge(mine, theirs, plan, keep))} onCancel={onCancel} okButtonProps={{ id: 'merge-ok' }}>
      <p>{t('conflictHint')}</p>
      {plan.theirsOnly.length > 0 && <Alert type="info" showIcon title={t('autoMerged', { n: plan.theirsOnly.length })} style={{ marginBottom: 12 }} />}
      <Table
        size="small"
        pagination={false}
        rowKey="path"
        dataSource={plan.conflicts}
        data-testid="conflict-table"
        columns={[
          { title: t('field'), dataIndex: 'path', render: (p: string) => pathLabel(p, mine, i18n), width: '28%' },
          { title: t('mine'), dataIndex: 'mine', render: short },
          { title: t('theirs'), dataIndex: 'theirs', render: short },
          {
            title: '',
            width: 200,
            render: (_: unknown, c) => (
              <Radio.Group
                size="small"
                value={keep.has(c.path) ? 'mine' : 'theirs'}
                onChange={(e) => {
                  const next = new Set(keep);
                  if (e.target.value === 'mine') next.add(c.path);
                  else next.delete(c.path);
                  setKeep(next);
                }}
              >
                <Radio.Button value="mine">{t('keepMine')}</Radio.Button>
                <Radio.Button value="theirs">{t('takeTheirs')}</Radio.Button>
              </Radio.Group>
            ),
          },
        ]}
      />
    </Modal>
  );
}
