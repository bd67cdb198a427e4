/**
 * The session ended while working (expiry, or logged out elsewhere): log in again in a dialog over
 * the page, so the page — and the edits not yet saved — stay as they are.
 */
import { useState } from 'react';
import { Alert, Button, Input, Modal, Space } from 'antd';
import { useI18n } from '../i18n';
import { useSession } from '../session';

/** Shown while the session is expired. */
export function ReloginDialog() {
  const { t, m } = useI18n();
  const { user, expired, login } = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!user || !expired) return null;
  const submit = async () => {
    setBusy(true);
    const r = await login(user.username, password);
    setBusy(false);
    if (r.ok) {
      setPassword('');
      setError(null);
    } else setError(m(r.error.message));
  };
  return (
    <Modal open title={t('sessionExpired')} closable={false} mask={{ closable: false }} keyboard={false} footer={null} data-testid="relogin">
      <p>{t('sessionExpiredHint')}</p>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <div>
          {t('username')}：<b>{user.username}</b>
        </div>
        <label htmlFor="relogin-password">{t('password')}</label>
        <Input.Password id="relogin-password" value={password} onChange={(e) => setPassword(e.target.value)} onPressEnter={() => void submit()} autoFocus />
        {error && <Alert type="error" showIcon title={error} />}
        <Button type="primary" block loading={busy} disabled={!password} onClick={() => void submit()} data-testid="relogin-submit">
          {t('relogin')}
        </Button>
      </Space>
    </Modal>
  );
}
