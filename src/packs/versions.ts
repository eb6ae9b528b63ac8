// Rule pack versions as the API handles them: upload (compile, then store as a draft), compiled versions cached per
// (id, revision), and the revision a URL names (`1.2.0` or its integer form 1002000, see packRevision).
import { AppError } from '../core/errors/app-error.ts';
import { compilePack, PackError, type CompiledPack } from '../core/rules/index.ts';
import { packRevision, revisionLabel } from '../core/rules/version.ts';

export { revisionLabel };
import { getRulePack, insertRulePackAudited, type Store } from '../store/index.ts';

/** What rule_packs.body holds (the same shape src/qa/packs.ts stores for the default pack). */
export interface StoredPackBody {
  source: string;
  fileName: string;
  label: string;
}

export function isStoredPackBody(v: unknown): v is StoredPackBody {
  const b = v as Partial<StoredPackBody> | null;
  return typeof b?.source === 'string' && typeof b.fileName === 'string' && typeof b.label === 'string';
}

/** `1.2.0` → 1002000; a plain integer is taken as the revision itself. */
export function parseVersionParam(v: string): number {
  if (/^\d+\.\d+\.\d+$/.test(v)) {
    try {
      return packRevision(v);
    } catch (e) {
      throw new AppError('BAD_INPUT', (e as Error).message);
    }
  }
  if (/^\d+$/.test(v)) return Number(v);
  throw new AppError('BAD_INPUT', `pack version "${v}" is neither MAJOR.MINOR.PATCH nor a revision number`);
}

/** The one cache of compiled pack versions in a process (scoring, review, assist, preview all read it). */
const compiled = new Map<string, CompiledPack>();

/** A stored version compiled (cached: versions are immutable once stored), or NOT_FOUND. */
export async function compiledVersion(
  store: Pick<Store, 'db'>,
  id: string,
  version: number,
): Promise<CompiledPack> {
  const key = `${id}@${version}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const row = await getRulePack(store, id, version);
  if (!row || !isStoredPackBody(row.body))
    throw new AppError('NOT_FOUND', `Rule pack ${id} ${revisionLabel(version)} not found`);
  const pack = compilePack(row.body.source, row.body.fileName);
  compiled.set(key, pack);
  return pack;
}

export interface UploadedPack {
  id: string;
  version: number;
  label: string;
  name: string;
  /** False when this exact source was stored before (an upload is idempotent). */
  created: boolean;
}

/**
 * Compile and store a new pack version as a draft (not yet published). A bad pack is BAD_INPUT with every issue's
 * file, line, column and path; an existing version with a different source is a CONFLICT (versions are immutable:
 * bump the version).
 */
export async function uploadPack(
  store: Store,
  u: { source: string; fileName: string; actorUserId: string },
): Promise<UploadedPack> {
  let pack: CompiledPack;
  try {
    pack = compilePack(u.source, u.fileName);
  } catch (e) {
    if (e instanceof PackError) {
      throw new AppError('BAD_INPUT', `rule pack rejected: ${e.issues.length} issue(s)`, {
        issues: e.issues,
      });
    }
    throw e;
  }
  const version = packRevision(pack.version);
  const existing = await getRulePack(store, pack.id, version);
  const name = pack.description || pack.id;
  if (existing) {
    if (isStoredPackBody(existing.body) && existing.body.source === u.source) {
      return { id: pack.id, version, label: pack.version, name: existing.name, created: false };
    }
    throw new AppError(
      'CONFLICT',
      `rule pack ${pack.id} ${pack.version} already exists with other content: published versions are immutable, bump the version`,
    );
  }
  const body: StoredPackBody = { source: u.source, fileName: u.fileName, label: pack.version };
  await insertRulePackAudited(store, {
    id: pack.id,
    version,
    name,
    body,
    actorUserId: u.actorUserId,
    audit: { label: pack.version, rules: pack.rules.length },
  });
  compiled.set(`${pack.id}@${version}`, pack);
  return { id: pack.id, version, label: pack.version, name, created: true };
}
