// Commands on callers and the blocklist (seed 003 系统支撑: 由谁判定、谁操作、维护周期多长). Each command owns its
// transaction, writes the entry's history row and the audit entry, bumps the lookup index version (with a
// PostgreSQL NOTIFY at commit) and refreshes this process's index once committed. Caller data is center-wide, not
// an organisation row: every role holding the action sees every number (masked for roles that see no numbers).
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  blocksAt,
  newEntry,
  normaliseNumber,
  periodFromInput,
  transition,
  type BlockEntryState,
  type BlockEvent,
  type CallerClass,
  type PeriodInput,
} from '../core/telephony/index.ts';
import { addDays, formatLocalDate, localDay } from '../core/time/index.ts';
import { type DbHandle, appendAudit, schema, type Store, type StoreDb } from '../store/index.ts';
import { announceChange, refreshLocal } from './lookup-index.ts';
import { loadTelephonyPolicy } from './settings.ts';

export type EntryRow = typeof schema.blocklistEntries.$inferSelect;
export type EntryEvent = typeof schema.blocklistEvents.$inferSelect;

export interface TelephonyContext {
  store: Store;
  now: Date;
  timeZone: string;
}

export function parseNumber(raw: string, field = 'number'): string {
  const n = normaliseNumber(raw);
  if (!n) throw new AppError('BAD_INPUT', `Not a phone number: ${raw}`, { field });
  return n;
}

export async function loadEntry(store: Store | DbHandle, id: string): Promise<EntryRow> {
  const [e] = await store.db.select().from(schema.blocklistEntries).where(eq(schema.blocklistEntries.id, id));
  if (!e) throw new AppError('NOT_FOUND', `Blocklist entry ${id} not found`);
  return e;
}

export function entryHistory(store: Store, id: string): Promise<EntryEvent[]> {
  return store.db
    .select()
    .from(schema.blocklistEvents)
    .where(eq(schema.blocklistEvents.entryId, id))
    .orderBy(schema.blocklistEvents.id);
}

const stateOf = (e: EntryRow): BlockEntryState => ({
  state: e.state,
  period:
    e.periodKind === 'until'
      ? { kind: 'until', until: e.periodUntil ?? new Date(0) }
      : { kind: e.periodKind },
  decidedBy: e.decidedBy,
  operatedBy: e.operatedBy,
  approvedBy: e.approvedBy,
  activatedAt: e.activatedAt,
  until: e.until,
});

async function setClassIn(
  db: StoreDb,
  number: string,
  cls: CallerClass,
  by: string | null,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .insert(schema.callers)
    .values({ number, class: cls, classSetBy: by, classReason: reason, classSetAt: now, createdAt: now })
    .onConflictDoUpdate({
      target: schema.callers.number,
      set: { class: cls, classSetBy: by, classReason: reason, classSetAt: now },
    });
  await db.insert(schema.callerClassHistory).values({ number, class: cls, setBy: by, reason, at: now });
}

/** Class a caller (seed 003: 常规客户 / 无价值(骚扰) / 非常规客户) with who and why; kept in the history. */
export async function classifyCaller(
  c: TelephonyContext,
  p: Principal,
  raw: string,
  cls: CallerClass,
  reason: string,
): Promise<void> {
  const number = parseNumber(raw);
  await c.store.db.transaction(async (tx) => {
    const [before] = await tx.select().from(schema.callers).where(eq(schema.callers.number, number));
    await setClassIn(tx, number, cls, p.id, reason, c.now);
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: 'caller.classify',
        entity: 'caller',
        entityId: number,
        before: before ? { class: before.class } : null,
        after: { class: cls, reason },
      },
    );
    await announceChange(tx, [number], c.store.kind);
  });
  await refreshLocal(c.store, [number]);
}

export interface NewBlockEntry {
  number: string;
  period: PeriodInput;
  reason: string;
  class?: CallerClass | undefined;
  /** Who judged it (谁判定) when not the operator: a user id or a name as the center records it. */
  decidedBy?: string | undefined;
  reviewOn?: string | undefined;
}

