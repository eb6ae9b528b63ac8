// The caller's unread notifications, shared by the header bell and the menu badges: loaded on login, refreshed
// every minute, when the window regains focus and after the user reads something.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/client.ts';
import type { NotificationSummary } from '../api/notify-types.ts';
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
  const [summary, setSummary] = useState<NotificationSummary>(EMPTY);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    const ctl = new AbortController();
    api.get<NotificationSummary>('/api/notifications/summary', undefined, ctl.signal).then(
      (s) => {
        if (!ctl.signal.aborted) setSummary(s);
      },
      () => undefined, // a missed poll keeps the last numbers; the next one tries again
    );
    return () => ctl.abort();
  }, [generation]);

  useEffect(() => {
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
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
