// `zhijian kpi --stats STATS.csv --qa QA.csv --month 2026-10 [--format table|json|csv] [--policy POLICY.json]`:
// the KPI table of seed 002 without a database. Bad input rows go to stderr with file, line and field, the good
// rows are still computed, and the exit status is 2 (as for `zhijian check`); unreadable files or options: 1.
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import type { FieldError } from '../../core/conversation/schema.ts';
import { assertTimeZone, isMonth } from '../../core/time/index.ts';
import { DEFAULT_KPI_POLICY, parseKpiPolicy, type KpiPolicy } from '../../core/kpi/policy.ts';

export interface KpiIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const nodeIo: KpiIo = {
  readFile: (path) => readFile(path),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export const kpiOptionsSchema = z.object({
  stats: z.string().min(1),
  qa: z.string().min(1),
  month: z.string().refine(isMonth, 'must be YYYY-MM, e.g. 2026-10'),
  format: z.enum(['table', 'json', 'csv']).default('table'),
  policy: z.string().min(1).optional(),
  timeZone: z.string().min(1).optional(),
});
export type KpiOptions = z.input<typeof kpiOptionsSchema>;

function fieldErrors(path: string, errors: readonly FieldError[]): string {
  return errors
    .map((e) => `${path}:${e.line}: ${e.field === '' ? '' : `${e.field}: `}${e.message}\n`)
    .join('');
}

async function loadPolicy(path: string | undefined, io: KpiIo): Promise<KpiPolicy | string> {
  if (path === undefined) return DEFAULT_KPI_POLICY;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await io.readFile(path)));
  } catch (err) {
    return `${path}: ${err instanceof Error ? err.message : String(err)}`;
  }
  const r = parseKpiPolicy(json);
  return r.ok ? r.policy : r.errors.map((e) => `${path}: ${e.field || '(policy)'}: ${e.message}`).join('\n');
}

/** Run the command; returns the exit status (0 ok, 1 unusable options or files, 2 bad input rows). */
export async function runKpi(options: KpiOptions, io: KpiIo = nodeIo): Promise<number> {
  const parsed = kpiOptionsSchema.safeParse(options);
  if (!parsed.success) {
    for (const i of parsed.error.issues) io.stderr(`--${i.path.join('.')}: ${i.message}\n`);
    return 1;
  }
  const opts = parsed.data;
  const policy = await loadPolicy(opts.policy, io);
  if (typeof policy === 'string') {
    io.stderr(`${policy}\n`);
    return 1;
  }
  const timeZone = opts.timeZone ?? policy.timeZone;
  try {
    assertTimeZone(timeZone);
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  let statsBytes: Uint8Array;
  let qaBytes: Uint8Array;
  try {
    [statsBytes, qaBytes] = await Promise.all([io.readFile(opts.stats), io.readFile(opts.qa)]);
  } catch (err) {
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  // The table readers pull in exceljs: loaded here, not at every command's start-up.
  const { importQaScores } = await import('../../stats/import-qa.ts');
  const { importCallStats } = await import('../../stats/import-stats.ts');
  const { buildKpiReport, formatKpiCsv, formatKpiJson, formatKpiTable } =
    await import('../../stats/kpi-report.ts');
  const [stats, qa] = await Promise.all([
    importCallStats(statsBytes, { timeZone }),
    importQaScores(qaBytes, { timeZone }),
  ]);
  io.stderr(fieldErrors(opts.stats, stats.errors) + fieldErrors(opts.qa, qa.errors));
  for (const s of stats.skipped) io.stderr(`${opts.stats}:${s.line}: skipped ${s.reason}\n`);

  const report = buildKpiReport(stats.rows, qa.rows, opts.month, policy, timeZone);
  for (const note of report.notes) io.stderr(`note: ${note}\n`);
  switch (opts.format) {
    case 'json':
      io.stdout(formatKpiJson(report.results));
      break;
    case 'csv':
      io.stdout(formatKpiCsv(report.results));
      break;
    case 'table':
      io.stdout(formatKpiTable(report));
      break;
  }
  return stats.errors.length + qa.errors.length > 0 ? 2 : 0;
}

export function registerKpi(program: Command, io: KpiIo = nodeIo): void {
  program
    .command('kpi')
    .description('KPI points and bonus/deduction per agent for one month (seed 002), without a database')
    .requiredOption('--stats <file>', 'daily call statistics per agent, CSV (UTF-8/GBK) or XLSX')
    .requiredOption('--qa <file>', 'final QA scores: agent_id, month, qa_score (CSV or XLSX)')
    .requiredOption('--month <yyyy-mm>', 'the month to compute, e.g. 2026-10')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .option('--policy <file>', 'KPI policy JSON (omitted fields take policy v1, the seed values)')
    .option('--time-zone <zone>', "the contact center's time zone (default: the policy's, Asia/Shanghai)")
    .action(async (options: KpiOptions) => {
      process.exitCode = await runKpi(options, io);
    });
}
