// Builds what a production install runs: the CLI bundle (dist/zhijian.mjs, esbuild) and the web UI (web/dist,
// vite) with a gzip and a brotli copy of every text asset, which `zhijian serve` sends as is (no compression per
// request). Run by `npm ci` (prepare), `npm run build` and `npm start`.
//
// Both builders are devDependencies: an install with `--omit=dev` cannot build, so it runs what was built before
// (the Docker image's build stage, or a checkout built once with `npm ci`). Without them this script only checks
// that both outputs exist and says plainly which one is missing and how to produce it.
//
//   node scripts/build.mjs             build both (skips nothing)
//   node scripts/build.mjs --if-stale  build an output only when its sources are newer (what `npm start` runs)
//   node scripts/build.mjs --prepare   as --if-stale, but a missing output is a warning, not a failure (npm ci)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT, buildCliBundle, loadEsbuild } from './build-cli.mjs';

const args = new Set(process.argv.slice(2));
const prepare = args.has('--prepare');
const ifStale = prepare || args.has('--if-stale');

const CLI_OUT = join(ROOT, 'dist/zhijian.mjs');
const WEB_OUT = join(ROOT, 'web/dist/index.html');
const WEB_DIST = join(ROOT, 'web/dist');

/** Newest modification time (ms) of any file under the given folders, skipping `skip` folders. */
function newestMtime(dirs, skip = new Set()) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(path)) walk(path);
      } else {
        const t = statSync(path).mtimeMs;
        if (t > newest) newest = t;
      }
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return newest;
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function isStale(output, inputs, skip) {
  const built = mtime(output);
  return built === 0 || built < newestMtime(inputs, skip);
}

async function loadVite() {
  try {
    return await import('vite');
  } catch {
    return undefined;
  }
}

// Hashed assets are fetched once and cached for a year (see src/http/static.ts); a compressed copy beside each
// text file lets @fastify/static answer Accept-Encoding without compressing per request.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|ico|wasm)$/;
function compressTree(dir) {
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      files += compressTree(path);
      continue;
    }
    if (!COMPRESSIBLE.test(entry.name)) continue;
    const body = readFileSync(path);
    if (body.length < 1024) continue;
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    files++;
  }
  return files;
}

const problems = [];

async function buildCli() {
  const stale = isStale(CLI_OUT, [join(ROOT, 'src')]);
  if (ifStale && !stale) return;
  const esbuild = await loadEsbuild();
  if (esbuild === undefined) {
    if (!existsSync(CLI_OUT))
      problems.push('dist/zhijian.mjs (the CLI bundle) is missing and esbuild is not installed');
    else if (stale && existsSync(join(ROOT, 'src')))
      process.stderr.write(
        'build: dist/zhijian.mjs is older than src/ and esbuild is not installed; keeping it\n',
      );
    return;
  }
  await buildCliBundle(esbuild);
  process.stderr.write('build: dist/zhijian.mjs\n');
}

async function buildWeb() {
  const stale = isStale(WEB_OUT, [join(ROOT, 'web'), join(ROOT, 'src')], new Set([WEB_DIST]));
  if (ifStale && !stale) return;
  const vite = await loadVite();
  if (vite === undefined) {
    if (!existsSync(WEB_OUT)) problems.push('web/dist (the web UI) is missing and vite is not installed');
    else if (stale && existsSync(join(ROOT, 'web/src')))
      process.stderr.write('build: web/dist is older than web/src and vite is not installed; keeping it\n');
    return;
  }
  await vite.build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
  const n = compressTree(WEB_DIST);
  process.stderr.write(`build: web/dist (${n} files with .gz and .br copies)\n`);
}

await buildCli();
await buildWeb();

if (problems.length > 0) {
  const message =
    `build: ${problems.join('; ')}.\n` +
    '  The builders (vite, esbuild) are devDependencies, so `npm ci --omit=dev` on a fresh clone cannot build.\n' +
    '  Either install from a release archive (`npm run release` on a build machine makes one with the built\n' +
    '  files; it installs with `npm ci --omit=dev`), or build here once with the full install (`npm ci`), then\n' +
    '  `npm ci --omit=dev` keeps the built files; or use the Docker image. See docs/deploy.md.\n';
  process.stderr.write(message);
  if (!prepare) process.exitCode = 1;
}