/** Enter a number on the blocklist: pending until a second person approves, or active at once by policy. */
export async function createEntry(
  c: TelephonyContext,
  p: Principal | null,
  b: NewBlockEntry,
  opts: { source?: 'manual' | 'auto'; candidateId?: string; forceActive?: boolean } = {},
): Promise<EntryRow> {
  const number = parseNumber(b.number);
  const period = periodFromInput(b.period);
  if (period.kind === 'until' && (Number.isNaN(period.until.getTime()) || period.until <= c.now))
    throw new AppError('BAD_INPUT', 'The end must be a future instant', { field: 'period' });
  const policy = await loadTelephonyPolicy(c.store);
  const operator = p?.id ?? 'system';
  const s = newEntry(
    { period, decidedBy: b.decidedBy ?? operator, operatedBy: operator },
    policy.requireApproval && !opts.forceActive,
    c.now,
    c.timeZone,
  );
  const reviewOn =
    b.reviewOn ?? formatLocalDate(addDays(localDay(c.now, c.timeZone), policy.reviewAfterDays));
  const entry = await c.store.db.transaction(async (tx) => {
    const live = await tx
      .select({
        id: schema.blocklistEntries.id,
        state: schema.blocklistEntries.state,
        until: schema.blocklistEntries.until,
      })
      .from(schema.blocklistEntries)
      .where(
        and(
          eq(schema.blocklistEntries.number, number),
          inArray(schema.blocklistEntries.state, ['pending', 'active']),
        ),
      );
    if (live.some((e) => e.state === 'pending' || blocksAt(e, c.now)))
      throw new AppError('CONFLICT', `${number} already has a pending or active entry`, { field: 'number' });
    const [caller] = await tx.select().from(schema.callers).where(eq(schema.callers.number, number));
    const cls = b.class ?? (caller && caller.class !== 'regular' ? caller.class : 'harassment');
    if (!caller || caller.class !== cls) await setClassIn(tx, number, cls, p?.id ?? null, b.reason, c.now);
    const [row] = await tx
      .insert(schema.blocklistEntries)
      .values({
        id: `blk-${randomUUID()}`,
        number,
        class: cls,
        reason: b.reason,
        periodKind: period.kind,
        periodUntil: period.kind === 'until' ? period.until : null,
        state: s.state,
        decidedBy: s.decidedBy,
        operatedBy: s.operatedBy,
        approvedBy: null,
        activatedAt: s.activatedAt,
        until: s.until,
        reviewOn,
        source: opts.source ?? 'manual',
        candidateId: opts.candidateId ?? null,
        createdAt: c.now,
        updatedAt: c.now,
      })
      .returning();
    await tx
      .insert(schema.blocklistEvents)
      .values({ entryId: row!.id, type: 'create', by: p?.id ?? null, note: b.reason, at: c.now });
    await appendAudit(
      { db: tx },
      {
        actorUserId: p?.id ?? null,
        action: 'blocklist.create',
        entity: 'blocklist_entry',
        entityId: row!.id,
        after: row,
      },
    );
    await announceChange(tx, [number], c.store.kind);
    return row!;
  });
  await refreshLocal(c.store, [number]);
  return entry;
}

/** Apply an event (approve, reject, lift, expire) to an entry, with history, audit and index refresh. */
export async function changeEntry(
  c: TelephonyContext,
  p: Principal | null,
  id: string,
  ev: BlockEvent,
  note?: string,
): Promise<EntryRow> {
  const updated = await c.store.db.transaction(async (tx) => {
    const before = await loadEntry({ db: tx }, id);
    const t = transition(stateOf(before), ev, c.timeZone);
    if (!t.ok) throw new AppError(t.code, t.message);
    const [row] = await tx
      .update(schema.blocklistEntries)
      .set({
        state: t.next.state,
        approvedBy: t.next.approvedBy,
        activatedAt: t.next.activatedAt,
        until: t.next.until,
        updatedAt: c.now,
      })
      .where(eq(schema.blocklistEntries.id, id))
      .returning();
    await tx
      .insert(schema.blocklistEvents)
      .values({ entryId: id, type: ev.type, by: p?.id ?? null, note: note ?? null, at: c.now });
    await appendAudit(
      { db: tx },
      {
        actorUserId: p?.id ?? null,
        action: `blocklist.${ev.type}`,
        entity: 'blocklist_entry',
        entityId: id,
        before: { state: before.state, until: before.until },
        after: { state: row!.state, until: row!.until, approvedBy: row!.approvedBy, note: note ?? null },
      },
    );
    await announceChange(tx, [before.number], c.store.kind);
    return row!;
  });
  await refreshLocal(c.store, [updated.number]);
  return updated;
}

/** The expiry job: active periodic entries whose end has passed become expired (one event each). */
export async function expireDueEntries(c: TelephonyContext): Promise<number> {
  const { rows } = await c.store.sql<{ id: string }>(
    "select id from blocklist_entries where state = 'active' and until is not null and until <= $1 order by until",
    [c.now.toISOString()],
  );
  let n = 0;
  for (const r of rows) {
    try {
      await changeEntry(c, null, r.id, { type: 'expire', at: c.now });
      n++;
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e; // another worker expired it first
    }
  }
  return n;
}
