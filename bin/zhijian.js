#!/usr/bin/env node
// Launcher. Runs the bundle dist/zhijian.mjs (built by scripts/build-cli.mjs on npm ci / npm start) when it
// exists and no file under src/ is newer; otherwise runs the TypeScript sources through tsx (development),
// so an edit is never masked by a stale bundle. The mtime walk costs a few ms per start.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/zhijian.mjs', import.meta.url));
const sources = fileURLToPath(new URL('../src', import.meta.url));

/** Newest modification time (ms) of any file under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    const t = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function bundleIsFresh() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false; // not built: run from sources
  }
  try {
    return built >= newestMtime(sources);
  } catch {
    return true; // no src/ shipped: the bundle is all there is
  }
}

if (bundleIsFresh()) {
  await import('../dist/zhijian.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
