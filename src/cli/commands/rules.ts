// `zhijian rules test PACK` runs a pack's golden conversations; `zhijian rules diff OLD NEW FILE...` previews
// the impact of a new pack version (docs/product.md capability 4: rules as code). The work is in ./rules-run.ts,
// imported when a subcommand runs.
import { Option } from 'commander';
import type { Command } from 'commander';

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('rule packs as code: golden tests and impact preview');
  rules
    .command('test')
    .description("run a pack's golden conversations (<pack>/golden/<case>/conversation.json + expected.json)")
    .argument('<pack>', 'rule pack file or folder')
    .option('--update', 'rewrite expected.json from the current results (read the diff before committing)')
    .action(async (pack: string, opts: { update?: boolean }) => {
      const { runRulesTest } = await import('./rules-run.ts');
      process.exitCode = await runRulesTest(pack, opts.update === true, (s) => process.stdout.write(s));
    });
  rules
    .command('schema')
    .description('print the JSON Schema of rule packs (committed as packs/schema/rule-pack.schema.json)')
    .action(async () => {
      const { packJsonSchema } = await import('../../core/rules/json-schema.ts');
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
      const { runRulesDiff } = await import('./rules-run.ts');
      process.exitCode = await runRulesDiff(oldPack, newPack, files, opts.format, (s) =>
        process.stdout.write(s),
      );
    });
}
