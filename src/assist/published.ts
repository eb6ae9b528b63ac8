// The checker of the published pack version, kept per process. Which version is published is re-read at most every
// REFRESH_MS (another server may publish) and at once after a publication in this process; a version's checker is
// built once. So a check costs no database round trip beyond authentication.
import { compiledVersion } from '../packs/versions.ts';
import { publishedRevision, type Store } from '../store/index.ts';
import { buildChecker, type AssistChecker } from './checker.ts';

const REFRESH_MS = 2000;

interface Current {
  revision: number | undefined;
  readAt: number;
}

const current = new WeakMap<Store, Map<string, Current>>();
const checkers = new Map<string, AssistChecker>();

export async function publishedChecker(
  store: Store,
  packId: string,
  nowMs: number = performance.now(),
): Promise<AssistChecker | undefined> {
  let perStore = current.get(store);
  if (!perStore) {
    perStore = new Map<string, Current>();
    current.set(store, perStore);
  }
  let c = perStore.get(packId);
  if (!c || nowMs - c.readAt > REFRESH_MS) {
    c = { revision: await publishedRevision(store, packId), readAt: nowMs };
    perStore.set(packId, c);
  }
  if (c.revision === undefined) return undefined;
  const key = `${packId}@${c.revision}`;
  let checker = checkers.get(key);
  if (!checker) {
    checker = buildChecker(await compiledVersion(store, packId, c.revision), c.revision);
    checkers.set(key, checker);
  }
  return checker;
}

/** After publishing in this process: the next check reads the published version again. */
export function forgetPublished(store: Store): void {
  current.delete(store);
}
