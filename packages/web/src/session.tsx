/** The logged-in user, loaded from GET /api/session and kept for the whole app. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as api from './api';
import type { ApiResult } from './api';
import { onUnauthenticated } from './api/client';
import type { Session, User } from './api/types';
import { useLatest } from './api/latest';

interface SessionCtx {
  user: User | null;
  loading: boolean;
  /** The session ended while the page was open: a re-login dialog is shown over it. */
  expired: boolean;
  /** The password must be changed before anything else works: the app shows only the password page. */
  mustChangePassword: boolean;
  /** The password was changed on the account page: the rest of the app opens. */
  passwordChanged(): void;
  login(username: string, password: string): Promise<ApiResult<Session>>;
  logout(): Promise<void>;
}

const Ctx = createContext<SessionCtx | null>(null);

/** Provides the session; children see `loading` until the first GET /api/session answers. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);
  const [mustChangePassword, setMustChange] = useState(false);
  const latest = useLatest();
  useEffect(() => onUnauthenticated(() => setExpired(true)), []);

  useEffect(() => {
    void latest.run((signal) => api.getSession(signal)).then((r) => {
      if (!r) return;
      if (r.ok) {
        setUser(r.value.user);
        setMustChange(!!r.value.mustChangePassword);
      }
      setLoading(false);
    });
  }, [latest]);

  const login = useCallback(async (username: string, password: string) => {
    const r = await api.login(username, password);
    if (r.ok) {
      setUser(r.value.user);
      setMustChange(!!r.value.mustChangePassword);
      setExpired(false);
    }
    return r;
  }, []);

  const logout = useCallback(async () => {
    await api.logout();
    setUser(null);
    setMustChange(false);
    setExpired(false);
  }, []);

  const passwordChanged = useCallback(() => setMustChange(false), []);

  const value = useMemo(
    () => ({ user, loading, expired, mustChangePassword, passwordChanged, login, logout }),
    [user, loading, expired, mustChangePassword, passwordChanged, login, logout],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current session. */
export function useSession(): SessionCtx {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
