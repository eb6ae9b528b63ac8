// The demo's workflow data: after the organisation and its conversations are loaded, walk every workflow once
// through its real commands (so each row has its audit entry and its notifications), so a newcomer's first visit
// finds every screen filled: reviews finalized with confirmed and rejected hits and a manual deduction, appeals
// open, upheld and rejected, calibration sessions, complaints of several causes, severities and decisions, a
// discipline ledger, daily call statistics that differ across agents (seed 002 (五) KPI: answer rate and
// satisfaction decide the bonus), work orders to a branch in several states (seed 004 工單), blocklist entries and
// an auto-block candidate (seed 003), coaching cases, a training session, a plan and ideas (seeds 001, 004), and the
// vendor's statements in each state (README.md "Start" (the demo accounts)).
//
// Deterministic: every choice comes from the demo seed's own stream (src/core/random). Idempotent: the last step
// writes the audit entry `demo.workflows`; a run that finds it does nothing.
import type { Conversation } from '../core/conversation/schema.ts';
import type { Principal, UserRole } from '../core/auth/roles.ts';
import { createRng, type Rng } from '../core/random/random.ts';
import {
  addDays,
  addMonths,
  formatLocalDate,
  localDateText,
  monthOf,
  parseLocalDate,
} from '../core/time/index.ts';
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { toPrincipal } from '../auth/sessions.ts';
import { resultsFor } from '../packs/score-bulk.ts';
import { ensureDefaultPack, packRevision, publishedPack } from '../qa/packs.ts';
import { startReview } from '../review/adhoc.ts';
import { deductItem, finalizeTask, judgeHit, taskView } from '../review/tasks.ts';
import { decideAppeal, fileAppeal } from '../review/appeals.ts';
import { closeSession, createSession as createCalibration, submitScore } from '../review/calibration.ts';
import { changeComplaint, registerComplaint } from '../complaints/commands.ts';
import { recordIncident, reviewIncident } from '../discipline/commands.ts';
import { importStatsFile } from '../settlement/stats-import.ts';
import { acknowledgeStatementInputs, draftStatement, moveStatement } from '../settlement/commands.ts';
import { statementSafety } from '../settlement/safety.ts';
import { createBranch, ensureComplaintCauses } from '../service/setup.ts';
import { createWorkOrder, ensureDefaultPolicy, recordWorkOrderEvent } from '../service/work-orders.ts';
import { changeEntry, createEntry } from '../telephony/commands.ts';
import { scanCandidates } from '../telephony/candidates.ts';
import { addCase, answerConsent } from '../coaching/cases.ts';
import { createPlan, createSession as createTraining, recordAttendance } from '../coaching/training.ts';
import { moveIdea, submitIdea } from '../coaching/ideas.ts';
import {
  appendAudit,
  createUser,
  findUserByUsername,
  getConversation,
  getStatement,
  listAgentPlacements,
  saveResults,
  upsertConversation,
  type Store,
} from '../store/index.ts';
import { VENDOR } from '../core/demo/org.ts';

/** The audit action whose presence says the workflows were seeded. */
export const DEMO_WORKFLOWS_ACTION = 'demo.workflows';

export interface DemoWorkflowUser {
  username: string;
  role: UserRole;
  password: string;
}

export interface DemoWorkflowResult {
  /** False when an earlier run had already seeded the workflows (nothing was added). */
  seeded: boolean;
  /** Conversations scored here (the caller need not queue them). */
  scoredIds: string[];
  /** Accounts added here (branch user, expert seat), with their generated passwords. */
  users: DemoWorkflowUser[];
}

const HOUR = 3_600_000;

export async function workflowsSeeded(store: Store): Promise<boolean> {
  const { rows } = await store.sql<{ n: number }>(
    'select count(*)::int as n from audit_log where action = $1',
    [DEMO_WORKFLOWS_ACTION],
  );
  return (rows[0]?.n ?? 0) > 0;
}

async function principal(store: Store, username: string): Promise<Principal> {
  const u = await findUserByUsername(store, username);
  if (!u) throw new Error(`demo user ${username} is missing`);
  return toPrincipal(u);
}

