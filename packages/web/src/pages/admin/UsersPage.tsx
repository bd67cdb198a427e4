/** 用户管理 (admin): list users in scope, create one, change a role, disable or re-enable, reset a password. */
import { useCallback, useEffect, useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ROLE_KIND, ROLES, type Role } from '@jixiao/core';
import { useI18n } from '../../i18n';
import * as api from '../../api';
import type { UserEntry } from '../../api/admin';
import type { Org } from '../../api/types';
import { timeText } from '../../editor/labels';

/** The users route /admin/users. */
export default function UsersPage() {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const [users, setUsers] = useState<UserEntry[] | null>(null);
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserEntry | null>(null);
  const [password, setPassword] = useState('');
  const [form] = Form.useForm();
  const load = useCallback(async () => {
    const [u, o] = await Promise.all([api.listUsers(), api.listOrgs()]);
    if (u.ok) setUsers(u.value);
    if (o.ok) setOrgs(o.value);
  }, []);
  useEffect(() => void load(), [load]);

  const patch = async (u: UserEntry, p: Parameters<typeof api.updateUser>[1]) => {
    const r = await api.updateUser(u.id, p);
    if (!r.ok) return void message.error(m(r.error.message));
    message.success(t('saved'));
    void load();
  };
  const roleOptions = (orgId: number | null) => {
    const kind = orgs.find((o) => Number(o.id) === orgId)?.kind ?? null;
    return ROLES.filter((r) => ROLE_KIND[r] === null || ROLE_KIND[r] === kind).map((r) => ({ value: r, label: t(`role_${r}`) }));
  };
  const create = async () => {
    const v = await form.validateFields();
    const r = await api.createUser({ ...v, orgId: Number(v.orgId) });
    if (!r.ok) return void message.error(m(r.error.message));
    message.success(t('saved'));
    setCreating(false);
    form.resetFields();
    void load();
  };
  const orgId = Form.useWatch('orgId', form);

  return (
    <div className="jx-admin" data-testid="admin-users">
      <Space style={{ marginBottom: 12 }}>
        <h2 style={{ margin: 0 }}>{t('navUsers')}</h2>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-new">
          {t('userNew')}
        </Button>
      </Space>
      <Table<UserEntry>
        rowKey="id"
        size="middle"
        loading={users === null}
        dataSource={users ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="users-table"
        columns={[
          { title: t('username'), dataIndex: 'username' },
          { title: t('userName'), dataIndex: 'name' },
          { title: t('organisation'), dataIndex: 'orgName' },
          {
            title: t('role'),
            width: 200,
            render: (_: unknown, u) => (
              <Select size="small" value={u.role} options={roleOptions(u.orgId)} onChange={(role: Role) => void patch(u, { role })} style={{ width: 180 }} aria-label={`${u.username} ${t('role')}`} data-testid={`user-role-${u.username}`} />
            ),
          },
          {
            title: t('userActive'),
            width: 110,
            render: (_: unknown, u) => (
              <Space>
                <Switch size="small" checked={!u.disabled} onChange={(on) => void patch(u, { disabled: !on })} aria-label={`${u.username} ${t('userActive')}`} data-testid={`user-active-${u.username}`} />
                {u.disabled && <Tag color="red">{t('userDisabled')}</Tag>}
              </Space>
            ),
          },
          { title: t('createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => timeText(v) },
          {
            title: '',
            width: 120,
            render: (_: unknown, u) => (
              <Button size="small" onClick={() => { setResetting(u); setPassword(''); }} data-testid={`user-reset-${u.username}`}>
                {t('resetPassword')}
              </Button>
            ),
          },
        ]}
      />
      <Modal open={creating} title={t('userNew')} onOk={() => void create()} onCancel={() => setCreating(false)} okText={t('create')} cancelText={t('cancel')} okButtonProps={{ id: 'user-create-ok' }}>
        <Form form={form} layout="vertical">
          <Form.Item name="username" label={t('username')} rules={[{ required: true, pattern: /^[A-Za-z0-9_.@-]{2,64}$/, message: t('usernameRule') }]}>
            <Input id="user-username" autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label={t('userName')} rules={[{ required: true, message: t('required') }]}>
            <Input id="user-name" />
          </Form.Item>
          <Form.Item name="orgId" label={t('organisation')} rules={[{ required: true, message: t('required') }]}>
            <Select id="user-org" options={orgs.map((o) => ({ value: String(o.id), label: o.name }))} />
          </Form.Item>
          <Form.Item name="role" label={t('role')} rules={[{ required: true, message: t('required') }]}>
            <Select id="user-role" options={roleOptions(orgId ? Number(orgId) : null)} />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, min: 8, message: t('passwordRule') }]}>
            <Input.Password id="user-password" autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!resetting}
        title={t('resetPasswordOf', { name: resetting?.username ?? '' })}
        onOk={() => {
          if (resetting) void patch(resetting, { password }).then(() => setResetting(null));
        }}
        onCancel={() => setResetting(null)}
        okText={t('resetPassword')}
        cancelText={t('cancel')}
        okButtonProps={{ id: 'user-reset-ok', disabled: password.length < 8 }}
      >
        <label htmlFor="reset-password">{t('newPassword')}</label>
        <Input.Password id="reset-password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
      </Modal>
    </div>
  );
}
