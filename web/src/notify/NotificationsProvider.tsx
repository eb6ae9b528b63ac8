// The caller's unread notifications, shared by the header bell and the menu badges: loaded on login, refreshed
// every minute, when the window regains focus and after any command that invalidates notifications (reading one).
import { createContext, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/client.ts';
import type { NotificationSummary } from '../api/notify-types.ts';
import { useApi } from '../api/useApi.ts';
import { BADGE_MENU } from './describe.ts';

const POLL_MS = 60_000;

interface Value {
  summary: NotificationSummary;
  /** Unread count per menu entry key (review, appeals). */
  badges: Record<string, number>;
  refresh: () => void;
}

const EMPTY: NotificationSummary = { unread: 0, byKind: {} };
const Ctx = createContext<Value>({ summary: EMPTY, badges: {}, refresh: () => undefined });

export function NotificationsProvider({ children }: { children: ReactNode }) {
  // a missed poll keeps the last numbers (useApi keeps the data on error); the next one tries again
  const loaded = useApi(
    'notifications:summary',
    (signal) => api.get<NotificationSummary>('/api/notifications/summary', undefined, signal),
    { refetchInterval: POLL_MS },
  );
  const summary = loaded.data ?? EMPTY;
  const refresh = loaded.reload;

  useEffect(() => {
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  const value = useMemo<Value>(() => {
    const badges: Record<string, number> = {};
    for (const [kind, n] of Object.entries(summary.byKind) as [keyof typeof BADGE_MENU, number][]) {
      const menu = BADGE_MENU[kind];
      badges[menu] = (badges[menu] ?? 0) + n;
    }
    return { summary, badges, refresh };
  }, [summary, refresh]);

  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useNotifications = () => useContext(Ctx);
