// The in-memory index behind GET /api/ivr/lookup (docs/product.md "Integration endpoints"): a switch asks during
// call set-up, so the answer comes from a Map, never from the database. Freshness: every change bumps
// telephony_settings.blocklist_version in its transaction and, on PostgreSQL, sends NOTIFY zhijian_blocklist with
// the number (delivered at commit); each process LISTENs and reloads that number. A poll compares the version every
// few seconds and reloads everything when a notification was missed (a dropped connection). On PGlite only one
// process owns the data, and the command refreshes its index directly.
import pg from 'pg';
import { sql as dsql } from 'drizzle-orm';
import type { CallerClass } from '../core/telephony/index.ts';
import type { Store, StoreDb } from '../store/index.ts';

export const BLOCKLIST_CHANNEL = 'zhijian_blocklist';

interface Blocked {
  id: string;
  /** Infinity when permanent. */
  untilMs: number;
  class: CallerClass;
}

export interface LookupAnswer {
  number: string;
  blocked: boolean;
  class: CallerClass;
  untilMs: number | null;
  entryId: string | null;
}

export class BlocklistIndex {
  private blocked = new Map<string, Blocked>();
  private classes = new Map<string, CallerClass>();
  version = -1;

  lookup(number: string, nowMs: number): LookupAnswer {
    const b = this.blocked.get(number);
    const cls = this.classes.get(number) ?? b?.class ?? 'regular';
    // An entry past its end blocks nothing even before the expiry job has run.
    if (b && b.untilMs > nowMs)
      return {
        number,
        blocked: true,
        class: cls,
        untilMs: b.untilMs === Infinity ? null : b.untilMs,
        entryId: b.id,
      };
    return { number, blocked: false, class: cls, untilMs: null, entryId: null };
  }

  setBlocked(number: string, b: Blocked | null): void {
    if (b) this.blocked.set(number, b);
    else this.blocked.delete(number);
  }

  setClass(number: string, cls: CallerClass | null): void {
    if (cls && cls !== 'regular') this.classes.set(number, cls);
    else this.classes.delete(number);
  }

  get size(): { blocked: number; classed: number } {
    return { blocked: this.blocked.size, classed: this.classes.size };
  }

  clear(): void {
    this.blocked.clear();
    this.classes.clear();
  }
}

type Row = Record<string, unknown>;
const ms = (v: unknown): number =>
  v === null || v === undefined ? Infinity : new Date(v as string).getTime();

/** The active entry that blocks longest wins when a number has several. */
function put(index: BlocklistIndex, r: Row): void {
  const number = String(r.number);
  const next = { id: String(r.id), untilMs: ms(r.until), class: r.class as CallerClass };
  const cur = (index as unknown as { blocked: Map<string, Blocked> }).blocked.get(number);
  if (!cur || next.untilMs > cur.untilMs) index.setBlocked(number, next);
}

export async function currentVersion(store: Store): Promise<number> {
  const { rows } = await store.sql<{ v: number }>(
    'select coalesce(max(blocklist_version), 0)::int8::float8 as v from telephony_settings',
  );
  return Number(rows[0]?.v ?? 0);
}

export async function loadAll(store: Store, index: BlocklistIndex): Promise<void> {
  const version = await currentVersion(store);
  const entries = await store.sql(
    "select id, number, class, until from blocklist_entries where state = 'active'",
  );
  const callers = await store.sql("select number, class from callers where class <> 'regular'");
  index.clear();
  for (const r of entries.rows) put(index, r);
  for (const r of callers.rows) index.setClass(String(r.number), r.class as CallerClass);
  index.version = version;
}

export async function reloadNumber(store: Store, index: BlocklistIndex, number: string): Promise<void> {
  const entries = await store.sql(
    "select id, number, class, until from blocklist_entries where state = 'active' and number = $1",
    [number],
  );
  const caller = await store.sql('select class from callers where number = $1', [number]);
  index.setBlocked(number, null);
  for (const r of entries.rows) put(index, r);
  index.setClass(number, (caller.rows[0]?.class as CallerClass | undefined) ?? null);
}

/** Inside a change's transaction: bump the version and (PostgreSQL) notify the other processes at commit. */
export async function announceChange(
  db: StoreDb,
  numbers: readonly string[],
  kind: Store['kind'],
): Promise<void> {
  await db.execute(
    dsql`insert into telephony_settings (id, policy, blocklist_version, updated_at) values (1, '{}', 1, now())
         on conflict (id) do update set blocklist_version = telephony_settings.blocklist_version + 1`,
  );
  if (kind === 'postgres')
    for (const n of new Set(numbers)) await db.execute(dsql`select pg_notify(${BLOCKLIST_CHANNEL}, ${n})`);
}

interface Live {
  index: BlocklistIndex;
  ready: Promise<void>;
  close(): Promise<void>;
}

const live = new WeakMap<Store, Live>();

/** The process's index for this store, loaded once and kept fresh until closeLookupIndex. */
export function lookupIndex(store: Store, pollMs = 5000): Live {
  let l = live.get(store);
  if (l) return l;
  const index = new BlocklistIndex();
  let listener: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const ready = (async () => {
    if (store.driver.kind === 'postgres') {
      listener = new pg.Client({ connectionString: store.driver.databaseUrl });
      listener.on('error', () => {
        listener = null; // the poll below reloads everything while the listener is gone
      });
      listener.on('notification', (m) => {
        if (m.channel === BLOCKLIST_CHANNEL && m.payload)
          void reloadNumber(store, index, m.payload).catch(() => {});
      });
      await listener.connect();
      await listener.query(`LISTEN ${BLOCKLIST_CHANNEL}`);
    }
    await loadAll(store, index);
    timer = setInterval(() => {
      void (async () => {
        const v = await currentVersion(store);
        if (closed) return;
        // With a live listener the numbers were reloaded already; only the version is taken over. Without one
        // (PGlite has one process, a lost listener may have missed changes) everything is reloaded.
        if (v !== index.version) {
          if (listener && store.driver.kind === 'postgres') index.version = v;
          else if (store.driver.kind === 'postgres') await loadAll(store, index);
          else index.version = v;
        }
      })().catch(() => {});
    }, pollMs);
    timer.unref();
  })();
  l = {
    index,
    ready,
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      live.delete(store);
      await listener?.end().catch(() => {});
    },
  };
  live.set(store, l);
  return l;
}

/** After a committed change in this process: refresh its own index at once (other processes hear NOTIFY). */
export async function refreshLocal(store: Store, numbers: readonly string[]): Promise<void> {
  const l = live.get(store);
  if (!l) return;
  await l.ready;
  for (const n of new Set(numbers)) await reloadNumber(store, l.index, n);
  l.index.version = await currentVersion(store);
}

export async function closeLookupIndex(store: Store): Promise<void> {
  await live.get(store)?.close();
}
