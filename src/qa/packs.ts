// The rule pack new conversations are scored with. On start the default pack (packs/default) is stored and
// published when its version is not yet in the database; compiled versions come from src/packs/versions.ts.
import { readFileSync } from 'node:fs';
import { compilePack, type CompiledPack } from '../core/rules/index.ts';
import { packRevision } from '../core/rules/version.ts';
import { DEFAULT_PACK_PATH } from '../cli/load-pack.ts';
import { compiledVersion, type StoredPackBody } from '../packs/versions.ts';
import { getPublishedRulePack, publishRulePack, saveRulePack, type Store } from '../store/index.ts';

export const DEFAULT_PACK_ID = 'default';

export async function ensureDefaultPack(
  store: Store,
  now: Date,
  path: string = DEFAULT_PACK_PATH,
): Promise<void> {
  const source = readFileSync(path, 'utf8');
  const pack = compilePack(source, 'packs/default/pack.yaml');
  const version = packRevision(pack.version);
  const body: StoredPackBody = { source, fileName: 'packs/default/pack.yaml', label: pack.version };
  await saveRulePack(store, { id: DEFAULT_PACK_ID, version, name: pack.description || pack.id, body });
  await publishRulePack(store, DEFAULT_PACK_ID, version, now);
}

/** The published pack compiled (from the one cache of compiled versions), or undefined when none is published. */
export async function publishedPack(store: Store, id = DEFAULT_PACK_ID): Promise<CompiledPack | undefined> {
  const row = await getPublishedRulePack(store, id);
  return row ? compiledVersion(store, row.id, row.version) : undefined;
}

export { packRevision, revisionLabel } from '../core/rules/version.ts';
