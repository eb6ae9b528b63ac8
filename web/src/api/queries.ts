// The web data layer: every screen reads through TanStack Query, so answers are cached per request key, shared
// between the screens that show them, and refreshed when a command changes what they show.
//
// Keys: a request key is a string of ':'-separated parts whose first part names the API resource it reads (the path
// segment after /api/, e.g. `complaints:2026-11:open` for GET /api/complaints). A command names the resources it
// changes (`invalidates: ['complaints', 'settlements']`) and every cached answer under them is re-read, on this screen
// and on any other that holds one.
import { QueryClient, keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from './client.ts';
import { describeError } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** Network failures (status 0) are retried once; an answer the server gave (4xx, 5xx) is shown as it is. */
function retry(failures: number, error: unknown): boolean {
  return error instanceof ApiError && error.status === 0 && failures < 1;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry,
      // an inspector switching tabs should not refetch every list; screens re-read on mount and after commands
      refetchOnWindowFocus: false,
      // a filter or page change keeps the previous answer on screen (marked loading) until the next one arrives
      placeholderData: keepPreviousData,
    },
    mutations: { retry: false },
  },
});

export const keyParts = (key: string): string[] => key.split(':');

/** Mark every cached answer under these resources stale and re-read the ones on screen. */
export function useInvalidate(): (...resources: string[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (...resources: string[]) => {
      await Promise.all(resources.map((r) => client.invalidateQueries({ queryKey: keyParts(r) })));
    },
    [client],
  );
}

export interface CommandOptions<R> {
  /** Resources (first key parts, or longer key prefixes) whose cached answers this command changes. */
  invalidates?: readonly string[];
  /** A toast on success: a fixed text, or one made from the answer (undefined: no toast). */
  success?: string | ((result: R) => string | undefined);
  /** Leave errors to the caller (e.g. a form that shows them beside its fields); otherwise they are toasted. */
  quiet?: boolean;
}

export interface Command<A extends unknown[], R> {
  /** Runs the command; resolves to `{ value }` with its answer, or to null when it failed (already reported unless quiet). */
  run: (...args: A) => Promise<{ value: R } | null>;
  /** From the call until `run` resolves: the request, the re-reads it causes and the success message. */
  busy: boolean;
  /** Only while the request is on its way (the server has not answered yet); re-reads may follow. */
  sending: boolean;
  error: unknown;
}

/**
 * One write to the server as the UI does it everywhere: a busy flag for the button, the error localised into a
 * toast, the success message, and the affected resources re-read on every screen.
 */
export function useCommand<A extends unknown[], R>(
  send: (...args: A) => Promise<R>,
  options: CommandOptions<R> = {},
): Command<A, R> {
  const { t } = useI18n();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const m = useMutation<R, unknown, A>({
    mutationFn: (args) => send(...args),
  });
  const { mutateAsync } = m;
  const { invalidates, success, quiet } = options;
  // Busy until `run` resolves, re-reads included: a button that came back before the screen shows the new state
  // could send the same command twice (one review judgement applied to the same hit by two quick key presses).
  const [running, setRunning] = useState(0);
  // a plain function: the options are literals made anew each render, and no caller needs `run` to be stable
  const run = async (...args: A): Promise<{ value: R } | null> => {
    setRunning((n) => n + 1);
    try {
      let result: R;
      try {
        result = await mutateAsync(args);
      } catch (e) {
        if (!quiet) void message.error(describeError(e, t));
        return null;
      }
      // every command the server runs writes the audit log, so an open audit list is always re-read too
      await invalidate('audit', ...(invalidates ?? []));
      const text = typeof success === 'function' ? success(result) : success;
      if (text) void message.success(text);
      return { value: result };
    } finally {
      setRunning((n) => n - 1);
    }
  };
  return { run, busy: running > 0 || m.isPending, sending: m.isPending, error: m.error };
}
