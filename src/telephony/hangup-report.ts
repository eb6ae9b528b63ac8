// The hang-up report (seed 003: 员工与客户在主动挂线方面的比例是18:82; 检测优化: 实施一个周期之后(建议一个月左右)
// … 随机抽检挂机录音, 提取挂线实施后的满意度数据对比). Read from stored calls: who hung up is the conversation's
// hangup event; an agent-first hang-up is not allowed when the agent-hangup rule (seed 003 挂机规范) hit the call's
// latest result, allowed otherwise. Satisfaction comes from the daily call statistics (docs/product.md
// "Decided readings of the seeds": satisfied ÷ (rated − abandoned)), complaints from the complaint register, repeat calls
// from caller numbers (another call from the same number within 24 hours).
import {
  compare,
  countRepeatCalls,
  emptyTally,
  addCall,
  hangupRatio,
  type Comparison,
  type HangupTally,
  type PeriodFigures,
} from '../core/telephony/index.ts';
import { addDays, formatLocalDate, localDateText, parseLocalDate, startOfDay } from '../core/time/index.ts';
import type { Store } from '../store/index.ts';
import { callNumber } from './candidates.ts';

export interface Scope {
  agentIds?: string[];
  teamIds?: string[];
  vendorIds?: string[];
}

const REPEAT_WINDOW_MS = 24 * 3600_000;

type CallRow = {
  id: string;
  agent_id: string | null;
  team_id: string | null;
  started_at: string | Date;
  by: string | null;
  meta: Record<string, unknown> | null;
  hit: boolean;
};

function scopeSql(s: Scope, params: unknown[], alias = 'c'): string {
  const out: string[] = [];
  const add = (col: string, ids: string[] | undefined) => {
    if (ids === undefined) return;
    params.push(ids);
    out.push(`${alias}.${col} = any($${params.length}::text[])`);
  };
  add('agent_id', s.agentIds);
  add('team_id', s.teamIds);
  add('vendor_id', s.vendorIds);
  return out.length ? ` and ${out.join(' and ')}` : '';
}

async function calls(store: Store, scope: Scope, from: Date, to: Date): Promise<CallRow[]> {
  const params: unknown[] = [from.toISOString(), to.toISOString()];
  const where = scopeSql(scope, params);
  const { rows } = await store.sql<CallRow>(
    `select c.id, c.agent_id, c.team_id, c.started_at, c.body->'meta' as meta,
            (select e->>'by' from jsonb_array_elements(coalesce(c.body->'events', '[]'::jsonb)) e
              where e->>'type' = 'hangup' limit 1) as by,
            coalesce(r.rule_ids @> array['agent-hangup'], false) as hit
       from conversations c
       left join results r on r.conversation_id = c.id and r.conversation_version = c.version and r.is_latest
      where c.is_latest and c.channel = 'voice' and c.started_at >= $1 and c.started_at < $2${where}`,
    params,
  );
  return rows;
}

const byOf = (v: string | null): 'agent' | 'customer' | 'system' | null =>
  v === 'agent' || v === 'customer' || v === 'system' ? v : null;

export interface HangupRow extends HangupTally {
  key: string;
  agentShare: number | null;
  ratio: string | null;
}

export interface HangupReport {
  total: HangupRow;
  byTeam: HangupRow[];
  byAgent: HangupRow[];
  byDay: HangupRow[];
}

export async function hangupReport(
  store: Store,
  scope: Scope,
  from: Date,
  to: Date,
  timeZone: string,
): Promise<HangupReport> {
  const rows = await calls(store, scope, from, to);
  const total = emptyTally();
  const groups = {
    team: new Map<string, HangupTally>(),
    agent: new Map<string, HangupTally>(),
    day: new Map<string, HangupTally>(),
  };
  for (const r of rows) {
    const c = { by: byOf(r.by), agentHangupHit: r.hit };
    addCall(total, c);
    const keys = {
      team: r.team_id ?? '',
      agent: r.agent_id ?? '',
      day: localDateText(new Date(r.started_at), timeZone),
    };
    for (const g of ['team', 'agent', 'day'] as const) {
      let t = groups[g].get(keys[g]);
      if (!t) groups[g].set(keys[g], (t = emptyTally()));
      addCall(t, c);
    }
  }
  const row = (key: string, t: HangupTally): HangupRow => {
    const r = hangupRatio(t);
    return { key, ...t, agentShare: r?.agentShare ?? null, ratio: r?.text ?? null };
  };
  const list = (m: Map<string, HangupTally>) =>
    [...m].map(([k, t]) => row(k, t)).sort((a, b) => a.key.localeCompare(b.key));
  return {
    total: row('total', total),
    byTeam: list(groups.team),
    byAgent: list(groups.agent),
    byDay: list(groups.day),
  };
}

