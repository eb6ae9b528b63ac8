// What `zhijian rules test` and `zhijian rules diff` do (registered in ./rules.ts, which imports this module only
// when one of them runs: the YAML parser and the rule engine are not every command's start-up).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConversation } from '../../core/conversation/schema.ts';
import {
  compareGolden,
  evaluate,
  expectationOf,
  expectedSchema,
  impactReport,
  PackError,
} from '../../core/rules/index.ts';
import type { CheckResult } from '../../core/rules/index.ts';
import { loadPack } from '../load-pack.ts';
import type { LoadedPack } from '../load-pack.ts';
import { readInputs } from '../read-inputs.ts';

async function load(path: string): Promise<LoadedPack | undefined> {
  try {
    return await loadPack(path);
  } catch (e) {
    process.stderr.write(
      `${e instanceof PackError ? e.message : `cannot load rule pack ${path}: ${e instanceof Error ? e.message : String(e)}`}\n`,
    );
    return undefined;
  }
}

/** Run every golden case; with `update`, (re)write expected.json from the current result instead. */
export async function runRulesTest(
  packPath: string,
  update: boolean,
  out: (s: string) => void,
): Promise<number> {
  const loaded = await load(packPath);
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
  const before = await load(oldPath);
  const after = await load(newPath);
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
