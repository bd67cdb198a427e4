/** Login: username and password against POST /api/login, then back to where the user was going. */
import { useState } from 'react';
import type { Msg } from '@jixiao/core';
import { Alert, Button, Card, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { navigate, useLocation } from '../router';
import { LangSwitch } from '../components/Shell';

/** The login page. */
export function LoginPage() {
  const { t, m } = useI18n();
  const { login } = useSession();
  const { search } = useLocation();
  const [error, setError] = useState<Msg | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    const r = await login(v.username, v.password);
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    const next = search.get('next');
    // A panel expert's work is its assignments (抽查复核), not the list of forms.
    const home = r.value.user.role === 'expert' ? '/sampling' : '/forms';
    navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : home, { replace: true });
  };

  return (
    <div className="jx-login">
      <div className="jx-login-lang">
        <LangSwitch />
      </div>
      <Card className="jx-login-card">
        <h1>{t('loginTitle')}</h1>
        <p className="jx-muted">{t('loginSubtitle')}</p>
        {error && <Alert type="error" title={t('loginFailed', { msg: m(error) })} showIcon style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" id="username" />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
