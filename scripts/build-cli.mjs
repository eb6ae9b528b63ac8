// Bundles the CLI (src/cli/main.ts) into dist/zhijian.mjs so production runs plain JavaScript: no tsx loader
// at start-up and no esbuild `keepNames` helper (`__name(...)`) wrapped around every named closure on hot paths.
// Dependencies stay external (resolved from node_modules at run time); files read at run time are found
// through src/paths.ts, which does not depend on the module's depth. scripts/build.mjs (`npm run build`, `prepare`,
// `npm start`) builds this bundle and the web UI; `npm run build:cli` runs this file alone.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** esbuild options shared by every bundle of this package (CLI and benchmarks). */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  keepNames: false,
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

export async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return undefined;
  }
}

/**
 * The CLI bundle with code splitting: a command's modules (and the packages they import: fastify, pg-boss, PGlite,
 * exceljs) are loaded by its action through import(), so `check` and `--version` start without them.
 * check-worker.mjs is the scoring thread of `zhijian check` (src/cli/check-pool.ts). Old chunks are removed first.
 */
export async function buildCliBundle(esbuild) {
  rmSync(join(ROOT, 'dist', 'chunks'), { recursive: true, force: true });
  await esbuild.build({
    ...NODE_BUNDLE,
    entryPoints: { zhijian: 'src/cli/main.ts', 'check-worker': 'src/cli/check-worker.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
  });
}

async function main() {
  const esbuild = await loadEsbuild();
  if (esbuild === undefined) {
    process.stderr.write('build-cli: esbuild is a devDependency and is not installed: run `npm ci` first\n');
    process.exitCode = 1;
    return;
  }
  await buildCliBundle(esbuild);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
