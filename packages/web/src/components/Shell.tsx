/** The app frame: title, navigation, the user with organisation and role, language switch, logout. */
import type { ReactNode } from 'react';
import { Button, Layout, Segmented, Space, Tag, Tooltip } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { CREATOR_ROLES, type Lang } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { Link, navigate, useLocation } from '../router';

/** Language switch shown in the header and on the login and public pages. */
export function LangSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <Segmented
      size="small"
      value={lang}
      onChange={(v) => setLang(v as Lang)}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'EN', value: 'en' },
      ]}
      data-testid="lang-switch"
    />
  );
}

/** Layout with header navigation around a page. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user, logout } = useSession();
  const { path } = useLocation();
  if (!user) return null;
  const nav: { to: string; label: string; show: boolean }[] = [
    { to: '/forms', label: t('navForms'), show: true },
    { to: '/import', label: t('navImport'), show: CREATOR_ROLES.includes(user.role) },
    { to: '/dashboard', label: t('navDashboard'), show: user.role !== 'unit_editor' },
    { to: '/public', label: t('navPublic'), show: true },
  ];
  return (
    <Layout className="jx-shell">
      <Layout.Header className="jx-header">
        <div className="jx-brand">{t('appName')}</div>
        <nav className="jx-nav">
          {nav
            .filter((n) => n.show)
            .map((n) => (
              <Link key={n.to} to={n.to} className={path.startsWith(n.to) ? 'active' : ''}>
                {n.label}
              </Link>
            ))}
        </nav>
        <Space size="middle" className="jx-user">
          <Tooltip title={user.username}>
            <span data-testid="current-user">
              <UserOutlined /> {user.name}
            </span>
          </Tooltip>
          <span className="jx-org">{user.orgName}</span>
          <Tag color="gold" data-testid="current-role">
            {t(`role_${user.role}`)}
          </Tag>
          <LangSwitch />
          <Button
            size="small"
            icon={<LogoutOutlined />}
            onClick={async () => {
              await logout();
              navigate('/login');
            }}
            data-testid="logout"
          >
            {t('logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content className="jx-content">{children}</Layout.Content>
    </Layout>
  );
}
