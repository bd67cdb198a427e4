/** 组织机构 (admin): the organisation tree (财政局 → 主管部门 → 实施单位) and adding an organisation under one. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Input, Select, Space, Tree } from 'antd';
import { PARENT_KINDS, type OrgKind } from '@jixiao/core';
import { useI18n } from '../../i18n';
import * as api from '../../api';
import type { Org } from '../../api/types';

/** The organisations route /admin/orgs. */
export default function OrgsPage() {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [parent, setParent] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgKind>('unit');
  const load = useCallback(async () => {
    const r = await api.listOrgs();
    if (r.ok) setOrgs(r.value);
  }, []);
  useEffect(() => void load(), [load]);

  const treeData = useMemo(() => {
    type Node = { key: string; title: string; children: Node[] };
    const nodes = new Map<string, Node>(orgs.map((o) => [String(o.id), { key: String(o.id), title: `${o.name}（${t(`kind_${o.kind}` as 'kind_unit')}）`, children: [] }]));
    const roots: Node[] = [];
    for (const o of orgs) {
      const n = nodes.get(String(o.id))!;
      const p = o.parentId === null ? undefined : nodes.get(String(o.parentId));
      (p ? p.children : roots).push(n);
    }
    return roots;
  }, [orgs, t]);
  const parentKind = orgs.find((o) => String(o.id) === parent)?.kind ?? null;
  const kinds = (Object.keys(PARENT_KINDS) as OrgKind[]).filter((k) => PARENT_KINDS[k].includes(parentKind as OrgKind | null));
  const add = async () => {
    const r = await api.createOrg({ name: name.trim(), kind, parentId: parent === null ? null : Number(parent) });
    if (!r.ok) return void message.error(m(r.error.message));
    message.success(t('saved'));
    setName('');
    void load();
  };
  return (
    <div className="jx-admin" data-testid="admin-orgs">
      <h2>{t('navOrgs')}</h2>
      <Space align="start" size={24} wrap>
        <Card size="small" style={{ minWidth: 360 }}>
          {treeData.length > 0 && <Tree defaultExpandAll treeData={treeData} selectedKeys={parent ? [parent] : []} onSelect={(keys) => setParent(keys[0] === undefined ? null : String(keys[0]))} data-testid="org-tree" />}
        </Card>
        <Card size="small" title={t('orgAdd')} style={{ width: 360 }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <div>
              {t('orgParent')}：<b data-testid="org-parent">{orgs.find((o) => String(o.id) === parent)?.name ?? t('orgNone')}</b>
            </div>
            <label htmlFor="org-kind">{t('orgKind')}</label>
            <Select id="org-kind" value={kinds.includes(kind) ? kind : kinds[0]} onChange={setKind} options={kinds.map((k) => ({ value: k, label: t(`kind_${k}` as 'kind_unit') }))} style={{ width: '100%' }} />
            <label htmlFor="org-name">{t('orgName')}</label>
            <Input id="org-name" value={name} onChange={(e) => setName(e.target.value)} />
            <Button type="primary" disabled={!name.trim() || kinds.length === 0} onClick={() => { if (!kinds.includes(kind)) setKind(kinds[0]); void add(); }} data-testid="org-add">
              {t('orgAdd')}
            </Button>
          </Space>
        </Card>
      </Space>
    </div>
  );
}
