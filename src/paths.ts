// Where the installed package lives, for files read at run time (web/dist, packs/, drizzle/). Computed by
// walking up from this module to the package.json named `zhijian`, so it holds both when running the sources
// (src/paths.ts, through tsx) and when running the bundle (dist/zhijian.mjs), whose depth differs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'zhijian';

function findPackageRoot(from: string): string {
  for (let dir = from; ;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
        if (name === PACKAGE_NAME) return dir;
      } catch {
        // an unreadable package.json on the way up is not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${from}`);
    dir = parent;
  }
}

/** Absolute path of the package root (the folder holding zhijian's package.json). */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** Absolute path of a file or folder of the package, e.g. `packagePath('packs/default/pack.yaml')`. */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}
