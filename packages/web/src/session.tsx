/** The logged-in user, loaded from GET /api/session and kept for the whole app. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken, type ApiResult } from './api/client';
import type { Session, User } from './api/types';

interface SessionCtx {
  user: User | null;
  loading: boolean;
  login(username: string, password: string): Promise<ApiResult<Session>>;
  logout(): Promise<void>;
}

const Ctx = createContext<SessionCtx | null>(null);

/** Provides the session; children see `loading` until the first GET /api/session answers. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    void api<Session>('GET', '/api/session').then((r) => {
      if (r.ok) {
        setCsrfToken(r.value.csrfToken);
        setUser(r.value.user);
      }
      setLoading(false);
    });
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const r = await api<Session>('POST', '/api/login', { username, password });
    if (r.ok) {
      setCsrfToken(r.value.csrfToken);
      setUser(r.value.user);
    }
    return r;
  }, []);

  const logout = useCallback(async () => {
    await api('POST', '/api/logout');
    setCsrfToken('');
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, loading, login, logout }), [user, loading, login, logout]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current session. */
export function useSession(): SessionCtx {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
