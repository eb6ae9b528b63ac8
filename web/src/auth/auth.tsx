// Session state: who is logged in (from GET /api/auth/me), login, logout, and the jump back to the login page
// when any API call answers 401 (the session cookie expired or was revoked).
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api, ApiError, setUnauthorizedHandler } from '../api/client.ts';
import { queryClient } from '../api/queries.ts';
import type { Action, User } from '../api/types.ts';

export type Session =
  { state: 'checking' } | { state: 'anonymous'; expired: boolean } | { state: 'authenticated'; user: User };

interface AuthValue {
  session: Session;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ state: 'checking' });

  useEffect(() => {
    const ctl = new AbortController();
    api
      .get<{ user: User }>('/api/auth/me', undefined, ctl.signal)
      .then(({ user }) => setSession({ state: 'authenticated', user }))
      .catch((e: unknown) => {
        if (ctl.signal.aborted) return;
        // 401 is the normal "not logged in"; anything else also lands on the login page, which shows errors itself
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('session probe failed', e);
        setSession({ state: 'anonymous', expired: false });
      });
    return () => ctl.abort();
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() =>
      setSession((s) => (s.state === 'authenticated' ? { state: 'anonymous', expired: true } : s)),
    );
    return () => setUnauthorizedHandler(null);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const { user } = await api.post<{ user: User }>(
      '/api/auth/login',
      { username, password },
      { expect401: true },
    );
    queryClient.clear();
    setSession({ state: 'authenticated', user });
    return user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout', {}, { expect401: true });
    } finally {
      setSession({ state: 'anonymous', expired: false });
    }
  }, []);

  // Cached answers belong to the user who read them: none survives a sign-out or an expired session (cleared once
  // the screens that held them are gone), nor is any left for the next sign-in.
  useEffect(() => {
    if (session.state === 'anonymous') queryClient.clear();
  }, [session.state]);

  const value = useMemo(() => ({ session, login, logout }), [session, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/**
 * Whether the logged-in user may perform a policy action, as the server said at login (User.actions): screens
 * show or hide what they offer from this, never from role lists of their own. The API still checks every call.
 */
export function useMay(): (action: Action) => boolean {
  const { session } = useAuth();
  const actions = session.state === 'authenticated' ? session.user.actions : undefined;
  return useMemo(() => {
    const set = new Set<string>(actions ?? []);
    return (action: Action) => set.has(action);
  }, [actions]);
}
