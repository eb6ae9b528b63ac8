// The demo's service operations, walked through their real commands (src/demo/workflows.ts): complaints, the
// discipline ledger, branches with their users and work orders, the blocklist.

import type { Conversation } from '../../core/conversation/schema.ts';
import { addDays, formatLocalDate, localDateText, parseLocalDate } from '../../core/time/index.ts';
import { generatePassword, hashPassword } from '../../auth/passwords.ts';
import { resultsFor } from '../../packs/score-bulk.ts';
import { packRevision } from '../../qa/packs.ts';
import { changeComplaint, registerComplaint } from '../../complaints/commands.ts';
import { recordIncident, reviewIncident } from '../../discipline/commands.ts';
import { createBranch, ensureComplaintCauses } from '../../service/setup.ts';
import { createWorkOrder, ensureDefaultPolicy, recordWorkOrderEvent } from '../../service/work-orders.ts';
import { changeEntry, createEntry } from '../../telephony/commands.ts';
import { scanCandidates } from '../../telephony/candidates.ts';
import { createUser, getConversation, saveResults, upsertConversation } from '../../store/index.ts';

import { HOUR, principal, type DemoCast, type DemoWorkflowUser, type Scored } from './cast.ts';

/** Complaints of several causes, severities and decisions; their ids, in order. */
export async function seedComplaints(c: DemoCast, scored: Scored): Promise<string[]> {
  const { store, now, timeZone, ctx, rng, yesterday, month, desk } = c;
  // Complaints: several causes, severities, channels and decisions; one decided after registration.
  await ensureComplaintCauses(store);
  const complaintRng = rng.fork('complaints');
  const complaintSpecs = [
    {
      severity: 'general',
      decision: 'responsible',
      causeId: 'agent.attitude',
      channel: 'hotline',
      text: '客户反映坐席语气生硬，多次打断',
    },
    {
      severity: 'severe',
      decision: 'responsible',
      causeId: 'agent.process-error',
      channel: 'regulator',
      text: '坐席未核实身份即办理挂失，客户向监管投诉',
    },
    {
      severity: 'minor',
      decision: 'not_responsible',
      causeId: 'product-policy',
      channel: 'online',
      text: '客户不认可年费政策',
    },
    {
      severity: 'general',
      decision: 'pending',
      causeId: 'agent.communication',
      channel: 'hotline',
      text: '客户称解释不清，待调听录音',
    },
    {
      severity: 'minor',
      decision: 'pending',
      causeId: 'system',
      channel: 'media',
      text: '客户反映 App 无法查询账单',
    },
  ] as const;
  const complaintIds: string[] = [];
  for (const [i, s] of complaintSpecs.entries()) {
    const r = complaintRng.pick(scored);
    const found = await getConversation(store, r.conversationId);
    const conv = found!.conversation;
    // Received this month (the draft statement carries them), after the call; never before the month began.
    const afterCall = localDateText(
      new Date(new Date(conv.startedAt ?? now).getTime() + HOUR * 20),
      timeZone,
    );
    const receivedOn = [afterCall, `${month}-01`].sort()[1]!;
    const row = await registerComplaint(ctx, desk, {
      receivedOn: receivedOn > yesterday ? yesterday : receivedOn,
      agentId: conv.agentId!,
      severity: s.severity,
      decision: i === 0 ? 'pending' : s.decision,
      conversationId: conv.id,
      description: s.text,
      causeId: s.causeId,
      channel: s.channel,
      callerNumber:
        typeof conv.body.meta?.['callerNumber'] === 'string' ? conv.body.meta['callerNumber'] : undefined,
    });
    complaintIds.push(row.id);
  }
  await changeComplaint(ctx, desk, complaintIds[0]!, {
    decision: 'responsible',
    decisionNote: '调听录音属实',
  });
  return complaintIds;
}

/** Three record-keeping errors of one agent, reported by their leader. */
export async function seedDiscipline(c: DemoCast): Promise<void> {
  const { ctx, yesterday, lead, leaders, placements } = c;
  // Discipline: one agent with three record-keeping errors (two confirmed, one pending), reported by their leader.
  // The team's last agent by id, so the ledger (ordered by agent) opens with whoever the user records next.
  const t1Agent = placements
    .filter((a) => a.teamId === 'T01' && a.active)
    .sort((a, b) => b.agentId.localeCompare(a.agentId))[0];
  const t1Leader = leaders.get('T01');
  if (t1Agent && t1Leader) {
    const notes = ['工单小结漏填客户诉求', '来电登记电话号码错误', '转接后未记录处理结果'];
    for (const [i, note] of notes.entries()) {
      const incident = await recordIncident({ ...ctx }, t1Leader, {
        agentId: t1Agent.agentId,
        occurredOn: formatLocalDate(addDays(parseLocalDate(yesterday), -(12 - i * 5))),
        description: note,
      });
      if (i < 2)
        await reviewIncident({ ...ctx }, lead, incident.id, { decision: 'confirmed', note: '已核实' });
    }
  }
}

