// `zhijian backup FILE` and `zhijian restore FILE`: the embedded database to one file and back into a new data
// folder (src/ops/backup.ts). The data folder has one owner: stop `serve` first (the lock says so otherwise).
// The database modules are imported inside the actions so that other commands do not load them at start-up.
import type { Command } from 'commander';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TableCount } from '../../ops/backup.ts';

async function modules() {
  const [ops, settings, store, pglite, migrator] = await Promise.all([
    import('../../ops/backup.ts'),
    import('../../settings/settings.ts'),
    import('../../store/index.ts'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  return {
    ...ops,
    parseSettings: settings.parseSettings,
    openStore: store.openStore,
    MIGRATIONS_FOLDER: store.MIGRATIONS_FOLDER,
    drizzle: pglite.drizzle,
    migrate: migrator.migrate,
  };
}

function summary(counts: readonly TableCount[]): string {
  const rows = counts.reduce((n, c) => n + c.rows, 0);
  return `${counts.length} tables, ${rows} rows`;
}

function noPostgres(m: Awaited<ReturnType<typeof modules>>, databaseUrl: string | undefined): void {
  if (databaseUrl)
    throw new m.BackupError(
      'DATABASE_URL is set: back up PostgreSQL with pg_dump (and restore with pg_restore), see docs/deploy.md',
    );
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write every row of the embedded database (DATA_DIR) to FILE (gzip); stop `serve` first')
    .argument('<file>', 'the backup file to create (must not exist)')
    .action(async (file: string) => {
      const m = await modules();
      const { backupDatabase, openStore } = m;
      const settings = m.parseSettings(process.env);
      noPostgres(m, settings.databaseUrl);
      // No migration: a backup taken before an upgrade must leave the database as it is.
      const store = await openStore({ dataDir: settings.dataDir, migrate: false });
      try {
        const counts = await backupDatabase(store, file, new Date());
        console.log(`backup: ${summary(counts)} from ${resolve(settings.dataDir)} → ${resolve(file)}`);
      } finally {
        await store.close();
      }
    });

  program
    .command('restore')
    .description('load a backup into a new, empty data folder and check every table’s row count')
    .argument('<file>', 'a file written by `zhijian backup`')
    .option('--data-dir <dir>', 'the new data folder (default: DATA_DIR); must be absent or empty')
    .action(async (file: string, opts: { dataDir?: string }) => {
      const m = await modules();
      const {
        assertEmptyFolder,
        BackupError,
        drizzle,
        migrate,
        migrationsAtLevel,
        MIGRATIONS_FOLDER,
        openStore,
        readBackupHeader,
        restoreDatabase,
      } = m;
      const settings = m.parseSettings(process.env);
      noPostgres(m, settings.databaseUrl);
      const dataDir = opts.dataDir ?? settings.dataDir;
      assertEmptyFolder(dataDir);
      const header = await readBackupHeader(file);
      const work = mkdtempSync(join(tmpdir(), 'zhijian-restore-'));
      const created = !existsSync(dataDir);
      try {
        const level = migrationsAtLevel(MIGRATIONS_FOLDER, header.migrations, join(work, 'drizzle'));
        if (!level)
          throw new BackupError(
            `${file}: written by a program with other or newer migrations (${header.migrations.length}); ` +
              'restore it with that version of zhijian',
          );
        // Migrate the new database to the backup's level and load the rows; opening it normally afterwards
        // applies this program's newer migrations on top, as they would have on the original database.
        const store = await openStore({ dataDir, migrate: false });
        let counts: TableCount[];
        try {
          if (store.driver.kind !== 'pglite') throw new BackupError('restore needs the embedded database');
          await migrate(drizzle(store.driver.client), { migrationsFolder: level });
          counts = await restoreDatabase(store, file);
        } finally {
          await store.close();
        }
        await (await openStore({ dataDir })).close();
        console.log(
          `restore: ${summary(counts)} from ${resolve(file)} → ${resolve(dataDir)}; row counts checked`,
        );
      } catch (e) {
        // leave no half-restored folder behind (only one this command created)
        if (created) rmSync(dataDir, { recursive: true, force: true });
        throw e;
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
}
