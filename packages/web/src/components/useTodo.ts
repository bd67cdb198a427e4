/** The 待办 counts for the current user, refreshed on each page change. */
import { useEffect, useState } from 'react';
import type { FormStatus } from '@jixiao/core';
import * as api from '../api';
import { useSession } from '../session';
import { useLocation } from '../router';
import { TODO_BY_ROLE } from './todo';

/** Counts by status of what waits for me, and their sum (null until loaded). */
export function useTodo(): { counts: Partial<Record<FormStatus, number>>; total: number | null } {
  const { user, mustChangePassword } = useSession();
  const { path } = useLocation();
  const [counts, setCounts] = useState<Partial<Record<FormStatus, number>> | null>(null);
  useEffect(() => {
    // Until an issued password is changed the server answers 403: ask nothing.
    if (!user || mustChangePassword) return;
    const ctl = new AbortController();
    void api.countByStatus(TODO_BY_ROLE[user.role].map((c) => c.status), ctl.signal).then((c) => !ctl.signal.aborted && setCounts(c));
    return () => ctl.abort();
  }, [user, mustChangePassword, path]);
  const total = counts ? Object.values(counts).reduce((n, v) => n + (v ?? 0), 0) : null;
  return { counts: counts ?? {}, total };
}
