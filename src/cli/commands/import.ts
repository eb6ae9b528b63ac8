// `zhijian import PATH... --server URL --token TOKEN [--profile NAME|FILE] [import flags]`: pushes files (a
// folder is walked) to a running server's POST /api/ingest, one multipart upload per file, with a progress bar
// on a terminal and one JSON line per file on stdout ({file, batchId, total} or {file, status, error}). The
// server reads each file with its importers (or a saved import profile named by --profile) and answers a batch
// id to follow in the web UI or at GET /api/ingest/{batchId}. Exit status (README "Command line"): 0 every file
// accepted, 2 a file refused (bad input), 3 server unreachable or the token refused (nothing more is sent).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { addImportFlags, importOptionsOf, type ImportFlags } from '../import-options.ts';
import { decorated, endQuietlyOnClosedPipe } from '../pipe.ts';

export interface ImportCommandOptions extends ImportFlags {
  server: string;
  token?: string;
  quiet?: boolean;
  progress?: boolean;
}

export interface ImportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Progress on a terminal; undefined when there is none. */
  tty: boolean;
}

const EXTENSIONS = /\.(json|jsonl|ndjson|csv|tsv|txt|xlsx|xlsm|xls|srt|vtt)$/i;

/** Files under the given paths: files as given, folders walked (hidden entries skipped), sorted by path. */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && EXTENSIONS.test(entry.name)) files.push(p);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) missing.push(p);
    else if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

export async function runImport(
  paths: readonly string[],
  opts: ImportCommandOptions,
  io: ImportIo,
): Promise<number> {
  const token = opts.token ?? process.env.ZHIJIAN_TOKEN;
  if (!token) {
    io.stderr(
      'no API token: pass --token or set ZHIJIAN_TOKEN (create one under 设置 → API 令牌 or POST /api/tokens)\n',
    );
    return 3;
  }
  // --profile names a saved profile on the server unless it is a file here
  const profileFile = opts.profile !== undefined && existsSync(opts.profile) ? opts.profile : undefined;
  let options;
  try {
    options = importOptionsOf({ ...opts, profile: profileFile });
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const serverProfile = profileFile === undefined ? opts.profile : undefined;
  const { files, missing } = collectFiles(paths);
  for (const m of missing) io.stderr(`${m}: no such file or folder\n`);
  if (files.length === 0) {
    io.stderr('no files to import\n');
    return 2;
  }
  const sizes = files.map((f) => statSync(f).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const bar =
    io.tty && !opts.quiet && opts.progress !== false
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'importing [{bar}] {value}/{total} files | {file}',
            hideCursor: true,
          },
          decorated() ? cliProgress.Presets.shades_classic : cliProgress.Presets.legacy,
        )
      : undefined;
  bar?.start(files.length, 0, { file: '' });
  const url = `${opts.server.replace(/\/+$/, '')}/api/ingest`;
  let refused = missing.length > 0;
  let sentBytes = 0;
  try {
    for (const [i, file] of files.entries()) {
      bar?.update(i, { file: basename(file) });
      const form = new FormData();
      if (Object.keys(options).length > 0) form.append('options', JSON.stringify(options));
      if (serverProfile !== undefined) form.append('profile', serverProfile);
      form.append('file', new Blob([readFileSync(file)]), basename(file));
      let res: Response;
      try {
        res = await fetch(url, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
      } catch (e) {
        bar?.stop();
        io.stderr(
          `cannot reach ${url}: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}\n`,
        );
        return 3;
      }
      const body = (await res.json().catch(() => ({}))) as {
        batchId?: string;
        total?: number;
        message?: string;
        error?: string;
      };
      sentBytes += sizes[i]!;
      if (res.status === 401 || res.status === 403) {
        bar?.stop();
        io.stderr(`the server refused the token (${res.status}): ${body.message ?? body.error ?? ''}\n`);
        return 3;
      }
      if (res.status !== 202) {
        refused = true;
        io.stdout(
          `${JSON.stringify({ file, status: res.status, error: body.message ?? body.error ?? res.statusText })}\n`,
        );
        continue;
      }
      io.stdout(`${JSON.stringify({ file, batchId: body.batchId, total: body.total })}\n`);
    }
  } finally {
    bar?.update(files.length, { file: '' });
    bar?.stop();
  }
  if (!opts.quiet) io.stderr(`${files.length} file(s), ${sentBytes} of ${total} bytes sent to ${url}\n`);
  return refused ? 2 : 0;
}

export function registerImport(program: Command): void {
  const cmd = program
    .command('import')
    .description('push files or folders of conversations to a running zhijian server (POST /api/ingest)')
    .argument('<paths...>', 'files or folders (walked for .json/.jsonl/.csv/.tsv/.xls/.xlsx/.srt/.vtt/.txt)')
    .option(
      '--server <url>',
      'server URL (or ZHIJIAN_URL)',
      process.env.ZHIJIAN_URL ?? 'http://localhost:3000',
    )
    .option('--token <token>', 'API token (or ZHIJIAN_TOKEN)')
    .option('--no-progress', 'never show a progress bar')
    .option('-q, --quiet', 'no progress or summary on stderr');
  addImportFlags(cmd).action(async (paths: string[], opts: ImportCommandOptions) => {
    endQuietlyOnClosedPipe();
    process.exitCode = await runImport(paths, opts, {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      tty: process.stderr.isTTY === true,
    });
  });
}
