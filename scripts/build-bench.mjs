// Bundles the benchmarks into dist/bench/*.mjs with the same options as the CLI bundle (scripts/build-cli.mjs),
// so `npm run bench:check` / `bench:match` measure the code users run (dist/zhijian.mjs), not the tsx dev path
// with its per-closure `__name` helper. One approach for both: build, then run the bundle with plain node.
import { NODE_BUNDLE, loadEsbuild } from './build-cli.mjs';

const esbuild = await loadEsbuild();
if (esbuild === undefined) throw new Error('build-bench: esbuild is not installed (npm ci)');
await esbuild.build({
  ...NODE_BUNDLE,
  entryPoints: { check: 'bench/check/run.ts', match: 'bench/match/run.ts' },
  outdir: 'dist/bench',
  outExtension: { '.js': '.mjs' },
});
