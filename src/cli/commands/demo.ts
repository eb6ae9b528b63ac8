// `zhijian demo [--reset]`: load (or reload) the demo organisation while the server is stopped.
// The database modules are imported inside the action so that other commands do not load them at start-up.
import type { Command } from 'commander';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load the demo organisation and ~500 conversations (scored when the server next runs)')
    .option('--reset', 'drop all data first and reload the demo')
    .option('--force', 'with --reset: wipe even a database holding non-demo clients')
    .action(async (opts: { reset?: boolean; force?: boolean }) => {
      const { parseSettings } = await import('../../settings/settings.ts');
      const { openStore } = await import('../../store/index.ts');
      const { startQueue } = await import('../../jobs/queue.ts');
      const { ensureDefaultPack } = await import('../../qa/packs.ts');
      const { demoAccountLines, isEmptyDatabase, loadDemo } = await import('../../demo/load-demo.ts');
      const { reopenWiped } = await import('../../demo/reset.ts');
      const { ensureAdmin } = await import('../../server/bootstrap-admin.ts');
      const settings = parseSettings(process.env);
      const where = { databaseUrl: settings.databaseUrl, dataDir: settings.dataDir };
      const store = opts.reset ? await reopenWiped(where, opts.force ?? false) : await openStore(where);
      try {
        if (!(await isEmptyDatabase(store))) {
          console.log('The database already holds data; use --reset to reload the demo.');
          return;
        }
        const now = new Date();
        await ensureDefaultPack(store, now);
        const admin = await ensureAdmin(store, settings.adminPassword);
        const queue = await startQueue(store, { schedule: false });
        try {
          const r = await loadDemo(store, queue, { now, timeZone: settings.timeZone });
          console.log(`Demo loaded: ${r.conversations} conversations, ${r.agents} agents.`);
          console.log('Demo accounts (username, role, password; shown once):');
          for (const line of demoAccountLines(r.users)) console.log(line);
          if (admin.created && admin.generated)
            console.log(`User "admin" password: ${admin.password} (shown once)`);
          console.log('Conversations are scored when `zhijian serve` runs.');
        } finally {
          await queue.stop({ timeoutMs: 5000 });
        }
      } finally {
        await store.close();
      }
    });
}
