/** The app frame: title, navigation, the user with organisation and role, language switch, logout. */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Badge, Button, Layout, Segmented, Space, Tag, Tooltip } from 'antd';
import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { CREATOR_ROLES, type Lang } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { Link, navigate, useLocation } from '../router';
import { ReloginDialog } from './ReloginDialog';
// The bell (antd List, Popover) and the phone drawer load after the page: not in the initial bundle.
const NotificationBell = lazy(() => import('./NotificationBell').then((m) => ({ default: m.NotificationBell })));
const PhoneMenu = lazy(() => import('./PhoneMenu').then((m) => ({ default: m.PhoneMenu })));
import { useTodo } from './useTodo';
import { TODO_BY_ROLE } from './todo';
import { R as RECT } from '../rectification/msgs';

/** Who keeps a department's own indicator library (/library): its reviewer, finance and admins. */
export const LIBRARY_ROLES: readonly string[] = ['dept_reviewer', 'finance_reviewer', 'admin'];
/** Who reads a department's 结果应用 report (/results): the route refuses a unit editor, and an expert has no department. */
export const RESULTS_ROLES: readonly string[] = ['dept_reviewer', 'finance_reviewer', 'admin'];

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
  const { t, m } = useI18n();
  const { user, logout } = useSession();
  const { path } = useLocation();
  // On a phone the navigation folds into a drawer behind a menu button.
  const [menu, setMenu] = useState(false);
  const todo = useTodo();
  if (!user) return null;
  const nav: { to: string; label: ReactNode; show: boolean }[] = [
    {
      to: '/todo',
      label: (
        <span data-testid="nav-todo">
          {t('navTodo')} <Badge count={todo.total ?? 0} size="small" offset={[2, -2]} data-testid="todo-total" />
        </span>
      ),
      show: TODO_BY_ROLE[user.role].length > 0,
    },
    { to: '/forms', label: t('navForms'), show: user.role !== 'expert' },
    { to: '/cycle', label: <span data-testid="nav-cycle">{t('navCycle')}</span>, show: user.role !== 'expert' },
    { to: '/sampling', label: <span data-testid="nav-sampling">{t('navSampling')}</span>, show: user.role === 'finance_reviewer' || user.role === 'admin' || user.role === 'expert' },
    { to: '/library', label: <span data-testid="nav-library">{t('navLibrary')}</span>, show: LIBRARY_ROLES.includes(user.role) },
    { to: '/rectification', label: <span data-testid="nav-rectification">{m(RECT.nav)}</span>, show: user.role !== 'expert' },
    { to: '/import', label: t('navImport'), show: CREATOR_ROLES.includes(user.role) },
    { to: '/dashboard', label: t('navDashboard'), show: user.role !== 'unit_editor' && user.role !== 'expert' },
    { to: '/results', label: <span data-testid="nav-results">{m(RECT.resultsNav)}</span>, show: RESULTS_ROLES.includes(user.role) },
    { to: '/settings', label: t('navSettings'), show: user.role === 'finance_reviewer' || user.role === 'admin' },
    { to: '/public', label: t('navPublic'), show: true },
    { to: '/admin/users', label: t('navUsers'), show: user.role === 'admin' },
    { to: '/admin/orgs', label: t('navOrgs'), show: user.role === 'admin' },
    { to: '/admin/audit', label: t('navAudit'), show: user.role === 'admin' || user.role === 'finance_reviewer' },
  ];
  const links = nav
    .filter((n) => n.show)
    .map((n) => (
      <Link key={n.to} to={n.to} className={path.startsWith(n.to) ? 'active' : ''}>
        {n.label}
      </Link>
    ));
  const doLogout = async () => {
    setMenu(false);
    await logout();
    navigate('/login');
  };
  return (
    <Layout className="jx-shell">
      <Layout.Header className="jx-header">
        <div className="jx-brand">{t('appName')}</div>
        <nav className="jx-nav" aria-label={t('menu')}>
          {links}
        </nav>
        <Button className="jx-menu-button" type="text" icon={<MenuOutlined />} aria-label={t('menu')} onClick={() => setMenu(true)} data-testid="menu-button" />
        {menu && (
          <Suspense fallback={null}>
            <PhoneMenu title={user.name} onClose={() => setMenu(false)} onLogout={() => void doLogout()}>
              {links}
              <Link to="/account">{t('navAccount')}</Link>
            </PhoneMenu>
          </Suspense>
        )}
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
        <Space size="middle" className="jx-user">
          <Tooltip title={user.username}>
            <Link to="/account" className="jx-user-link">
              <span data-testid="current-user">
                <UserOutlined /> {user.name}
              </span>
            </Link>
          </Tooltip>
          <span className="jx-org">{user.orgName}</span>
          <Tag className="jx-role-tag" data-testid="current-role">
            {t(`role_${user.role}`)}
          </Tag>
          <LangSwitch />
          <Button
            size="small"
            icon={<LogoutOutlined />}
            onClick={() => void doLogout()}
            data-testid="logout"
          >
            {t('logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content className="jx-content">{children}</Layout.Content>
      <ReloginDialog />
    </Layout>
  );
}
