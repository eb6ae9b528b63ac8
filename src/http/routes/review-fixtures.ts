// Test world of the review, appeal and calibration HTTP tests: organisation, users of every review role, the
// default pack and five scored conversations (all text invented for the tests).
import type { Conversation } from '../../core/conversation/schema.ts';
import { ensureDefaultPack } from '../../qa/packs.ts';
import { scoreConversationsJob } from '../../qa/score-job.ts';
import { upsertConversation, type Store } from '../../store/index.ts';
import { conversation, seedOrganisation } from '../../store/testing/fixtures.ts';
import { seedUsers } from '../testing/test-app.ts';

/** An invented call: refusal phrases, a complaint threat, no apology, and (by default) the agent hangs up first. */
export function rudeCall(
  id: string,
  agentId: string,
  hangupBy: 'agent' | 'customer' = 'agent',
): Conversation {
  return conversation(id, {
    agentId,
    startedAt: '2026-10-08T09:30:00+08:00',
    turns: [
      { role: 'agent', text: '您好，很高兴为您服务', startMs: 0, endMs: 2000 },
      { role: 'customer', text: '我的电费怎么扣了两次', startMs: 2500, endMs: 5000 },
      { role: 'agent', text: '这个我不知道，不关我的事', startMs: 5200, endMs: 7000 },
      { role: 'customer', text: '你们这样我要打12315投诉', startMs: 7200, endMs: 9000 },
      { role: 'agent', text: '好的，感谢您的来电，再见', startMs: 9200, endMs: 11000 },
    ],
    events: [{ type: 'hangup', by: hangupBy, atMs: 11500 }],
  });
}

export function politeCall(id: string, agentId: string): Conversation {
  return conversation(id, {
    agentId,
    startedAt: '2026-10-09T10:00:00+08:00',
    turns: [
      { role: 'agent', text: '您好，很高兴为您服务', startMs: 0, endMs: 2000 },
      { role: 'customer', text: '我想查一下本月账单', startMs: 2500, endMs: 5000 },
      { role: 'agent', text: '好的，本月账单是八十元', startMs: 5200, endMs: 7500 },
      { role: 'customer', text: '没有了，谢谢', startMs: 7700, endMs: 8500 },
      { role: 'agent', text: '感谢您的来电，再见', startMs: 8700, endMs: 9800 },
    ],
    events: [{ type: 'hangup', by: 'customer', atMs: 10300 }],
  });
}

const SCOPE = { A001: ['T1', 'V1'], A002: ['T2', 'V1'], A003: ['T3', 'V2'] } as const;

/** Organisation, users of every review role, the default pack, five scored conversations. */
export async function seedReviewWorld(store: Store, now: Date): Promise<void> {
  await seedOrganisation(store);
  await seedUsers(store, [
    { username: 'admin', role: 'admin' },
    { username: 'lead', role: 'qa_lead' },
    { username: 'qa1', role: 'qa_inspector' },
    { username: 'qa2', role: 'qa_inspector' },
    { username: 'a001', role: 'agent', agentId: 'A001' },
    { username: 'a002', role: 'agent', agentId: 'A002' },
    { username: 'tl1', role: 'team_leader', teamId: 'T1' },
    { username: 'tl2', role: 'team_leader', teamId: 'T2' },
  ]);
  await ensureDefaultPack(store, now);
  const calls = [
    rudeCall('c-01', 'A001'),
    politeCall('c-02', 'A001'),
    politeCall('c-03', 'A002'),
    rudeCall('c-04', 'A002', 'customer'),
    politeCall('c-05', 'A003'),
  ];
  for (const c of calls) {
    const [teamId, vendorId] = SCOPE[c.agentId as keyof typeof SCOPE];
    await upsertConversation(store, c, { teamId, vendorId });
  }
  await scoreConversationsJob.handler(
    { ids: calls.map((c) => c.id) },
    { jobId: 'test', store, queue: { send: () => Promise.resolve(null) } },
  );
}
