// `zhijian rules test PACK` runs a pack's golden conversations; `zhijian rules diff OLD NEW FILE...` previews
// the impact of a new pack version (docs/product.md capability 4: rules as code).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { parseConversation } from '../../core/conversation/schema.ts';
import {
  compareGolden,
  evaluate,
  expectationOf,
  expectedSchema,
  impactReport,
  PackError,
  packJsonSchema,
} from '../../core/rules/index.ts';
import type { CheckResult } from '../../core/rules/index.ts';
import { loadPack } from '../load-pack.ts';
import type { LoadedPack } from '../load-pack.ts';
import { readInputs } from '../read-inputs.ts';

function load(path: string): LoadedPack | undefined {
  try {
    return loadPack(path);
  } catch (e) {
    process.stderr.write(
      `${e instanceof PackError ? e.message : `cannot load rule pack ${path}: ${e instanceof Error ? e.message : String(e)}`}\n`,
    );
    return undefined;
  }
}

/** Run every golden case; with `update`, (re)write expected.json from the current result instead. */
export function runRulesTest(packPath: string, update: boolean, out: (s: string) => void): number {
  const loaded = load(packPath);
  if (loaded === undefined) return 2;
  if (!existsSync(loaded.goldenDir)) {
    out(`no golden folder at ${loaded.goldenDir}\n`);
    return 1;
  }
  const cases = readdirSync(loaded.goldenDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let failed = 0;
  for (const name of cases) {
    const dir = join(loaded.goldenDir, name);
    const parsed = parseConversation(JSON.parse(readFileSync(join(dir, 'conversation.json'), 'utf8')));
    if (!parsed.ok) {
      failed++;
      out(
        `✗ ${name}: bad conversation.json: ${parsed.errors.map((e) => `${e.field} ${e.message}`).join('; ')}\n`,
      );
      continue;
    }
    const actual = evaluate(loaded.pack, parsed.conversation);
    const expectedFile = join(dir, 'expected.json');
    if (update) {
      const previous = existsSync(expectedFile)
        ? expectedSchema.safeParse(JSON.parse(readFileSync(expectedFile, 'utf8')))
        : undefined;
      const description = previous?.success === true ? previous.data.description : undefined;
      writeFileSync(expectedFile, `${JSON.stringify(expectationOf(actual, description), null, 2)}\n`);
      out(`↻ ${name}\n`);
      continue;
    }
    const expected = expectedSchema.safeParse(JSON.parse(readFileSync(expectedFile, 'utf8')));
    const diffs = expected.success
      ? compareGolden(expected.data, actual)
      : [`bad expected.json: ${expected.error.message}`];
    if (diffs.length === 0) out(`✓ ${name}\n`);
    else {
      failed++;
      out(`✗ ${name}\n${diffs.map((d) => `    ${d}\n`).join('')}`);
    }
  }
  out(
    `\n${cases.length - failed}/${cases.length} golden conversation(s) pass (${loaded.pack.id} ${loaded.pack.version})\n`,
  );
  return failed > 0 ? 1 : 0;
}

export async function runRulesDiff(
  oldPath: string,
  newPath: string,
  files: readonly string[],
  format: 'table' | 'json',
  out: (s: string) => void,
): Promise<number> {
  const before = load(oldPath);
  const after = load(newPath);
  if (before === undefined || after === undefined) return 2;
  const pairs: [CheckResult, CheckResult][] = [];
  let bad = 0;
  for await (const item of readInputs(files)) {
    if (item.kind === 'error') bad++;
    else pairs.push([evaluate(before.pack, item.conversation), evaluate(after.pack, item.conversation)]);
  }
  const report = impactReport(pairs);
  if (format === 'json')
    out(
      `${JSON.stringify({ old: before.pack.version, new: after.pack.version, badRecords: bad, ...report }, null, 2)}\n`,
    );
  else {
    const f = (n: number): string => n.toFixed(2);
    out(
      `${before.pack.id} ${before.pack.version} → ${after.pack.id} ${after.pack.version}: ${report.conversations} conversation(s), ${report.changed.length} changed, mean score ${f(report.meanScoreBefore)} → ${f(report.meanScoreAfter)}\n\n`,
    );
    out(
      `${'rule'.padEnd(22)} ${'+hits'.padStart(7)} ${'-hits'.padStart(7)} ${'+conv'.padStart(7)} ${'-conv'.padStart(7)}\n`,
    );
    for (const r of report.rules)
      out(
        `${r.rule.padEnd(22)} ${String(r.hitsGained).padStart(7)} ${String(r.hitsLost).padStart(7)} ${String(r.conversationsGaining).padStart(7)} ${String(r.conversationsLosing).padStart(7)}\n`,
      );
    if (report.changed.length > 0) out('\n');
    for (const d of report.changed) {
      out(`${d.id}  ${d.scoreBefore} → ${d.scoreAfter}\n`);
      for (const h of d.gained)
        out(
          `  + ${h.rule} turn ${h.turn} [${h.start},${h.end}) ${h.text === '' ? (h.message ?? '') : `「${h.text}」`}\n`,
        );
      for (const h of d.lost)
        out(
          `  - ${h.rule} turn ${h.turn} [${h.start},${h.end}) ${h.text === '' ? (h.message ?? '') : `「${h.text}」`}\n`,
        );
    }
    if (bad > 0) out(`\n${bad} bad record(s) skipped\n`);
  }
  return bad > 0 ? 2 : 0;
}

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('rule packs as code: golden tests and impact preview');
  rules
    .command('test')
    .description("run a pack's golden conversations (<pack>/golden/<case>/conversation.json + expected.json)")
    .argument('<pack>', 'rule pack file or folder')
    .option('--update', 'rewrite expected.json from the current results (read the diff before committing)')
    .action((pack: string, opts: { update?: boolean }) => {
      process.exitCode = runRulesTest(pack, opts.update === true, (s) => process.stdout.write(s));
    });
  rules
    .command('schema')
    .description('print the JSON Schema of rule packs (committed as packs/schema/rule-pack.schema.json)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(packJsonSchema(), null, 2)}\n`);
    });
  rules
    .command('diff')
    .description(
      'preview a new pack version: conversations that gain or lose hits, per rule, and score deltas',
    )
    .argument('<old>', 'current rule pack')
    .argument('<new>', 'candidate rule pack')
    .argument('<files...>', 'conversation files')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (oldPack: string, newPack: string, files: string[], opts: { format: 'table' | 'json' }) => {
      process.exitCode = await runRulesDiff(oldPack, newPack, files, opts.format, (s) =>
        process.stdout.write(s),
      );
    });
}
