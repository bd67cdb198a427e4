/**
 * 添加指标到…: choose the 一级 and 二级 a new row goes under — one already on the form, one the
 * taxonomy knows, or a new name typed in — instead of joining whatever block is last.
 */
import { useMemo, useState } from 'react';
import { AutoComplete, Button, Popover, Space } from 'antd';
import { PlusSquareOutlined } from '@ant-design/icons';
import { LEVEL1_NAMES, LEVEL2_TABLE, type Evaluation } from '@jixiao/core';
import { useI18n } from '../i18n';
import { addUnder, levelOutline } from './rows';

interface Props {
  ev: Evaluation;
  onChange(update: (ev: Evaluation) => Evaluation): void;
}

/** The add-under button and its popover. */
export function AddUnder({ ev, onChange }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const outline = useMemo(() => levelOutline(ev.indicators), [ev.indicators]);
  const [level1, setLevel1] = useState('');
  const [level2, setLevel2] = useState('');
  const level1Options = [...new Set([...outline.map((b) => b.level1).filter(Boolean), ...LEVEL1_NAMES])].map((v) => ({ value: v }));
  const onForm = outline.find((b) => b.level1 === level1.trim())?.level2s ?? [];
  const known = LEVEL2_TABLE.filter((e) => e.parents.includes(level1.trim())).map((e) => e.name);
  const level2Options = [...new Set([...onForm, ...known])].map((v) => ({ value: v }));
  const add = () => {
    if (!level1.trim()) return;
    onChange((cur) => addUnder(cur, level1, level2).ev);
    setOpen(false);
  };
  const content = (
    <Space orientation="vertical" style={{ width: 280 }} data-testid="add-under-panel">
      <label htmlFor="add-under-level1">{t('level1')}</label>
      <AutoComplete id="add-under-level1" value={level1} onChange={(v) => { setLevel1(v); setLevel2(''); }} options={level1Options} style={{ width: '100%' }} placeholder={t('chooseOrType')} data-testid="add-under-level1" />
      <label htmlFor="add-under-level2">{t('level2')}</label>
      <AutoComplete id="add-under-level2" value={level2} onChange={setLevel2} options={level2Options} style={{ width: '100%' }} placeholder={t('chooseOrType')} data-testid="add-under-level2" />
      <Button type="primary" block disabled={!level1.trim()} onClick={add} data-testid="add-under-ok">
        {t('addIndicator')}
      </Button>
    </Space>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" content={content} title={t('addUnder')}>
      <Button size="small" type="dashed" icon={<PlusSquareOutlined />} data-testid="add-under">
        {t('addUnder')}
      </Button>
    </Popover>
  );
}
