// A per-user cache of validated rule packs for the CLI. Validating a pack (YAML, then the schema) is the costly
// half of compiling it, mostly the parsers' cold start: about a quarter of a second before `zhijian check` can
// score anything, paid again on every run with the same pack. A pack that validated is stored as plain data
// under a key of its text and of the running build, so an edit of the pack or a new build of zhijian misses the
// cache; an invalid pack is never stored (its errors are always computed). The cache is only a shortcut: a file
// that cannot be read, written or parsed is ignored, and ZHIJIAN_CACHE_DIR=off turns it off.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackInput } from '../core/rules/schema.ts';

const FORMAT = 1;

/** The cache folder: ZHIJIAN_CACHE_DIR, else the XDG cache folder; undefined when turned off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const own = env.ZHIJIAN_CACHE_DIR;
  if (own === 'off' || own === '') return undefined;
  if (own !== undefined) return own;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'zhijian');
}

let buildId: string | null | undefined;

/**
 * What identifies the running code: a hash of this bundle file, whose text names every chunk it imports by its
 * content hash (scripts/build-cli.mjs), so any change to the validating code changes it. Running from the
 * TypeScript sources (tsx) there is no such file and no cache: a source edit would not show.
 */
function currentBuild(): string | null {
  if (buildId !== undefined) return buildId;
  buildId = null;
  if (!import.meta.url.endsWith('.ts'))
    try {
      buildId = createHash('sha256')
        .update(readFileSync(fileURLToPath(import.meta.url)))
        .digest('hex');
    } catch {
      // not a file (an eval'd module): no cache
    }
  return buildId;
}

/**
 * Validation (YAML, schema), imported only when the cache has no answer: a run that hits the cache never loads the
 * YAML parser, a measurable part of `zhijian check`'s start-up.
 */
async function validate(text: string, fileName: string): Promise<PackInput> {
  const { validatePack } = await import('../core/rules/compile.ts');
  return validatePack(text, fileName);
}

/** The core's validatePack, answered from the cache when this build already validated this exact text. */
export async function validatePackCached(
  text: string,
  fileName: string,
  { dir = cacheDir(), build = currentBuild() }: { dir?: string | undefined; build?: string | null } = {},
): Promise<PackInput> {
  if (dir === undefined || build === null) return validate(text, fileName);
  const key = createHash('sha256').update(`${FORMAT}\0${build}\0`).update(text).digest('hex');
  const path = join(dir, 'packs', `${key}.json`);
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { key?: string; pack?: PackInput };
    if (stored.key === key && stored.pack !== undefined) return stored.pack;
  } catch {
    // missing or unreadable: validate
  }
  const pack = await validate(text, fileName);
  try {
    mkdirSync(join(dir, 'packs'), { recursive: true, mode: 0o700 });
    // Written whole and renamed into place, so a concurrent run never reads half a file.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key, pack }), { mode: 0o600 });
    renameSync(tmp, path);
  } catch {
    // a read-only home or a full disk only costs the next run the validation
  }
  return pack;
}
