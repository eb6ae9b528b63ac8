// Backup and restore of the embedded database (PGlite) as a logical dump: every row of every application table as
// JSON, in one gzip file. Logical rather than a copy of the data folder, because a copy only opens with the PGlite
// build that wrote it, and PGlite upgrades have needed a dump and reload; a logical dump restores into a newer
// program as long as its migrations are the same (the dump records them and restore checks them).
//
// What is in it: every table of the `public` schema (conversations, results, reviews, audit log, settlements, users,
// settings…), with its row count. What is not: the job queue (pg-boss's own schema; pending jobs are not data and
// `ingest-resume` re-queues unfinished ingest chunks) and the migration journal (restore applies the migrations).
// PostgreSQL deployments use pg_dump / pg_restore instead (docs/deploy.md).
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Store } from '../store/store.ts';

export const BACKUP_FORMAT = 'zhijian-backup';
export const BACKUP_VERSION = 1;
const PAGE = 2000;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Hashes of the applied migrations, oldest first: restore needs exactly these. */
  migrations: string[];
  tables: string[];
}

export interface TableCount {
  table: string;
  rows: number;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Transactions here are statements on one connection: the embedded database's only one. */
function assertEmbedded(store: Store): void {
  if (store.kind !== 'pglite')
    throw new BackupError(
      'zhijian backup / restore work on the embedded database (DATA_DIR); for PostgreSQL use pg_dump and ' +
        'pg_restore as docs/deploy.md shows',
    );
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Application tables, in name order (foreign keys are not checked while restoring, so order does not matter). */
async function applicationTables(store: Store): Promise<string[]> {
  const { rows } = await store.sql<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(store: Store): Promise<string[]> {
  const { rows } = await store.sql<{ hash: string }>(
    'select hash from drizzle.__drizzle_migrations order by created_at, id',
  );
  return rows.map((r) => r.hash);
}

/** Write every row of every application table to `file` (gzip, one JSON value per line). */
export async function backupDatabase(store: Store, file: string, now: Date): Promise<TableCount[]> {
  assertEmbedded(store);
  const tables = await applicationTables(store);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    migrations: await appliedMigrations(store),
    tables,
  };
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file, { flags: 'wx' }));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const counts: TableCount[] = [];
  // One transaction: the rows of all tables are of one instant even if something else writes meanwhile.
  await store.sql('begin isolation level repeatable read');
  try {
    await write(header);
    for (const table of tables) {
      const total = (await store.sql<{ n: number }>(`select count(*)::int as n from ${quote(table)}`))
        .rows[0]!.n;
      await write({ table, rows: total });
      // ctid order is stable inside the transaction; pages keep memory flat on large tables
      for (let offset = 0; offset < total; offset += PAGE) {
        const { rows } = await store.sql<{ r: string }>(
          `select row_to_json(t)::text as r from ${quote(table)} t order by ctid limit ${PAGE} offset ${offset}`,
        );
        for (const r of rows) if (!gzip.write(`${r.r}\n`)) await once(gzip, 'drain');
      }
      counts.push({ table, rows: total });
    }
    await write({ end: true, counts: Object.fromEntries(counts.map((c) => [c.table, c.rows])) });
  } finally {
    await store.sql('commit');
  }
  gzip.end();
  await done;
  return counts;
}

/** A data folder restore may use: absent or empty. */
export function assertEmptyFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new BackupError(
      `${dir} is not empty: restore writes into a new data folder, never over an existing one`,
    );
}

/**
 * Load a backup into `store`, a freshly migrated database: the migrations must match the dump's, every table is
 * emptied and refilled, sequences continue after the restored ids, and each table's row count is checked.
 */
