/** 修改密码: change one's own password (the current one is asked; other sessions end). */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useI18n } from '../i18n';
import * as api from '../api';
import { useSession } from '../session';

// Here, not in the dictionaries: they load with every route, and this page loads on its own.
const MUST_CHANGE = { zh: '请先修改管理员设置的密码', en: 'Change the password you were given first' };

/** The account route /account. */
export default function AccountPage() {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ current: string; next: string; again: string }>();
  const [done, setDone] = useState(false);
  const { mustChangePassword, passwordChanged } = useSession();
  const submit = async () => {
    const v = await form.validateFields();
    const r = await api.changePassword(v.current, v.next);
    if (!r.ok) return void message.error(m(r.error.message));
    setDone(true);
    form.resetFields();
    passwordChanged();
  };
  return (
    <Card title={t('changePassword')} style={{ maxWidth: 480 }} data-testid="account">
      {mustChangePassword && <Alert type="warning" showIcon title={m(MUST_CHANGE)} style={{ marginBottom: 12 }} data-testid="must-change-password" />}
      {done && <Alert type="success" showIcon title={t('passwordChanged')} style={{ marginBottom: 12 }} data-testid="password-changed" />}
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item name="current" label={t('currentPassword')} rules={[{ required: true, message: t('required') }]}>
          <Input.Password id="pw-current" autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="next" label={t('newPassword')} rules={[{ required: true, min: 8, message: t('passwordRule') }]}>
          <Input.Password id="pw-next" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="again"
          label={t('newPasswordAgain')}
          dependencies={['next']}
          rules={[{ required: true, message: t('required') }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error(t('passwordMismatch')))) })]}
        >
          <Input.Password id="pw-again" autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="password-save">
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
