// The month lock's one choke point (src/settlement/locks.ts), path by path: every command that changes a month's
// settlement inputs refuses (LOCKED) once that month's statement is approved, and the same command goes through in
// an open month. Vendor V1's October 2026 is approved; November is open. Discipline is the documented exception:
// the incident stays a fact about the agent and the answer warns that its fine needs an adjusting entry.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerComplaint } from '../complaints/commands.ts';
import type { Principal, UserRole } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { recordIncident, reviewIncident } from '../discipline/commands.ts';
import { seedUsers } from '../http/testing/test-app.ts';
import { planRescore, workRescoreRun } from '../packs/rescore.ts';
import { ensureDefaultPack } from '../qa/packs.ts';
import { startReview } from '../review/adhoc.ts';
import { storeFinalScore } from '../review/score.ts';
import { finalizeTask } from '../review/tasks.ts';
import {
  createRescoreRun,
  insertStatement,
  publishedRevision,
  saveResult,
  upsertConversation,
  type Store,
} from '../store/index.ts';
import { conversation, emptyStatement, seedOrganisation } from '../store/testing/fixtures.ts';
import { testDrivers, useTestStore } from '../store/testing/test-store.ts';
import { recordLateCallback } from './input-commands.ts';
import { deriveStatsFromConversations, importStatsFile } from './stats-import.ts';

const NOW = new Date('2026-12-02T02:00:00Z');
const TZ = 'Asia/Shanghai';
const LOCKED_MONTH = '2026-10';
const OPEN_MONTH = '2026-11';

const principal = (username: string, role: UserRole): Principal => ({
  id: `u-${username}`,
  username,
  displayName: username,
  role,
  agentId: null,
  teamId: null,
  vendorId: null,
});
const admin = principal('admin', 'admin');
const desk = principal('desk', 'complaint_desk');
const lead = principal('lead', 'qa_lead');
const inspector = principal('qa', 'qa_inspector');

/** The call of A001 (V1) in a month, scored 90 by the published pack. */
const callOf = (month: string) => `c-${month}`;

