// Calibration sessions repository (docs/product.md "Review, appeals, sampling and calibration"): the conversations, the invited inspectors and each
// inspector's blind scores.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  calibrationConversations,
  calibrationParticipants,
  calibrationScores,
  calibrationSessions,
} from '../schema/index.ts';
import type { DbHandle } from '../store.ts';

export type CalibrationSessionRow = typeof calibrationSessions.$inferSelect;
export type CalibrationConversationRow = typeof calibrationConversations.$inferSelect;
export type CalibrationScoreRow = typeof calibrationScores.$inferSelect;

export async function insertCalibrationSession(
  s: DbHandle,
  session: typeof calibrationSessions.$inferInsert,
  conversations: readonly Omit<CalibrationConversationRow, 'sessionId'>[],
  participants: readonly string[],
): Promise<CalibrationSessionRow> {
  const [row] = await s.db.insert(calibrationSessions).values(session).returning();
  const id = row!.id;
  await s.db.insert(calibrationConversations).values(conversations.map((c) => ({ ...c, sessionId: id })));
  await s.db
    .insert(calibrationParticipants)
    .values(participants.map((userId) => ({ sessionId: id, userId })));
  return row!;
}

export async function getCalibrationSession(
  s: DbHandle,
  id: number,
  forUpdate = false,
): Promise<
  | { session: CalibrationSessionRow; conversations: CalibrationConversationRow[]; participants: string[] }
  | undefined
> {
  const q = s.db.select().from(calibrationSessions).where(eq(calibrationSessions.id, id));
  const [session] = forUpdate ? await q.for('update') : await q;
  if (!session) return undefined;
  const [conversations, participants] = await Promise.all([
    s.db
      .select()
      .from(calibrationConversations)
      .where(eq(calibrationConversations.sessionId, id))
      .orderBy(asc(calibrationConversations.position)),
    s.db
      .select({ userId: calibrationParticipants.userId })
      .from(calibrationParticipants)
      .where(eq(calibrationParticipants.sessionId, id))
      .orderBy(asc(calibrationParticipants.userId)),
  ]);
  return { session, conversations, participants: participants.map((p) => p.userId) };
}

/** Sessions, newest first; with `participant`, only those the user was invited to. */
export async function listCalibrationSessions(
  s: DbHandle,
  participant?: string,
): Promise<CalibrationSessionRow[]> {
  if (participant === undefined) {
    return s.db
      .select()
      .from(calibrationSessions)
      .orderBy(desc(calibrationSessions.createdAt), desc(calibrationSessions.id));
  }
  const ids = s.db
    .select({ id: calibrationParticipants.sessionId })
    .from(calibrationParticipants)
    .where(eq(calibrationParticipants.userId, participant));
  return s.db
    .select()
    .from(calibrationSessions)
    .where(inArray(calibrationSessions.id, ids))
    .orderBy(desc(calibrationSessions.createdAt), desc(calibrationSessions.id));
}

export async function upsertCalibrationScore(s: DbHandle, score: CalibrationScoreRow): Promise<void> {
  await s.db
    .insert(calibrationScores)
    .values(score)
    .onConflictDoUpdate({
      target: [calibrationScores.sessionId, calibrationScores.userId, calibrationScores.conversationId],
      set: {
        hits: score.hits,
        deductions: score.deductions,
        total: score.total,
        submittedAt: score.submittedAt,
      },
    });
}

/** Scores of a session; with `userId`, only that inspector's (what a blind participant may see). */
export function calibrationScoresOf(
  s: DbHandle,
  sessionId: number,
  userId?: string,
): Promise<CalibrationScoreRow[]> {
  return s.db
    .select()
    .from(calibrationScores)
    .where(
      and(
        eq(calibrationScores.sessionId, sessionId),
        userId === undefined ? undefined : eq(calibrationScores.userId, userId),
      ),
    )
    .orderBy(asc(calibrationScores.userId), asc(calibrationScores.conversationId));
}

export async function closeCalibrationSession(s: DbHandle, id: number, at: Date): Promise<void> {
  await s.db
    .update(calibrationSessions)
    .set({ status: 'closed', closedAt: at })
    .where(eq(calibrationSessions.id, id));
}
