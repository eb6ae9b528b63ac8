// Live calls, their final segments, live hits, alerts and alert rules (src/store/schema/live.ts).
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { DataScope } from '../../core/auth/roles.ts';
import {
  liveAlertRules,
  liveAlerts,
  liveCalls,
  liveHits,
  liveSegments,
  type LiveAlertState,
} from '../schema/index.ts';
import type { DbHandle } from '../store.ts';

export type LiveCallRow = typeof liveCalls.$inferSelect;
export type LiveSegmentRow = typeof liveSegments.$inferSelect;
export type LiveHitRow = typeof liveHits.$inferSelect;
export type LiveAlertRow = typeof liveAlerts.$inferSelect;
export type LiveAlertRuleRow = typeof liveAlertRules.$inferSelect;

/** Opens a call; false when the call id exists already (an integration retrying its open). */
export async function insertLiveCall(s: DbHandle, row: typeof liveCalls.$inferInsert): Promise<boolean> {
  const r = await s.db
    .insert(liveCalls)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: liveCalls.callId });
  return r.length === 1;
}

export async function getLiveCall(s: DbHandle, callId: string): Promise<LiveCallRow | undefined> {
  const [row] = await s.db.select().from(liveCalls).where(eq(liveCalls.callId, callId));
  return row;
}

function scopeConds(t: { agentId: unknown; teamId: unknown; vendorId: unknown }, scope: DataScope): SQL[] {
  const out: SQL[] = [];
  const add = (col: unknown, list: readonly string[] | undefined) => {
    if (list === undefined) return;
    out.push(list.length === 0 ? sql`false` : inArray(col as typeof liveCalls.agentId, [...list]));
  };
  add(t.agentId, scope.agentIds);
  add(t.teamId, scope.teamIds);
  add(t.vendorId, scope.vendorIds);
  return out;
}

export function liveCallsInProgress(s: DbHandle, scope: DataScope, limit = 500): Promise<LiveCallRow[]> {
  return s.db
    .select()
    .from(liveCalls)
    .where(and(eq(liveCalls.state, 'live'), ...scopeConds(liveCalls, scope)))
    .orderBy(desc(liveCalls.startedAt))
    .limit(limit);
}

/** False when the position is taken (another process wrote a segment of this call there). */
export async function insertLiveSegment(
  s: DbHandle,
  row: typeof liveSegments.$inferInsert,
): Promise<boolean> {
  const r = await s.db
    .insert(liveSegments)
    .values(row)
    .onConflictDoNothing()
    .returning({ seq: liveSegments.seq });
  return r.length === 1;
}

export function liveSegmentsOf(s: DbHandle, callId: string): Promise<LiveSegmentRow[]> {
  return s.db
    .select()
    .from(liveSegments)
    .where(eq(liveSegments.callId, callId))
    .orderBy(asc(liveSegments.seq));
}

/** The last `n` final segments of each call (the wall's latest lines). */
export async function latestSegments(
  s: DbHandle,
  callIds: readonly string[],
  n: number,
): Promise<LiveSegmentRow[]> {
  if (callIds.length === 0) return [];
  const rows = await s.db
    .select()
    .from(liveSegments)
    .where(inArray(liveSegments.callId, [...callIds]))
    .orderBy(asc(liveSegments.callId), desc(liveSegments.seq));
  const out: LiveSegmentRow[] = [];
  const per = new Map<string, number>();
  for (const r of rows) {
    const k = per.get(r.callId) ?? 0;
    if (k < n) out.push(r);
    per.set(r.callId, k + 1);
  }
  return out.reverse();
}

export async function setLiveCallEvents(
  s: DbHandle,
  callId: string,
  events: Record<string, unknown>[],
): Promise<void> {
  await s.db.update(liveCalls).set({ events }).where(eq(liveCalls.callId, callId));
}

/** Marks the call ended; false when another request ended it first (an end is processed once). */
export async function endLiveCall(s: DbHandle, callId: string, endedAt: Date): Promise<boolean> {
  const r = await s.db
    .update(liveCalls)
    .set({ state: 'ended', endedAt })
    .where(and(eq(liveCalls.callId, callId), eq(liveCalls.state, 'live')))
    .returning({ id: liveCalls.callId });
  return r.length === 1;
}

export async function setLiveCallBatch(s: DbHandle, callId: string, batchId: string): Promise<void> {
  await s.db.update(liveCalls).set({ batchId }).where(eq(liveCalls.callId, callId));
}

