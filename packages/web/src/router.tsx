/** A small history router: the app has seven routes and needs nothing more. */
import { useMemo, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

type Blocker = () => boolean;
const listeners = new Set<() => void>();
let blocker: Blocker | null = null;

function subscribe(fn: () => void) {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query, re-rendering on navigation; stable objects while the URL is unchanged. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const s = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    const i = s.indexOf('?');
    return { path: i < 0 ? s : s.slice(0, i), search: new URLSearchParams(i < 0 ? '' : s.slice(i)) };
  }, [s]);
}

/** Go to a path inside the app; a registered blocker (unsaved edits) may veto it. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (blocker && !blocker()) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const fn of listeners) fn();
}

/** Register a function asked before in-app navigation; returns the unregister function. */
export function setNavigationBlocker(fn: Blocker | null): () => void {
  blocker = fn;
  return () => {
    if (blocker === fn) blocker = null;
  };
}

/** Match a pattern such as /forms/:id against a path. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) out[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return out;
}

/** An anchor that navigates without reloading (ctrl/middle click still opens a new tab). */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
