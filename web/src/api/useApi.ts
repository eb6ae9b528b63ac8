// Load data for a screen: re-fetches when the request key changes, ignores answers to stale requests (and
// aborts them), keeps the previous data visible while the next page or filter loads, exposes reload.
import { useCallback, useEffect, useState } from 'react';

export type Loadable<T> =
  | { state: 'loading'; data: T | undefined }
  | { state: 'ok'; data: T }
  | { state: 'error'; error: unknown; data: T | undefined };

interface Settled<T> {
  /** The request this answer belongs to. */
  request: string;
  value: Loadable<T>;
}

export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): Loadable<T> & { reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const request = `${generation}\u0000${key}`;
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    load(ctl.signal).then(
      (data) => {
        if (!ctl.signal.aborted) setSettled({ request, value: { state: 'ok', data } });
      },
      (error: unknown) => {
        if (!ctl.signal.aborted)
          setSettled((prev) => ({ request, value: { state: 'error', error, data: prev?.value.data } }));
      },
    );
    return () => ctl.abort();
    // `load` is a fresh closure on every render; `request` says when the request really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // until the current request settles, it is loading (with the previous answer's data, if any)
  const value: Loadable<T> =
    settled?.request === request ? settled.value : { state: 'loading', data: settled?.value.data };
  return { ...value, reload };
}
