// Calibration sessions (docs/product.md "Review, appeals, sampling and calibration"): a QA lead picks conversations and invites inspectors; each scores
// them blind — nobody, the lead included, sees another's scores until the session is closed — and the closing
// report gives agreement per item (kappa) and per inspector (core/review/calibration.ts).
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { calibrationReport, type CalibrationReport } from '../core/review/calibration.ts';
import { checkDeduction, reviewScore } from '../core/review/recompute.ts';
import type { Verdict } from '../core/review/types.ts';
import {
  type DbHandle,
  appendAudit,
  calibrationScoresOf,
  closeCalibrationSession,
  findUserById,
  getCalibrationSession,
  getConversation,
  getResultById,
  insertCalibrationSession,
  upsertCalibrationScore,
  type CalibrationScoreRow,
  type Store,
} from '../store/index.ts';
import { reviewPackFor } from './pack.ts';
import { toReviewHit } from './score.ts';

export async function createSession(
  store: Store,
  p: Principal,
  s: { name: string; conversationIds: readonly string[]; inspectorUserIds: readonly string[] },
  now: Date,
) {
  const ids = [...new Set(s.conversationIds)];
  const raters = [...new Set(s.inspectorUserIds)];
  if (raters.length < 2)
    throw new AppError('BAD_INPUT', 'A calibration session needs at least two inspectors');
  const conversations: {
    conversationId: string;
    conversationVersion: number;
    resultId: number;
    position: number;
  }[] = [];
  for (const [position, id] of ids.entries()) {
    const found = await getConversation(store, id);
    if (!found?.result) throw new AppError('BAD_INPUT', `Conversation ${id} is unknown or not scored yet`);
    conversations.push({
      conversationId: id,
      conversationVersion: found.conversation.version,
      resultId: found.result.id,
      position,
    });
  }
  let lead: string | null = null;
  for (const userId of raters) {
    const u = await findUserById(store, userId);
    if (!u || u.disabled || (u.role !== 'qa_inspector' && u.role !== 'qa_lead')) {
      throw new AppError('BAD_INPUT', `User ${userId} is not an active QA inspector or QA lead`);
    }
    if (u.role === 'qa_lead' && (lead === null || userId === p.id)) lead = userId;
  }
  return store.db.transaction(async (db) => {
    const row = await insertCalibrationSession(
      { db },
      { name: s.name, createdByUserId: p.id, leadUserId: lead, createdAt: now },
      conversations,
      raters,
    );
    await appendAudit(
      { db },
      {
        actorUserId: p.id,
        action: 'calibration.create',
        entity: 'calibration_session',
        entityId: String(row.id),
        after: { name: s.name, conversations: ids, inspectors: raters, lead },
      },
    );
    return row;
  });
}

async function sessionOrNotFound(s: DbHandle, p: Principal, id: number, forUpdate = false) {
  const found = await getCalibrationSession(s, id, forUpdate);
  const manager = p.role === 'admin' || p.role === 'qa_lead';
  if (!found || (!manager && !found.participants.includes(p.id))) {
    throw new AppError('NOT_FOUND', `Calibration session ${id} not found`);
  }
  return found;
}

/** The session as the caller may see it: their own scores while open, everyone's and the report once closed. */
export async function readSession(store: Store, p: Principal, id: number) {
  const found = await sessionOrNotFound(store, p, id);
  const closed = found.session.status === 'closed';
  const scores = await calibrationScoresOf(store, id, closed ? undefined : p.id);
  return { ...found, scores, report: closed ? await sessionReport(store, id) : null };
}

