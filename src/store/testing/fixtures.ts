// Small builders for store tests. All text is invented for the tests.
import type { Conversation } from '../../core/conversation/schema.ts';
import { totalsOf, type SettlementStatement } from '../../core/kpi/index.ts';
import { createAgent, createClient, createTeam, createVendor } from '../repo/organisation.ts';
import type { Store } from '../store.ts';

export function conversation(id: string, over: Partial<Conversation> = {}): Conversation {
  return {
    id,
    channel: 'voice',
    agentId: 'A001',
    startedAt: '2026-10-08T09:30:00+08:00',
    turns: [
      { role: 'agent', text: '您好，很高兴为您服务', startMs: 0, endMs: 2100 },
      { role: 'customer', text: '我的宽带又断了', startMs: 2500, endMs: 4800 },
      { role: 'agent', text: '请您稍等，我帮您查询一下', startMs: 5000, endMs: 7600 },
    ],
    events: [{ type: 'hangup', by: 'customer', atMs: 9000 }],
    ...over,
  };
}

/** Client C1 → vendors V1, V2 → teams T1 (V1), T2 (V1), T3 (V2) → agents A001 (T1), A002 (T2), A003 (T3). */
export async function seedOrganisation(store: Store, prefix = ''): Promise<void> {
  await createClient(store, { id: `${prefix}C1`, name: '某市供电热线' });
  await createVendor(store, { id: `${prefix}V1`, clientId: `${prefix}C1`, name: '甲外包' });
  await createVendor(store, { id: `${prefix}V2`, clientId: `${prefix}C1`, name: '乙外包' });
  await createTeam(store, { id: `${prefix}T1`, vendorId: `${prefix}V1`, name: '一组' });
  await createTeam(store, { id: `${prefix}T2`, vendorId: `${prefix}V1`, name: '二组' });
  await createTeam(store, { id: `${prefix}T3`, vendorId: `${prefix}V2`, name: '三组' });
  await createAgent(store, {
    id: `${prefix}A001`,
    name: '张敏',
    teamId: `${prefix}T1`,
    hiredOn: '2026-03-01',
  });
  await createAgent(store, { id: `${prefix}A002`, name: '李强', teamId: `${prefix}T2` });
  await createAgent(store, { id: `${prefix}A003`, name: '王芳', teamId: `${prefix}T3` });
}

/** A statement body with no lines, for tests that need a statement row (e.g. an approved, locked month). */
export function emptyStatement(vendorId: string, month: string, policyVersion = '1'): SettlementStatement {
  return { vendorId, month, policyVersion, kpi: [], lines: [], totals: totalsOf([]) };
}