export async function restoreDatabase(store: Store, file: string): Promise<TableCount[]> {
  assertEmbedded(store);
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let lineNo = 0;
  const next = async (): Promise<string | undefined> => {
    const r = await iterator.next();
    lineNo++;
    return r.done ? undefined : r.value;
  };
  const parse = (text: string | undefined, what: string): Record<string, unknown> => {
    if (text === undefined) throw new BackupError(`${file}: ends at line ${lineNo}, expected ${what}`);
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new BackupError(`${file}:${lineNo}: not JSON (expected ${what})`);
    }
  };

  let header: BackupHeader;
  try {
    header = parse(await next(), 'the backup header') as unknown as BackupHeader;
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(
      `${file}: not a gzip backup written by \`zhijian backup\` (${(e as Error).message})`,
    );
  }
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION)
    throw new BackupError(`${file}: not a ${BACKUP_FORMAT} version ${BACKUP_VERSION} file`);
  const migrations = await appliedMigrations(store);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations))
    throw new BackupError(
      `${file}: written with ${header.migrations.length} migrations, this program has ${migrations.length}; ` +
        'restore with the program version that wrote the backup, then upgrade',
    );
  const tables = new Set(await applicationTables(store));
  const missing = header.tables.filter((t) => !tables.has(t));
  if (missing.length > 0)
    throw new BackupError(`${file}: tables unknown to this program: ${missing.join(', ')}`);

  const counts: TableCount[] = [];
  await store.sql('begin');
  try {
    // Foreign keys and the audit log's append-only trigger are triggers: replica mode skips them while the rows
    // are loaded as they were (the embedded database runs as its superuser).
    await store.sql('set local session_replication_role = replica');
    for (const t of tables) await store.sql(`delete from ${quote(t)}`);
    for (;;) {
      const marker = parse(await next(), 'a table header or the end marker');
      if (marker.end === true) {
        const expected = marker.counts as Record<string, number>;
        for (const c of counts)
          if (expected[c.table] !== c.rows)
            throw new BackupError(
              `${file}: ${c.table} has ${c.rows} rows, the backup says ${expected[c.table]}`,
            );
        break;
      }
      const table = String(marker.table);
      const rows = Number(marker.rows);
      if (!tables.has(table)) throw new BackupError(`${file}:${lineNo}: unknown table ${table}`);
      const columns = await insertableColumns(store, table);
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const list = columns.map(quote).join(', ');
        await store.sql(
          `insert into ${quote(table)} (${list}) select ${list} from json_populate_recordset(null::${quote(table)}, $1::json)`,
          [`[${batch.join(',')}]`],
        );
        batch = [];
      };
      for (let i = 0; i < rows; i++) {
        const line = await next();
        if (line === undefined)
          throw new BackupError(`${file}: ends inside table ${table} (row ${i + 1} of ${rows})`);
        batch.push(line);
        if (batch.length >= PAGE) await flush();
      }
      await flush();
      const n = (await store.sql<{ n: number }>(`select count(*)::int as n from ${quote(table)}`)).rows[0]!.n;
      if (n !== rows) throw new BackupError(`${table}: ${n} rows restored, the backup holds ${rows}`);
      counts.push({ table, rows });
      await resetSequences(store, table);
    }
    await store.sql('commit');
  } catch (e) {
    await store.sql('rollback');
    throw e;
  } finally {
    lines.close();
  }
  return counts;
}

/** Columns a row can be inserted with (generated columns are computed again). */
async function insertableColumns(store: Store, table: string): Promise<string[]> {
  const { rows } = await store.sql<{ name: string }>(
    `select column_name as name from information_schema.columns
      where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

/** Let serial / identity columns continue after the largest restored value. */
async function resetSequences(store: Store, table: string): Promise<void> {
  const { rows } = await store.sql<{ column: string; seq: string | null }>(
    `select column_name as column, pg_get_serial_sequence($1, column_name) as seq
       from information_schema.columns where table_schema = 'public' and table_name = $2`,
    [quote(table), table],
  );
  for (const r of rows) {
    if (!r.seq) continue;
    await store.sql(
      `select setval($1, coalesce((select max(${quote(r.column)}) from ${quote(table)}), 1),
                     (select max(${quote(r.column)}) from ${quote(table)}) is not null)`,
      [r.seq],
    );
  }
}

/** The header of a backup file (first line), to plan its restore. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const h = JSON.parse(line) as BackupHeader;
      if (h.format !== BACKUP_FORMAT || h.version !== BACKUP_VERSION)
        throw new BackupError(`${file}: not a ${BACKUP_FORMAT} version ${BACKUP_VERSION} file`);
      return h;
    }
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(
      `${file}: not a gzip backup written by \`zhijian backup\` (${(e as Error).message})`,
    );
  } finally {
    lines.close();
  }
  throw new BackupError(`${file}: empty`);
}

/**
 * A migrations folder holding only the shipped migrations a backup was taken at, when they are the first ones this
 * program ships (an older backup): restore migrates a new database to that level, loads the rows, then the normal
 * start applies the newer migrations, as it would have on the original database. Undefined when the backup's
 * migrations are not a prefix of the shipped ones (a backup of a newer or a different program).
 */
export function migrationsAtLevel(
  shippedFolder: string,
  hashes: readonly string[],
  into: string,
): string | undefined {
  const journal = JSON.parse(readFileSync(join(shippedFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const shipped = journal.entries.map((e) => ({
    entry: e,
    hash: createHash('sha256')
      .update(readFileSync(join(shippedFolder, `${e.tag}.sql`), 'utf8'))
      .digest('hex'),
  }));
  if (hashes.length > shipped.length || hashes.some((h, i) => shipped[i]!.hash !== h)) return undefined;
  mkdirSync(join(into, 'meta'), { recursive: true });
  for (const s of shipped.slice(0, hashes.length))
    copyFileSync(join(shippedFolder, `${s.entry.tag}.sql`), join(into, `${s.entry.tag}.sql`));
  writeFileSync(
    join(into, 'meta/_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, hashes.length) }),
  );
  return into;
}
