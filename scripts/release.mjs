// A release archive that installs with `npm ci --omit=dev` and serves the UI: the committed tree (git archive, so
// nothing untracked slips in) plus the built CLI bundle (dist/) and web UI (web/dist), which a production install
// cannot build itself because vite and esbuild are devDependencies. Moving the builders (vite, its React plugin,
// esbuild, React, antd, echarts …) into dependencies would put ~150 MB of build tools on every server to produce
// files that are the same on each; one build here is the honest trade.
//
//   npm run release            → release/zhijian-<version>.tgz (uncommitted changes are not in it: commit first)
//
// On the server:  tar xzf zhijian-<version>.tgz && cd zhijian-<version> && npm ci --omit=dev && npm start
// (`prepare` finds both outputs present and builds nothing; docs/deploy.md "From a release archive").
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-cli.mjs';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const name = `zhijian-${version}`;

const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT })
  .toString()
  .trim();
if (dirty !== '') process.stderr.write('release: uncommitted changes are left out (the archive is HEAD)\n');

// Built from the working tree's sources, which equal HEAD's when the tree is clean.
run(process.execPath, [join(ROOT, 'scripts/build.mjs')]);

const stage = mkdtempSync(join(tmpdir(), 'zhijian-release-'));
try {
  const tree = join(stage, name);
  mkdirSync(tree);
  const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', tree], { input: tar });
  cpSync(join(ROOT, 'dist'), join(tree, 'dist'), {
    recursive: true,
    // benchmark bundles are not part of the program
    filter: (src) => !src.startsWith(join(ROOT, 'dist', 'bench')),
  });
  cpSync(join(ROOT, 'web/dist'), join(tree, 'web/dist'), { recursive: true });
  mkdirSync(join(ROOT, 'release'), { recursive: true });
  const out = join(ROOT, 'release', `${name}.tgz`);
  // The built files are newer than every source in the archive, so `prepare` on the server sees nothing stale.
  run('tar', ['-czf', out, '-C', stage, name]);
  process.stderr.write(`release: ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB)\n`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