async function rejection(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe.each(await testDrivers())('the month lock on $kind', (driver) => {
  const t = useTestStore(driver);
  const skip = driver.kind === 'postgres' && !driver.available;
  let packVersion = 0;

  beforeAll(async () => {
    if (skip) return;
    const store = t.store();
    await seedOrganisation(store);
    await seedUsers(store, [
      { username: 'admin', role: 'admin' },
      { username: 'desk', role: 'complaint_desk' },
      { username: 'lead', role: 'qa_lead' },
      { username: 'qa', role: 'qa_inspector' },
    ]);
    await ensureDefaultPack(store, NOW);
    packVersion = (await publishedRevision(store, 'default')) ?? 0;
    for (const id of [LOCKED_MONTH, OPEN_MONTH].flatMap((m) => [callOf(m), `${callOf(m)}-appeal`])) {
      const month = id.slice(2, 9);
      const meta = { answeredWithinMs: 5000, survey: 'satisfied' };
      await upsertConversation(
        store,
        conversation(id, { agentId: 'A001', startedAt: `${month}-05T10:00:00+08:00`, meta }),
        { teamId: 'T1', vendorId: 'V1' },
      );
      await saveResult(store, {
        conversationId: id,
        conversationVersion: 1,
        packId: 'default',
        packVersion,
        machineScore: 90,
        total: 90,
        fatal: false,
        categories: {},
        hits: [],
      });
    }
    await insertStatement(store, {
      id: 'st-v1-oct',
      vendorId: 'V1',
      month: LOCKED_MONTH,
      state: 'approved',
      policyId: 'default-v1',
      policyVersion: '1',
      asOf: '2026-11-05',
      body: emptyStatement('V1', LOCKED_MONTH),
      netFen: 0,
      builtAt: NOW,
      createdAt: NOW,
    });
  });

  // Each path: the command on the locked month, then on the open one.
  const paths: [string, (store: Store, month: string) => Promise<unknown>][] = [
    [
      'late callback (settlement input)',
      (store, month) =>
        recordLateCallback({ store, now: NOW, timeZone: TZ }, admin, {
          vendorId: 'V1',
          date: `${month}-06`,
          kind: 'voicemail',
        }),
    ],
    [
      'complaint registered as the vendor’s responsibility',
      (store, month) =>
        registerComplaint({ store, now: NOW }, desk, {
          receivedOn: `${month}-07`,
          agentId: 'A001',
          severity: 'general',
          decision: 'responsible',
          description: '态度差',
        }),
    ],
    [
      'call statistics import',
      (store, month) =>
        importStatsFile(store, {
          bytes: new TextEncoder().encode(
            `agent_id,date,offered,answered,answered_within_20s,abandoned_in_queue\nA001,${month}-02,10,10,9,0\n`,
          ),
          source: 'import',
          timeZone: TZ,
          actorUserId: admin.id,
          now: NOW,
        }),
    ],
    [
      'call statistics derived from conversations',
      (store, month) =>
        deriveStatsFromConversations(store, { month, timeZone: TZ, actorUserId: admin.id, now: NOW }),
    ],
    [
      'review finalisation',
      async (store, month) => {
        const task = await startReview(store, inspector, { conversationId: callOf(month) }, NOW);
        return finalizeTask(store, inspector, task.id, NOW, TZ);
      },
    ],
    [
      'score change of an upheld appeal',
      async (store, month) => {
        // The appeal's decision stores its new score through the same writer; a fresh task of the call stands in.
        const task = await startReview(store, inspector, { conversationId: `${callOf(month)}-appeal` }, NOW);
        return store.db.transaction((db) =>
          storeFinalScore(
            { db },
            {
              task,
              score: { total: 95, categories: { professional: 0, attitude: 0, language: 0 }, fatal: false },
              actorUserId: lead.id,
              now: NOW,
              cause: 'appeal.upheld:1',
              timeZone: TZ,
            },
          ),
        );
      },
    ],
  ];

  it.each(paths)('%s: refused in the approved month, done in the open one', async (_name, run) => {
    const store = t.store();
    expect(await rejection(run(store, LOCKED_MONTH))).toBe('LOCKED');
    expect(await rejection(run(store, OPEN_MONTH))).toBeNull();
  });

  it('a background re-score leaves the calls of the approved month as they were paid', async () => {
    const store = t.store();
    const scoredAt = async (id: string) =>
      (
        await store.sql<{ at: string }>(
          `select scored_at::text as at from results where conversation_id = $1 and is_latest`,
          [id],
        )
      ).rows[0]?.at;
    const before = { locked: await scoredAt(callOf(LOCKED_MONTH)), open: await scoredAt(callOf(OPEN_MONTH)) };
    await createRescoreRun(store, {
      id: 'run-lock',
      packId: 'default',
      packVersion,
      from: new Date('2026-10-01T00:00:00+08:00'),
      to: new Date('2026-12-01T00:00:00+08:00'),
      createdByUserId: lead.id,
      at: NOW,
    });
    await planRescore(store, 'run-lock');
    await workRescoreRun(store, 'run-lock', () => new Date(), TZ);
    expect(await scoredAt(callOf(LOCKED_MONTH))).toBe(before.locked);
    expect(await scoredAt(callOf(OPEN_MONTH))).not.toBe(before.open);
  });

  it('a discipline incident in the approved month is kept, with a warning naming the statement', async () => {
    const store = t.store();
    const c = { store, now: NOW, timeZone: TZ };
    for (const [month, warned] of [
      [LOCKED_MONTH, true],
      [OPEN_MONTH, false],
    ] as const) {
      const incident = await recordIncident(c, lead, {
        agentId: 'A001',
        occurredOn: `${month}-08`,
        description: '工单记录不准确',
      });
      const { warnings } = await reviewIncident(c, admin, incident.id, { decision: 'confirmed' });
      expect(warnings.some((w) => w.includes('st-v1-oct'))).toBe(warned);
    }
  });
});
