// Load data for a screen through the query cache (./queries.ts): answers are cached and shared by request key,
// re-read when the key changes (the previous answer stays visible meanwhile), aborted when no longer wanted.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { keyParts } from './queries.ts';

export type Loadable<T> =
  | { state: 'loading'; data: T | undefined }
  | { state: 'ok'; data: T }
  | { state: 'error'; error: unknown; data: T | undefined };

/**
 * Load data for a screen under a request key (./queries.ts says how keys are named): cached and shared by key, re-read when the key changes
 * (the previous answer stays visible meanwhile), aborted when no longer wanted. `reload` re-reads this key only;
 * after a command prefer `useCommand`'s `invalidates`, which refreshes every screen showing the resource.
 */
export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  options: { enabled?: boolean; refetchInterval?: number | false } = {},
): Loadable<T> & { reload: () => void } {
  const q = useQuery({
    queryKey: keyParts(key),
    queryFn: ({ signal }) => load(signal),
    ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
    ...(options.refetchInterval === undefined ? {} : { refetchInterval: options.refetchInterval }),
  });
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  if (q.isError) return { state: 'error', error: q.error, data: q.data, reload };
  // a placeholder (the previous key's answer) or a re-read in progress shows as loading, with the data kept
  if (q.isSuccess && !q.isPlaceholderData && !q.isRefetching) return { state: 'ok', data: q.data, reload };
  return { state: 'loading', data: q.data, reload };
}
