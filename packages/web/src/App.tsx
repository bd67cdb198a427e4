/** Routes: public pages need no login; everything else sits in the shell behind the session. */
import { lazy, Suspense, useEffect } from 'react';
import { Spin } from 'antd';
import { match, navigate, useLocation } from './router';
import { useSession } from './session';
import { LIBRARY_ROLES, RESULTS_ROLES, Shell } from './components/Shell';
import { EditorPage } from './editor/EditorPage';
import { NotFoundPage } from './pages/NotFoundPage';

// The dashboard carries ECharts: load it only when its route is visited. The other routes are
// split too, so the editor — the page people work in — loads only what it needs.
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const LoginPage = lazy(() => import('./pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const FormListPage = lazy(() => import('./pages/FormListPage').then((m) => ({ default: m.FormListPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const OrgsPage = lazy(() => import('./pages/admin/OrgsPage'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage'));
const TodoPage = lazy(() => import('./pages/TodoPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const CyclePage = lazy(() => import('./cycle/CyclePage'));
const PlanPage = lazy(() => import('./cycle/PlanPage'));
const LibraryPage = lazy(() => import('./cycle/LibraryPage'));
const SamplingPage = lazy(() => import('./sampling/SamplingPage'));
const RectificationPage = lazy(() => import('./rectification/RectificationPage'));
const ResultsPage = lazy(() => import('./rectification/ResultsPage'));
const PublicPage = lazy(() => import('./pages/PublicPage').then((m) => ({ default: m.PublicPage })));

const spinner = (
  <div className="jx-center">
    <Spin />
  </div>
);

/** The routed application. */
export function App() {
  const { path } = useLocation();
  const { user, loading, mustChangePassword } = useSession();

  const isPublic = path === '/public' || path.startsWith('/public/');
  useEffect(() => {
    if (loading || isPublic) return;
    if (!user && path !== '/login') navigate(`/login?next=${encodeURIComponent(path + window.location.search)}`, { replace: true });
    // Every other request answers 403 until an issued password is changed: open the password page, not a page of errors.
    else if (user && mustChangePassword && path !== '/account') navigate('/account', { replace: true });
    else if (user && (path === '/' || path === '/login')) navigate(user.role === 'expert' ? '/sampling' : '/forms', { replace: true });
  }, [user, loading, mustChangePassword, path, isPublic]);

  if (isPublic) {
    const m = match('/public/:id', path);
    return (
      <Suspense fallback={spinner}>
        <PublicPage id={m?.id ?? null} />
      </Suspense>
    );
  }
  if (loading) return spinner;
  if (!user) return path === '/login' ? <Suspense fallback={spinner}><LoginPage /></Suspense> : spinner;

  let page = null;
  let m: Record<string, string> | null;
  if (mustChangePassword) page = path === '/account' ? <AccountPage /> : spinner;
  else if (path === '/forms') page = <FormListPage />;
  else if ((m = match('/forms/:id', path))) page = <EditorPage key={m.id} id={m.id} />;
  else if (path === '/import') page = <ImportPage />;
  else if (path === '/dashboard') page = <DashboardPage />;
  else if (path === '/settings') page = <SettingsPage />;
  else if (path === '/admin/users' && user.role === 'admin') page = <UsersPage />;
  else if (path === '/admin/orgs' && user.role === 'admin') page = <OrgsPage />;
  else if (path === '/admin/audit' && (user.role === 'admin' || user.role === 'finance_reviewer')) page = <AuditPage />;
  else if (path === '/account') page = <AccountPage />;
  else if (path === '/todo') page = <TodoPage />;
  else if (path === '/cycle') page = <CyclePage />;
  else if (path === '/sampling' && (user.role === 'finance_reviewer' || user.role === 'admin' || user.role === 'expert')) page = <SamplingPage />;
  else if (path === '/rectification' && user.role !== 'expert') page = <RectificationPage />;
  else if (path === '/results' && RESULTS_ROLES.includes(user.role)) page = <ResultsPage />;
  else if ((m = match('/plans/:id', path))) page = <PlanPage key={m.id} id={m.id} />;
  else if (path === '/library' && LIBRARY_ROLES.includes(user.role)) page = <LibraryPage />;
  else if (path === '/' || path === '/login') page = spinner;
  // An address the app does not know (or not for this role) says so instead of spinning.
  else page = <NotFoundPage />;
  return (
    <Shell>
      <Suspense fallback={spinner}>{page}</Suspense>
    </Shell>
  );
}
