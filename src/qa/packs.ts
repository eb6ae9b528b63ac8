// The rule pack new conversations are scored with. On start the default pack (packs/default) is stored and
// published when its version is not yet in the database; compiled packs are cached per (id, version).
import { readFileSync } from 'node:fs';
import { compilePack, type CompiledPack } from '../core/rules/index.ts';
import { packRevision } from '../core/rules/version.ts';
import { DEFAULT_PACK_PATH } from '../cli/load-pack.ts';
import { getPublishedRulePack, publishRulePack, saveRulePack, type Store } from '../store/index.ts';

export const DEFAULT_PACK_ID = 'default';

/** What the rule_packs.body column holds: the pack source, compiled again on load (compilation is cheap). */
interface StoredPackBody {
  source: string;
  fileName: string;
  label: string;
}

const cache = new Map<string, CompiledPack>();

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

/** The published pack compiled, or undefined when none is published. */
export async function publishedPack(store: Store, id = DEFAULT_PACK_ID): Promise<CompiledPack | undefined> {
  const row = await getPublishedRulePack(store, id);
  if (!row) return undefined;
  const key = `${row.id}@${row.version}`;
  let pack = cache.get(key);
  if (!pack) {
    const body = row.body as StoredPackBody;
    pack = compilePack(body.source, body.fileName);
    cache.set(key, pack);
  }
  return pack;
}

export { packRevision, revisionLabel } from '../core/rules/version.ts';
