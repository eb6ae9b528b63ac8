// The channel alerts and live lines travel on between processes (docs/product.md "Integration endpoints": alerts reach a team leader
// whichever process holds the call and whichever holds the leader's browser). PostgreSQL: LISTEN/NOTIFY on one
// channel; every process, the sender included, receives through its LISTEN connection, so there is one path.
// PGlite is one process by construction (the data-folder lock): an in-process emitter per store.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Store } from '../store/index.ts';
import type { LiveMessage } from './messages.ts';

export const LIVE_CHANNEL = 'zhijian_live';

export interface LiveBus {
  publish(m: LiveMessage): Promise<void>;
  subscribe(fn: (m: LiveMessage) => void): () => void;
  close(): Promise<void>;
}

const local = new WeakMap<Store, EventEmitter>();

function localEmitter(store: Store): EventEmitter {
  let em = local.get(store);
  if (!em) {
    em = new EventEmitter();
    em.setMaxListeners(0);
    local.set(store, em);
  }
  return em;
}

/** Publishes without holding a bus (a job in a worker process): NOTIFY on PostgreSQL, the store's emitter on PGlite. */
export async function publishLive(store: Store, m: LiveMessage): Promise<void> {
  if (store.kind === 'postgres')
    await store.sql('select pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(m)]);
  else {
    const em = localEmitter(store);
    queueMicrotask(() => em.emit('m', m));
  }
}

function inProcessBus(store: Store): LiveBus {
  const emitter = localEmitter(store);
  const mine = new Set<(m: LiveMessage) => void>();
  return {
    // Asynchronous like the PostgreSQL path, so a publisher never runs subscribers inside its own transaction.
    publish: (m) => publishLive(store, m),
    subscribe(fn) {
      emitter.on('m', fn);
      mine.add(fn);
      return () => {
        emitter.off('m', fn);
        mine.delete(fn);
      };
    },
    close() {
      for (const fn of mine) emitter.off('m', fn);
      mine.clear();
      return Promise.resolve();
    },
  };
}

async function postgresBus(store: Store, databaseUrl: string): Promise<LiveBus> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on('notification', (n) => {
      if (n.channel !== LIVE_CHANNEL || n.payload === undefined) return;
      try {
        emitter.emit('m', JSON.parse(n.payload) as LiveMessage);
      } catch {
        // Not ours: ignore.
      }
    });
    c.on('error', () => {
      // The connection dropped (database restart): listen again; alerts meanwhile stay in live_alerts.
      if (closed) return;
      client = undefined;
      setTimeout(() => void connect().catch(() => {}), 1000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${LIVE_CHANNEL}`);
    client = c;
  };
  await connect();
  return {
    publish: (m) => publishLive(store, m),
    subscribe(fn) {
      emitter.on('m', fn);
      return () => emitter.off('m', fn);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      await client?.end().catch(() => {});
    },
  };
}

export function openLiveBus(store: Store): Promise<LiveBus> {
  const d = store.driver;
  return d.kind === 'postgres' ? postgresBus(store, d.databaseUrl) : Promise.resolve(inProcessBus(store));
}
