#!/usr/bin/env node
// Launcher. Runs the bundle dist/zhijian.mjs, built once by scripts/build.mjs (`npm ci`'s prepare, `npm run build`,
// the Docker build stage). It never switches to the TypeScript sources behind the user's back:
// - ZHIJIAN_SOURCE=1 runs src/cli/main.ts through tsx (development; tsx is a devDependency);
// - a missing bundle stops with what to run;
// - in a checkout whose src/ is newer than the bundle (an edit since the last build) it says so on stderr, then
//   runs the sources through tsx when tsx is installed (a developer's checkout), else the older bundle.
// The staleness walk only happens when src/ is shipped (a git checkout), a few ms; the Docker image has no src/.
import { existsSync, readdirSync, statSync } from 'node:fs';
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

async function runSources() {
  let api;
  try {
    api = await import('tsx/esm/api');
  } catch {
    process.stderr.write(
      'zhijian: ZHIJIAN_SOURCE=1 runs the TypeScript sources through tsx, a devDependency that is not ' +
        'installed here. Run `npm ci`, or unset ZHIJIAN_SOURCE to run the built bundle.\n',
    );
    process.exit(1);
  }
  api.register();
  await import('../src/cli/main.ts');
}

async function tsxInstalled() {
  try {
    await import('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

if (process.env.ZHIJIAN_SOURCE === '1') {
  await runSources();
} else if (!existsSync(bundle)) {
  process.stderr.write(
    'zhijian: the program is not built: dist/zhijian.mjs is missing.\n' +
      '  Build it with `npm run build` after a full `npm ci` (the builders are devDependencies); an install with\n' +
      '  `--omit=dev` runs what such a build produced, or install from a release archive (`npm run release`\n' +
      '  makes one with the built files; see docs/deploy.md). For development, ZHIJIAN_SOURCE=1 runs the\n' +
      '  TypeScript sources through tsx.\n',
  );
  process.exit(1);
} else if (existsSync(sources) && statSync(bundle).mtimeMs < newestMtime(sources)) {
  if (await tsxInstalled()) {
    process.stderr.write(
      'zhijian: src/ changed since dist/zhijian.mjs was built: running the sources through tsx (slower start). ' +
        'Run `npm run build` to use the bundle again.\n',
    );
    await runSources();
  } else {
    process.stderr.write(
      'zhijian: warning: src/ is newer than dist/zhijian.mjs, which is what runs. Rebuild with `npm ci && npm run build`.\n',
    );
    await import('../dist/zhijian.mjs');
  }
} else {
  await import('../dist/zhijian.mjs');
}