/** Daily ACD figures per agent: each agent keeps their own answer and satisfaction level (some miss the KPI). */
function callStatsCsv(
  rng: Rng,
  agents: readonly { agentId: string; hiredOn: string }[],
  from: string,
  to: string,
): string {
  const lines = [
    'agent_id,date,offered,answered,answered_within_20s,abandoned_in_queue,rated,satisfied,rating_abandoned',
  ];
  const level = new Map(
    agents.map((a) => {
      const r = rng.fork(`agent:${a.agentId}`);
      // Around the seed 002 (五) targets (97 % answered within 20 s, 90 % satisfied; 2 and 1 points per point off):
      // each agent keeps their own level, so some earn a bonus, some land near 100 points and some lose part of
      // their fee.
      return [a.agentId, { fast: r.float(0.945, 0.995), sat: r.float(0.86, 0.975) }];
    }),
  );
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  for (let d = parseLocalDate(from); formatLocalDate(d) <= to; d = addDays(d, 1)) {
    const date = formatLocalDate(d);
    for (const a of agents) {
      if (a.hiredOn > date) continue;
      const l = level.get(a.agentId)!;
      const r = rng.fork(`${a.agentId}:${date}`);
      const offered = r.int(35, 70);
      const abandoned = r.int(0, 3);
      const reachable = offered - abandoned;
      const fast = Math.round(reachable * clamp(l.fast + r.float(-0.01, 0.01)));
      const answered = Math.min(reachable, fast + r.int(0, 2));
      const rated = Math.round(answered * r.float(0.3, 0.5));
      const ratingAbandoned = r.int(0, 2);
      const satisfied = Math.round((rated - ratingAbandoned) * clamp(l.sat + r.float(-0.02, 0.02)));
      lines.push(
        [a.agentId, date, offered, answered, fast, abandoned, rated, satisfied, ratingAbandoned].join(','),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Seed every workflow once. `conversations` are the demo's generated conversations (already stored); those the
 * workflows need are scored here with the published pack, the rest stay for the scoring job.
 */
export async function seedDemoWorkflows(
  store: Store,
  opts: { now: Date; timeZone: string; seed: number; conversations: readonly Conversation[] },
): Promise<DemoWorkflowResult> {
  if (await workflowsSeeded(store)) return { seeded: false, scoredIds: [], users: [] };
  const { now, timeZone } = opts;
  const rng = createRng(opts.seed).fork('workflows');
  const ctx = { store, now, timeZone };
  const yesterday = localDateText(new Date(now.getTime() - 86_400_000), timeZone);
  const month = monthOf(yesterday);

  const lead = await principal(store, 'qalead');
  const inspectors = [
    await principal(store, 'qa01'),
    await principal(store, 'qa02'),
    await principal(store, 'qa03'),
  ];
  const leaders = new Map<string, Principal>();
  for (const u of ['tl01', 'tl02']) {
    const p = await principal(store, u);
    if (p.teamId) leaders.set(p.teamId, p);
  }
  const vendorManager = await principal(store, 'pm01');
  const desk = await principal(store, 'cd01');
  const agentUser = async (agentId: string) => principal(store, agentId.toLowerCase());
  const placements = await listAgentPlacements(store, {});

  // --- Score the conversations the workflows use (voice calls with an agent, newest days first excluded so the
  // appeal deadline of a finalized review is still ahead).
  // `serve` publishes the default pack before loading the demo; `zhijian demo` and tests may not have.
  if (!(await publishedPack(store))) await ensureDefaultPack(store, now);
  const pack = await publishedPack(store);
  if (!pack) throw new Error('no published rule pack: publish the default pack before seeding the demo');
  const voice = opts.conversations.filter((c) => c.channel === 'voice' && c.agentId);
  const picked = rng.fork('pick').sample(voice, 60);
  const scored = await resultsFor(
    store,
    picked.map((c) => c.id),
    pack,
    packRevision(pack.version),
  );
  await saveResults(store, scored, now);
  const scoredIds = scored.map((r) => r.conversationId);
  const deducting = scored.filter((r) => r.hits.length > 0 && r.total < r.machineScore + 1 && r.total < 100);
  const withHits = deducting.length >= 12 ? deducting : scored.filter((r) => r.hits.length > 0);
  const clean = scored.filter((r) => !withHits.includes(r));

  // --- Reviews: ten finalized (hits confirmed, one rejected with a reason, a manual item deducted on some), two open.
  const manualItems = pack.scorecard.items.filter((i) => i.judged === 'manual').map((i) => i.id);
  const finalized: { taskId: number; agentId: string; hits: number[]; item: string | null }[] = [];
  const reviewRng = rng.fork('reviews');
  const toReview = withHits.slice(0, 12);
  for (const [i, r] of toReview.entries()) {
    const inspector = inspectors[i % inspectors.length]!;
    const task = await startReview(
      store,
      lead,
      { conversationId: r.conversationId, inspectorUserId: inspector.id },
      now,
    );
    if (i >= 10) continue; // left open: the inspector's queue is not empty
    const view = await taskView(store, task);
    const confirmed: number[] = [];
    for (const [k, hit] of view.pendingHits.entries()) {
      const reject = k === 0 && i % 4 === 3;
      await judgeHit(
        store,
        inspector,
        task.id,
        reject
          ? { hit, verdict: 'reject', reason: '客户原话引述，坐席并未违规' }
          : { hit, verdict: 'confirm', reason: '' },
        now,
      );
      if (!reject) confirmed.push(hit);
    }
    let item: string | null = null;
    if (manualItems.length > 0 && (i % 3 === 0 || confirmed.length === 0)) {
      const chosen = reviewRng.pick(manualItems);
      item = chosen;
      await deductItem(
        store,
        inspector,
        task.id,
        { item: chosen, occurrences: 1, reason: '未按要求核实客户身份后再办理' },
        now,
      );
    }
    await finalizeTask(
      store,
      inspector,
      task.id,
      now,
      timeZone,
      i % 2 === 0 ? '整体服务规范，注意核实流程' : undefined,
    );
    finalized.push({ taskId: task.id, agentId: task.agentId ?? '', hits: confirmed, item });
  }

  // --- Appeals: the agents contest deductions; two wait for their team leader, one is upheld, one rejected.
  const appealable = finalized.filter((f) => f.agentId && (f.hits.length > 0 || f.item !== null));
  for (const [i, f] of appealable.slice(0, 5).entries()) {
    const agent = await agentUser(f.agentId);
    const target =
      f.item !== null && (i % 2 === 1 || f.hits.length === 0)
        ? ({ kind: 'item', item: f.item } as const)
        : ({ kind: 'hit', hit: f.hits[0]! } as const);
    const appeal = await fileAppeal(
      store,
      agent,
      { taskId: f.taskId, target, reason: '当时客户已核实过身份，录音后半段可以听到' },
      now,
    );
    const leader = appeal.teamId ? leaders.get(appeal.teamId) : undefined;
    if (i === 0 && leader)
      await decideAppeal(
        store,
        leader,
        appeal.id,
        { outcome: 'upheld', reason: '复听录音，坐席已按流程核实' },
        now,
        timeZone,
      );
    else if (i === 1)
      await decideAppeal(
        store,
        lead,
        appeal.id,
        { outcome: 'rejected', reason: '录音中未见核实动作，维持扣分' },
        now,
        timeZone,
      );
  }

  // --- Calibration: one closed session with everyone's scores, one still open.
  const calib = clean.length >= 4 ? clean : scored;
  const closed = await createCalibration(
    store,
    lead,
    {
      name: '月度校准会（示例）',
      conversationIds: calib.slice(0, 2).map((r) => r.conversationId),
      inspectorUserIds: inspectors.map((x) => x.id),
    },
    now,
  );
  for (const inspector of inspectors)
    for (const r of calib.slice(0, 2)) {
      const reject = inspector === inspectors[2];
      await submitScore(
        store,
        inspector,
        closed.id,
        r.conversationId,
        {
          hits: r.hits.map((_, hit) => ({
            hit,
            verdict: reject && hit === 0 ? 'reject' : 'confirm',
            reason: reject && hit === 0 ? '口径不同' : '',
          })),
          deductions: [],
        },
        now,
      );
    }
  await closeSession(store, lead, closed.id, now);
  await createCalibration(
    store,
    lead,
    {
      name: '新规则校准（进行中）',
      conversationIds: calib.slice(2, 4).map((r) => r.conversationId),
      inspectorUserIds: inspectors.slice(0, 2).map((x) => x.id),
    },
    now,
  );

  // --- Complaints: several causes, severities, channels and decisions; one decided after registration.
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

  // --- Discipline: one agent with three record-keeping errors (two confirmed, one pending), reported by their leader.
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

  // --- Call statistics: from the first day of the month three months back to yesterday.
  const statsFrom = `${addMonths(month, -3)}-01`;
  const hired = await store.sql<{ id: string; hired_on: string | null }>(
    'select id, hired_on::text as hired_on from agents',
  );
  const agentsForStats = hired.rows.map((r) => ({
    agentId: r.id,
    hiredOn: String(r.hired_on ?? '2000-01-01').slice(0, 10),
  }));
  const stats = await importStatsFile(store, {
    bytes: new TextEncoder().encode(callStatsCsv(rng.fork('stats'), agentsForStats, statsFrom, yesterday)),
    source: 'acd',
    timeZone,
    actorUserId: lead.id,
    now,
    fileName: 'demo-acd-export.csv',
  });
  if (stats.errors.length > 0 || stats.agentDays === 0)
    throw new Error(`demo call statistics refused: ${JSON.stringify(stats.errors.slice(0, 3))}`);

  // --- Service: a branch and a department, their users, and work orders in several states.
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

  // --- Blocklist: one entry approved by a second person, one waiting for approval, and a flood caller the scan
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

  // --- Coaching: a case (the agent agrees to its use), a training session with attendance, a plan, ideas.
  const best = [...scored].sort((a, b) => b.total - a.total)[0];
  const caseIds: string[] = [];
  if (best) {
    const c = await addCase(
      store,
      lead,
      {
        conversationId: best.conversationId,
        categoryId: 'excellent',
        title: '耐心解释年费政策',
        note: '开场规范、复述确认到位',
      },
      now,
    );
    caseIds.push(c.id);
    if (c.agentId) await answerConsent(store, await agentUser(c.agentId), c.id, true);
  }
  const t1 = leaders.get('T01');
  if (t1) {
    const session = await createTraining(
      store,
      t1,
      { title: '晨会：优秀录音分享', format: 'morning', teamId: 'T01', scheduledOn: yesterday, caseIds },
      now,
    );
    const present = placements
      .filter((a) => a.teamId === 'T01')
      .slice(0, 4)
      .map((a) => a.agentId);
    await recordAttendance(store, t1, session.id, present);
    const weak = finalized.find((f) => placements.some((a) => a.agentId === f.agentId && a.teamId === 'T01'));
    if (weak)
      await createPlan(
        store,
        t1,
        { agentId: weak.agentId, focusRules: [], caseIds, note: '一对一辅导：身份核实流程', followUp: false },
        now,
      );
  }
  const ideaAgent = placements.find((a) => a.active);
  if (ideaAgent) {
    const author = await agentUser(ideaAgent.agentId);
    const idea = await submitIdea(
      store,
      author,
      {
        source: 'agent',
        category: 'process',
        title: '账单查询增加短信自助入口',
        body: '减少重复来电，客户可自助查询',
      },
      now,
    );
    await moveIdea(
      store,
      lead,
      idea.id,
      { to: 'adopted', reason: '已纳入下月流程优化', rewardFen: 20_000 },
      now,
      timeZone,
    );
    await submitIdea(
      store,
      lead,
      {
        source: 'customer_callback',
        category: 'service',
        title: '回访客户建议：等待时播报排队人数',
        body: '满意度回访中客户提出',
      },
      now,
    );
  }

  // --- Statements of the vendor: three months back approved (its month is locked), last month confirmed by the
  // vendor, this month a draft. Two months back stays without a statement, for a user to build one.
  // Agents without call statistics or reviews on some days score KPI items without data; each side acknowledges
  // that before moving the statement on, as a user would on the statement page (src/settlement/safety.ts).
  const move = async (actor: Principal, id: string, type: 'confirm' | 'approve') => {
    const row = await getStatement(store, id);
    const safety = row ? await statementSafety(store, row, now, timeZone) : undefined;
    if (safety?.attentionNeeded)
      await acknowledgeStatementInputs(ctx, actor, id, {
        fingerprint: safety.fingerprint,
        note: '部分坐席当月缺少接听率或质检数据，已核对，按考核政策的无数据规则计分',
      });
    await moveStatement(ctx, actor, id, { type });
  };
  const approvedMonth = await draftStatement(ctx, desk, VENDOR.id, addMonths(month, -3));
  await move(vendorManager, approvedMonth.row.id, 'confirm');
  await move(desk, approvedMonth.row.id, 'approve');
  const confirmedMonth = await draftStatement(ctx, desk, VENDOR.id, addMonths(month, -1));
  await move(vendorManager, confirmedMonth.row.id, 'confirm');
  await draftStatement(ctx, desk, VENDOR.id, month);

  await appendAudit(store, {
    actorUserId: null,
    action: DEMO_WORKFLOWS_ACTION,
    entity: 'demo',
    entityId: String(opts.seed),
    after: { seed: opts.seed, at: now.toISOString() },
  });
  return { seeded: true, scoredIds, users };
}