async function figures(
  store: Store,
  scope: Scope,
  from: Date,
  to: Date,
  fromDay: string,
  toDay: string,
): Promise<PeriodFigures> {
  const rows = await calls(store, scope, from, to);
  const t = emptyTally();
  const numbered: { number: string; at: number }[] = [];
  const survey = { satisfied: 0, rated: 0 };
  for (const r of rows) {
    addCall(t, { by: byOf(r.by), agentHangupHit: r.hit });
    if (r.meta?.survey === 'satisfied' || r.meta?.survey === 'unsatisfied') {
      survey.rated++;
      if (r.meta.survey === 'satisfied') survey.satisfied++;
    }
    const n = callNumber(r.meta);
    if (n) numbered.push({ number: n, at: new Date(r.started_at).getTime() });
  }
  const sp: unknown[] = [fromDay, toDay];
  const sw: string[] = [];
  const add = (col: string, ids: string[] | undefined) => {
    if (ids === undefined) return;
    sp.push(ids);
    sw.push(` and ${col} = any($${sp.length}::text[])`);
  };
  add('a.id', scope.agentIds);
  add('a.team_id', scope.teamIds);
  add('t.vendor_id', scope.vendorIds);
  const sat = await store.sql<{ s: number | null; d: number | null }>(
    `select sum(s.satisfied)::int as s, sum(s.rated - s.rating_abandoned)::int as d
       from call_stats_daily s join agents a on a.id = s.agent_id join teams t on t.id = a.team_id
      where s.date >= $1 and s.date < $2${sw.join('')}`,
    sp,
  );
  const cp: unknown[] = [fromDay, toDay];
  const cmp = await store.sql<{ n: number }>(
    `select count(*)::int as n from complaints c where c.received_on >= $1 and c.received_on < $2${scopeSql(scope, cp)}`,
    cp,
  );
  const s = sat.rows[0];
  const r = hangupRatio(t);
  return {
    calls: t.calls,
    agentHangups: t.agent,
    customerHangups: t.customer,
    agentShare: r?.agentShare ?? null,
    agentNotAllowed: t.agentNotAllowed,
    // The imported daily statistics when the period has ratings; otherwise the survey result each call carries
    // (meta.survey, the same field the KPI derivation reads), so a site that never imports statistics still sees it.
    satisfaction: s && s.d ? (s.s ?? 0) / s.d : survey.rated > 0 ? survey.satisfied / survey.rated : null,
    complaints: cmp.rows[0]?.n ?? 0,
    repeatCalls: countRepeatCalls(numbered, REPEAT_WINDOW_MS),
  };
}

/**
 * Seed 003's one-month check: the `days` before the policy date against the `days` from it (the policy day is the
 * first day of "after"), each figure for the same scope.
 */
export async function beforeAfter(
  store: Store,
  scope: Scope,
  policyDate: string,
  days: number,
  timeZone: string,
): Promise<Comparison & { periods: { before: [string, string]; after: [string, string] } }> {
  const d = parseLocalDate(policyDate);
  const b0 = addDays(d, -days);
  const a1 = addDays(d, days);
  const at = (x: typeof d) => startOfDay(x, timeZone);
  const before = await figures(store, scope, at(b0), at(d), formatLocalDate(b0), policyDate);
  const after = await figures(store, scope, at(d), at(a1), policyDate, formatLocalDate(a1));
  return {
    ...compare(before, after),
    periods: {
      before: [formatLocalDate(b0), formatLocalDate(addDays(d, -1))],
      after: [policyDate, formatLocalDate(addDays(a1, -1))],
    },
  };
}