/** A branch and a department, their users, and work orders; the users added, with passwords. */
export async function seedServiceDesk(
  c: DemoCast,
  complaintIds: readonly string[],
): Promise<DemoWorkflowUser[]> {
  const { store, now, ctx, lead, desk } = c;
  // Service: a branch and a department, their users, and work orders in several states.
  const admin = lead;
  const branch = await createBranch(ctx, admin, { name: '城东支行', kind: 'branch' });
  await createBranch(ctx, admin, { name: '信用卡中心后台', kind: 'department' });
  await ensureDefaultPolicy(store);
  const users: DemoWorkflowUser[] = [];
  for (const u of [
    { username: 'bo01', role: 'back_office' as const, branchId: branch.id, displayName: '城东支行 周敏' },
    { username: 'ex01', role: 'expert_seat' as const, branchId: null, displayName: '专家座席 罗峰' },
  ]) {
    const password = generatePassword();
    await createUser(store, {
      id: `u-${u.username}`,
      username: u.username,
      displayName: u.displayName,
      passwordHash: await hashPassword(password),
      role: u.role,
      agentId: null,
      teamId: null,
      vendorId: null,
      branchId: u.branchId,
    });
    users.push({ username: u.username, role: u.role, password });
  }
  const branchUser = await principal(store, 'bo01');
  const orderSpecs: {
    title: string;
    daysAgo: number;
    events: ('reply' | 'resolve' | 'bounce-back' | 'urge' | 'escalate')[];
  }[] = [
    { title: '客户要求上门核实信用卡邮寄地址', daysAgo: 1, events: [] },
    { title: '宽带报修：光猫反复掉线', daysAgo: 2, events: ['reply'] },
    { title: '商城退货款项未到账', daysAgo: 6, events: ['reply', 'resolve'] },
    { title: '分期手续费争议，需支行出具说明', daysAgo: 5, events: ['reply', 'bounce-back'] },
    { title: '老年客户柜面办理受阻投诉', daysAgo: 8, events: ['urge', 'escalate'] },
  ];
  for (const [i, o] of orderSpecs.entries()) {
    const createdAt = new Date(now.getTime() - o.daysAgo * 24 * HOUR);
    const order = await createWorkOrder(ctx, desk, {
      title: o.title,
      assignee: { branchId: branch.id },
      priority: i === 4 ? 'urgent' : 'normal',
      ...(complaintIds[i] ? { complaintId: complaintIds[i] } : {}),
      createdAt,
    });
    for (const [k, type] of o.events.entries()) {
      const by = type === 'reply' || type === 'resolve' ? branchUser : desk;
      await recordWorkOrderEvent(ctx, by, order.id, {
        type,
        at: new Date(createdAt.getTime() + (k + 1) * 5 * HOUR),
        note:
          type === 'resolve'
            ? '已退款并电话回访'
            : type === 'bounce-back'
              ? '说明未覆盖客户诉求，请补充'
              : '已联系客户',
        ...(type === 'resolve' ? { result: '已退款', satisfied: true } : {}),
      });
    }
  }
  return users;
}

/** Blocklist entries and a flood caller for the candidate scan; the flood calls scored join `scoredIds`. */
export async function seedBlocklist(c: DemoCast, scoredIds: string[]): Promise<void> {
  const { store, now, timeZone, lead, desk, placements, pack, voice } = c;
  // Blocklist: one entry approved by a second person, one waiting for approval, and a flood caller the scan
  // proposes as a candidate (seed 003 由人工+系统判断).
  const telephony = { store, now, timeZone };
  const approved = await createEntry(telephony, lead, {
    number: '13800000001',
    period: 'month',
    reason: '多次辱骂坐席（示例）',
    class: 'harassment',
  });
  if (approved.state === 'pending')
    await changeEntry(telephony, desk, approved.id, { type: 'approve', by: desk.id, at: now }, '已复核录音');
  await createEntry(telephony, desk, {
    number: '13800000002',
    period: 'week',
    reason: '频繁无声来电（示例）',
  });
  const floodNumber = '13900000009';
  const template = voice[0];
  if (template) {
    for (let k = 0; k < 6; k++) {
      const at = new Date(now.getTime() - (6 - k) * 8 * 60_000 - HOUR);
      const c: Conversation = {
        ...template,
        id: `demo-flood-${k + 1}`,
        startedAt: at.toISOString(),
        turns: template.turns.slice(0, 2),
        meta: { callerNumber: floodNumber, callClass: '骚扰', topic: '骚扰来电' },
      };
      const agent = placements.find((a) => a.agentId === c.agentId);
      await upsertConversation(store, c, {
        teamId: agent?.teamId ?? null,
        vendorId: agent?.vendorId ?? null,
      });
    }
    const flood = Array.from({ length: 6 }, (_, k) => `demo-flood-${k + 1}`);
    await saveResults(store, await resultsFor(store, flood, pack, packRevision(pack.version)), now);
    scoredIds.push(...flood);
    await scanCandidates(telephony);
  }
}
