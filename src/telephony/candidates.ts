// Auto-block candidates (seed 003 由人工+系统判断): the scan job proposes numbers that called too often with calls
// classed low-value or harassment; an approver confirms (the number goes on the blocklist, active: the approver is
// the second person) or dismisses (the number is not proposed again for `dismissDays`). A call's class is the
// disposition the switch or CRM wrote on it (conversation meta `callClass`, 小结: 骚扰 / 无效来电) or, failing
// that, the caller's own class.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { blocksAtOnce, findCandidates, normaliseNumber, type ClassedCall } from '../core/telephony/index.ts';
import { appendAudit, schema, type Store } from '../store/index.ts';
import { createEntry, type TelephonyContext } from './commands.ts';
import { loadTelephonyPolicy } from './settings.ts';

export type CandidateRow = typeof schema.blocklistCandidates.$inferSelect;

const CLASS_WORDS: Record<string, string> = { 骚扰: 'harassment', 无效: 'low-value', 无价值: 'low-value' };

export function callNumber(meta: Record<string, unknown> | null | undefined): string | null {
  const raw = meta?.callerNumber ?? meta?.customerNumber ?? meta?.number;
  return typeof raw === 'string' || typeof raw === 'number' ? normaliseNumber(String(raw)) : null;
}

/** Classed calls since `since`, read from stored conversations. */
export async function classedCalls(store: Store, since: Date, until: Date): Promise<ClassedCall[]> {
  const { rows } = await store.sql<{
    meta: Record<string, unknown> | null;
    started_at: string | Date;
    cls: string | null;
  }>(
    `select c.body->'meta' as meta, c.started_at, k.class as cls
       from conversations c
       left join callers k on k.number = coalesce(c.body->'meta'->>'callerNumber', c.body->'meta'->>'customerNumber')
      where c.is_latest and c.channel = 'voice' and c.started_at >= $1 and c.started_at < $2`,
    [since.toISOString(), until.toISOString()],
  );
  const out: ClassedCall[] = [];
  for (const r of rows) {
    const number = callNumber(r.meta);
    if (!number) continue;
    const disposition = typeof r.meta?.callClass === 'string' ? r.meta.callClass : null;
    const callClass = (disposition && (CLASS_WORDS[disposition] ?? disposition)) ?? r.cls ?? 'regular';
    out.push({ number, at: new Date(r.started_at), callClass });
  }
  return out;
}

/** The scan job: propose new candidates (and, only when the policy says so, block clear floods at once). */
export async function scanCandidates(c: TelephonyContext): Promise<{ proposed: number; blocked: number }> {
  const policy = await loadTelephonyPolicy(c.store);
  const p = policy.autoBlock;
  const since = new Date(c.now.getTime() - Math.max(p.windowMinutes * 60_000, 24 * 3600_000));
  const calls = await classedCalls(c.store, since, c.now);
  const live = await c.store.sql<{ number: string }>(
    "select number from blocklist_entries where state in ('pending', 'active') union select number from blocklist_candidates where state = 'pending'",
  );
  const dismissed = await c.store.sql<{ number: string; until: string | Date }>(
    "select number, max(dismissed_until) as until from blocklist_candidates where state = 'dismissed' group by number",
  );
  const found = findCandidates(
    calls,
    p,
    {
      blocked: new Set(live.rows.map((r) => r.number)),
      dismissedUntil: new Map(dismissed.rows.map((r) => [r.number, new Date(r.until)])),
    },
    c.now,
  );
  let blocked = 0;
  for (const f of found) {
    const id = `cand-${randomUUID()}`;
    const atOnce = blocksAtOnce(f, p);
    await c.store.db.insert(schema.blocklistCandidates).values({
      id,
      number: f.number,
      calls: f.calls,
      windowMinutes: p.windowMinutes,
      firstAt: f.firstAt,
      lastAt: f.lastAt,
      flood: f.flood,
      state: 'pending',
      createdAt: c.now,
    });
    await appendAudit(c.store, {
      actorUserId: null,
      action: 'blocklist.candidate',
      entity: 'blocklist_candidate',
      entityId: id,
      after: f,
    });
    if (atOnce) {
      // Blocked without waiting, but the candidate stays pending: an approver still confirms or lifts it.
      const e = await createEntry(
        c,
        null,
        { number: f.number, period: p.period, reason: `auto: ${f.calls} calls in ${p.windowMinutes} min` },
        { source: 'auto', candidateId: id, forceActive: true },
      );
      await c.store.db
        .update(schema.blocklistCandidates)
        .set({ entryId: e.id })
        .where(eq(schema.blocklistCandidates.id, id));
      blocked++;
    }
  }
  return { proposed: found.length, blocked };
}

export async function loadCandidate(store: Store, id: string): Promise<CandidateRow> {
  const [r] = await store.db
    .select()
    .from(schema.blocklistCandidates)
    .where(eq(schema.blocklistCandidates.id, id));
  if (!r) throw new AppError('NOT_FOUND', `Candidate ${id} not found`);
  return r;
}

/** Confirm: the number goes on the blocklist, active (the confirming approver is the second person). */
export async function confirmCandidate(
  c: TelephonyContext,
  p: Principal,
  id: string,
  note?: string,
): Promise<CandidateRow> {
  const cand = await loadCandidate(c.store, id);
  if (cand.state !== 'pending') throw new AppError('CONFLICT', `Candidate is already ${cand.state}`);
  const policy = await loadTelephonyPolicy(c.store);
  let entryId = cand.entryId;
  if (!entryId) {
    const e = await createEntry(
      c,
      p,
      {
        number: cand.number,
        period: policy.autoBlock.period,
        reason: note ?? `auto-block: ${cand.calls} calls in ${cand.windowMinutes} min`,
        decidedBy: 'system',
      },
      { source: 'auto', candidateId: id, forceActive: true },
    );
    entryId = e.id;
  }
  return decide(c, p, cand, { state: 'confirmed', entryId, note: note ?? null });
}

/** Dismiss: nothing is blocked, and the number is not proposed again for the policy's dismissDays. */
export async function dismissCandidate(
  c: TelephonyContext,
  p: Principal,
  id: string,
  note?: string,
): Promise<CandidateRow> {
  const cand = await loadCandidate(c.store, id);
  if (cand.state !== 'pending') throw new AppError('CONFLICT', `Candidate is already ${cand.state}`);
  const policy = await loadTelephonyPolicy(c.store);
  const dismissedUntil = new Date(c.now.getTime() + policy.autoBlock.dismissDays * 86_400_000);
  return decide(c, p, cand, { state: 'dismissed', dismissedUntil, note: note ?? null });
}

async function decide(
  c: TelephonyContext,
  p: Principal,
  cand: CandidateRow,
  set: Partial<CandidateRow>,
): Promise<CandidateRow> {
  return c.store.db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.blocklistCandidates)
      .set({ ...set, decidedBy: p.id, decidedAt: c.now })
      .where(and(eq(schema.blocklistCandidates.id, cand.id), eq(schema.blocklistCandidates.state, 'pending')))
      .returning();
    if (!row) throw new AppError('CONFLICT', 'Candidate was decided meanwhile');
    await appendAudit(
      { db: tx },
      {
        actorUserId: p.id,
        action: `blocklist.candidate.${set.state === 'confirmed' ? 'confirm' : 'dismiss'}`,
        entity: 'blocklist_candidate',
        entityId: cand.id,
        before: { state: cand.state },
        after: { state: row.state, entryId: row.entryId, dismissedUntil: row.dismissedUntil, note: row.note },
      },
    );
    return row;
  });
}
