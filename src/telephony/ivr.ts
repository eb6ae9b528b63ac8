// IVR → human (seed 001 热线IVR和人工需要协同): POST /api/ivr/decide answers from the session state and the caller's
// class (read from the lookup index, no database read before the answer), and stores the session so decisions are
// reportable; sessions can also be ingested afterwards from the IVR's logs. The IVR report counts actions and
// reasons, the intents callers repeat most, and IVR complaints agents heard (the `ivr-complaint` rule of the
// default pack hitting in customer turns: 机器听不懂 / 绕来绕去 / 转人工).
import { decideIvr, type CallerClass, type IvrDecision, type IvrQuestion } from '../core/telephony/index.ts';
import { schema, type Store } from '../store/index.ts';
import { normaliseNumber } from '../core/telephony/index.ts';
import { lookupIndex } from './lookup-index.ts';
import { loadTelephonyPolicy } from './settings.ts';

export interface IvrSessionInput {
  sessionId: string;
  number?: string | undefined;
  elapsedMs: number;
  questions: IvrQuestion[];
  callerClass?: CallerClass | undefined;
  queueWaitMs?: number | undefined;
  at?: string | undefined;
}

async function classOf(store: Store, number: string | null, given: CallerClass | undefined, now: Date) {
  if (given) return given;
  if (!number) return 'regular' as const;
  const l = lookupIndex(store);
  await l.ready;
  return l.index.lookup(number, now.getTime()).class;
}

async function store1(
  store: Store,
  s: IvrSessionInput,
  number: string | null,
  cls: CallerClass,
  d: IvrDecision,
  source: 'decide' | 'ingest',
  at: Date,
) {
  const values = {
    id: s.sessionId,
    number,
    callerClass: cls,
    elapsedMs: s.elapsedMs,
    questions: s.questions.map((q) => ({
      intent: q.intent,
      ...(q.text ? { text: q.text } : {}),
      ...(q.atMs !== undefined ? { atMs: q.atMs } : {}),
    })),
    action: d.action,
    priority: d.priority,
    reasons: d.reasons,
    topIntent: d.topIntent?.intent ?? null,
    source,
    at,
  };
  // The IVR asks again as the session goes on: the latest state of a session wins.
  await store.db
    .insert(schema.ivrSessions)
    .values(values)
    .onConflictDoUpdate({ target: schema.ivrSessions.id, set: values });
}

export async function decideSession(
  store: Store,
  s: IvrSessionInput,
  now: Date,
): Promise<IvrDecision & { callerClass: CallerClass }> {
  const number = s.number ? normaliseNumber(s.number) : null;
  const cls = await classOf(store, number, s.callerClass, now);
  const policy = await loadTelephonyPolicy(store);
  const d = decideIvr(
    { elapsedMs: s.elapsedMs, questions: s.questions, callerClass: cls, queueWaitMs: s.queueWaitMs },
    policy.ivr,
  );
  await store1(store, s, number, cls, d, 'decide', now);
  return { ...d, callerClass: cls };
}

export async function ingestSessions(
  store: Store,
  sessions: readonly IvrSessionInput[],
  now: Date,
): Promise<number> {
  const policy = await loadTelephonyPolicy(store);
  for (const s of sessions) {
    const number = s.number ? normaliseNumber(s.number) : null;
    const cls = await classOf(store, number, s.callerClass, now);
    const d = decideIvr(
      { elapsedMs: s.elapsedMs, questions: s.questions, callerClass: cls, queueWaitMs: s.queueWaitMs },
      policy.ivr,
    );
    await store1(store, s, number, cls, d, 'ingest', s.at ? new Date(s.at) : now);
  }
  return sessions.length;
}

export interface IvrReport {
  sessions: number;
  actions: { human: number; callback: number; continue: number };
  priority: number;
  reasons: { reason: string; count: number }[];
  topIntents: { intent: string; sessions: number }[];
  /** Conversations whose customer complained about the IVR (rule ivr-complaint), with an example each. */
  complaints: { count: number; examples: { conversationId: string; text: string }[] };
}

export async function ivrReport(store: Store, from: Date, to: Date): Promise<IvrReport> {
  const range = [from.toISOString(), to.toISOString()];
  const a = await store.sql<{ action: string; n: number; p: number }>(
    'select action, count(*)::int as n, count(*) filter (where priority)::int as p from ivr_sessions where at >= $1 and at < $2 group by action',
    range,
  );
  const r = await store.sql<{ reason: string; n: number }>(
    'select reason, count(*)::int as n from ivr_sessions, jsonb_array_elements_text(reasons) as reason where at >= $1 and at < $2 group by reason order by n desc',
    range,
  );
  const i = await store.sql<{ intent: string; n: number }>(
    'select top_intent as intent, count(*)::int as n from ivr_sessions where at >= $1 and at < $2 and top_intent is not null group by top_intent order by n desc, top_intent limit 10',
    range,
  );
  const c = await store.sql<{ id: string; text: string | null; total: number }>(
    `select r.conversation_id as id, h.value->>'text' as text, count(*) over ()::int as total
       from results r
       join conversations cv on cv.id = r.conversation_id and cv.version = r.conversation_version and cv.is_latest
       left join lateral (
         select value from jsonb_array_elements(r.hits) where value->>'rule' = 'ivr-complaint' limit 1
       ) h on true
      where r.is_latest and r.rule_ids @> array['ivr-complaint'] and cv.started_at >= $1 and cv.started_at < $2
      order by cv.started_at desc limit 5`,
    range,
  );
  const actions = { human: 0, callback: 0, continue: 0 };
  let priority = 0;
  for (const row of a.rows) {
    actions[row.action as keyof typeof actions] = row.n;
    priority += row.p;
  }
  return {
    sessions: actions.human + actions.callback + actions.continue,
    actions,
    priority,
    reasons: r.rows.map((x) => ({ reason: x.reason, count: x.n })),
    topIntents: i.rows.map((x) => ({ intent: x.intent, sessions: x.n })),
    complaints: {
      count: c.rows[0]?.total ?? 0,
      examples: c.rows.map((x) => ({ conversationId: x.id, text: x.text ?? '' })),
    },
  };
}