export async function insertLiveHits(s: DbHandle, rows: (typeof liveHits.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await s.db.insert(liveHits).values(rows).onConflictDoNothing();
}

export function liveHitsOf(s: DbHandle, callId: string): Promise<LiveHitRow[]> {
  return s.db
    .select()
    .from(liveHits)
    .where(eq(liveHits.callId, callId))
    .orderBy(asc(liveHits.turn), asc(liveHits.start));
}

export async function insertLiveAlerts(s: DbHandle, rows: (typeof liveAlerts.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await s.db.insert(liveAlerts).values(rows).onConflictDoNothing();
}

export async function getLiveAlert(s: DbHandle, id: string): Promise<LiveAlertRow | undefined> {
  const [row] = await s.db.select().from(liveAlerts).where(eq(liveAlerts.id, id));
  return row;
}

/** Open → handled, once: false when someone handled it first. */
export async function handleLiveAlert(
  s: DbHandle,
  id: string,
  change: { state: Exclude<LiveAlertState, 'open'>; userId: string; at: Date; reason: string | null },
): Promise<LiveAlertRow | undefined> {
  const [row] = await s.db
    .update(liveAlerts)
    .set({ state: change.state, handledByUserId: change.userId, handledAt: change.at, reason: change.reason })
    .where(and(eq(liveAlerts.id, id), eq(liveAlerts.state, 'open')))
    .returning();
  return row;
}

export interface AlertFilter {
  from?: Date;
  to?: Date;
  state?: LiveAlertState;
  callId?: string;
  limit?: number;
}

export function listLiveAlerts(s: DbHandle, scope: DataScope, f: AlertFilter): Promise<LiveAlertRow[]> {
  return s.db
    .select()
    .from(liveAlerts)
    .where(and(...alertConds(scope, f)))
    .orderBy(desc(liveAlerts.at), asc(liveAlerts.id))
    .limit(f.limit ?? 200);
}

function alertConds(scope: DataScope, f: AlertFilter): (SQL | undefined)[] {
  return [
    ...scopeConds(liveAlerts, scope),
    f.from === undefined ? undefined : gte(liveAlerts.at, f.from),
    f.to === undefined ? undefined : lt(liveAlerts.at, f.to),
    f.state === undefined ? undefined : eq(liveAlerts.state, f.state),
    f.callId === undefined ? undefined : eq(liveAlerts.callId, f.callId),
  ];
}

export interface AlertCount {
  rule: string;
  severity: string;
  state: string;
  count: number;
}

export function countLiveAlerts(s: DbHandle, scope: DataScope, f: AlertFilter): Promise<AlertCount[]> {
  return s.db
    .select({
      rule: liveAlerts.rule,
      severity: liveAlerts.severity,
      state: liveAlerts.state,
      count: sql<number>`count(*)::int`,
    })
    .from(liveAlerts)
    .where(and(...alertConds(scope, { ...f, state: undefined })))
    .groupBy(liveAlerts.rule, liveAlerts.severity, liveAlerts.state)
    .orderBy(asc(liveAlerts.rule), asc(liveAlerts.severity), asc(liveAlerts.state));
}

/**
 * Claims the open alerts whose acknowledgement time has passed, marking them escalated in the same statement, so
 * of several workers running the sweep each alert escalates exactly once.
 */
export async function claimDueEscalations(s: DbHandle, now: Date): Promise<LiveAlertRow[]> {
  return s.db
    .update(liveAlerts)
    .set({ escalatedAt: now })
    .where(
      and(
        eq(liveAlerts.state, 'open'),
        isNull(liveAlerts.escalatedAt),
        sql`${liveAlerts.escalateAfterSeconds} is not null`,
        sql`${liveAlerts.at} + make_interval(secs => ${liveAlerts.escalateAfterSeconds}) <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning();
}

export function listAlertRules(s: DbHandle): Promise<LiveAlertRuleRow[]> {
  return s.db.select().from(liveAlertRules).orderBy(asc(liveAlertRules.createdAt), asc(liveAlertRules.id));
}

export async function upsertAlertRule(
  s: DbHandle,
  row: typeof liveAlertRules.$inferInsert,
): Promise<LiveAlertRuleRow> {
  const [r] = await s.db
    .insert(liveAlertRules)
    .values(row)
    .onConflictDoUpdate({
      target: liveAlertRules.id,
      set: {
        name: row.name,
        rules: row.rules,
        severity: row.severity,
        audiences: row.audiences,
        escalateAfterSeconds: row.escalateAfterSeconds ?? null,
        enabled: row.enabled ?? true,
      },
    })
    .returning();
  return r!;
}