export async function submitScore(
  store: Store,
  p: Principal,
  id: number,
  conversationId: string,
  body: {
    hits: readonly { hit: number; verdict: Verdict; reason: string }[];
    deductions: readonly { item: string; occurrences: number; reason: string }[];
  },
  now: Date,
): Promise<CalibrationScoreRow> {
  return store.db.transaction(async (db) => {
    const tx = { db };
    const found = await sessionOrNotFound(tx, p, id);
    if (!found.participants.includes(p.id)) throw new AppError('FORBIDDEN', 'Only invited inspectors score');
    if (found.session.status !== 'open') throw new AppError('LOCKED', 'The calibration session is closed');
    const c = found.conversations.find((x) => x.conversationId === conversationId);
    if (!c) throw new AppError('NOT_FOUND', `Conversation ${conversationId} is not part of this session`);
    const result = await getResultById(tx, c.resultId);
    if (!result) throw new AppError('NOT_FOUND', `Result of ${conversationId} not found`);
    const pack = await reviewPackFor(tx, result.packId, result.packVersion);
    for (const h of body.hits) {
      if (result.hits[h.hit] === undefined)
        throw new AppError('BAD_INPUT', `No hit ${h.hit} in ${conversationId}`);
    }
    if (new Set(body.hits.map((h) => h.hit)).size !== body.hits.length) {
      throw new AppError('BAD_INPUT', 'A hit is judged once');
    }
    for (const d of body.deductions) checkDeduction(pack.card, d);
    const total = reviewScore({
      card: pack.card,
      ruleCounts: pack.ruleCounts,
      hits: result.hits.map(toReviewHit),
      judgements: body.hits,
      deductions: body.deductions,
    }).final.total;
    const row: CalibrationScoreRow = {
      sessionId: id,
      userId: p.id,
      conversationId,
      hits: body.hits.map((h) => ({ ...h })),
      deductions: body.deductions.filter((d) => d.occurrences > 0).map((d) => ({ ...d })),
      total,
      submittedAt: now,
    };
    await upsertCalibrationScore(tx, row);
    await appendAudit(tx, {
      actorUserId: p.id,
      action: 'calibration.score',
      entity: 'calibration_session',
      entityId: String(id),
      after: { conversationId, hits: row.hits, deductions: row.deductions, total },
    });
    return row;
  });
}

export async function closeSession(
  store: Store,
  p: Principal,
  id: number,
  now: Date,
): Promise<CalibrationReport> {
  await store.db.transaction(async (db) => {
    const found = await sessionOrNotFound({ db }, p, id, true);
    if (found.session.status !== 'open')
      throw new AppError('LOCKED', 'The calibration session is already closed');
    await closeCalibrationSession({ db }, id, now);
    await appendAudit(
      { db },
      {
        actorUserId: p.id,
        action: 'calibration.close',
        entity: 'calibration_session',
        entityId: String(id),
        before: { status: 'open' },
        after: { status: 'closed' },
      },
    );
  });
  return sessionReport(store, id);
}

export async function sessionReport(s: DbHandle, id: number): Promise<CalibrationReport> {
  const found = await getCalibrationSession(s, id);
  if (!found) throw new AppError('NOT_FOUND', `Calibration session ${id} not found`);
  if (found.session.status !== 'closed')
    throw new AppError('CONFLICT', 'The report is available once the session is closed');
  const scores = await calibrationScoresOf(s, id);
  const conversations: { conversationId: string; hits: ReturnType<typeof toReviewHit>[] }[] = [];
  const manual = new Set<string>();
  for (const c of found.conversations) {
    const result = await getResultById(s, c.resultId);
    if (!result) continue;
    const pack = await reviewPackFor(s, result.packId, result.packVersion);
    for (const i of pack.card.items) if (i.judged === 'manual') manual.add(i.id);
    conversations.push({ conversationId: c.conversationId, hits: result.hits.map(toReviewHit) });
  }
  return calibrationReport({
    conversations,
    manualItems: [...manual].sort(),
    ratings: scores.map((r) => ({
      userId: r.userId,
      conversationId: r.conversationId,
      hits: r.hits,
      deductions: r.deductions,
      total: r.total,
    })),
    leadUserId: found.session.leadUserId,
  });
}
