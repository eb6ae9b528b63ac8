// Loads the rows the report aggregates (src/core/reports) read, inside the caller's row scope: one activity row per
// agent and local day of the contact center's zone (conversations, latest result totals — final once reviewed —
// and conversations hitting each rule), the appeals filed and the complaints received in the range, and the names
// that make a report readable (agents, teams, vendors, rules of the published pack).
import type { ActivityRow, AppealRow, ComplaintRow, ReportInput } from '../core/reports/index.ts';
import { addDays, parseLocalDate, startOfDay } from '../core/time/days.ts';
import { scopeSql, type ScopeLists } from '../coaching/scope-sql.ts';
import type { Store } from '../store/index.ts';

export async function loadReportInput(
  store: Store,
  scope: ScopeLists,
  range: { from: string; to: string },
  timeZone: string,
): Promise<ReportInput> {
  const since = startOfDay(parseLocalDate(range.from), timeZone).toISOString();
  const until = startOfDay(addDays(parseLocalDate(range.to), 1), timeZone).toISOString();
  const params: unknown[] = [since, until, timeZone];
  const where = scopeSql('c', scope, params);
  const { rows: activity } = await store.sql<{
    agent_id: string;
    team_id: string;
    vendor_id: string;
    day: string;
    conversations: number;
    score_sum: number;
    scored: number;
    rule_hits: Record<string, number> | null;
  }>(
    `with conv as (
       select c.agent_id, c.team_id, c.vendor_id, to_char((c.started_at at time zone $3)::date, 'YYYY-MM-DD') as day,
              r.total, r.rule_ids
         from conversations c
         left join results r on r.conversation_id = c.id and r.conversation_version = c.version and r.is_latest
        where c.is_latest and c.agent_id is not null and c.team_id is not null and c.vendor_id is not null
          and c.started_at >= $1::timestamptz and c.started_at < $2::timestamptz${where}),
     hits as (select agent_id, day, jsonb_object_agg(rule, n) as rule_hits
                from (select agent_id, day, rule, count(*)::int as n from conv, unnest(conv.rule_ids) rule
                       group by agent_id, day, rule) h group by agent_id, day)
     select g.*, hits.rule_hits from (
       select agent_id, team_id, vendor_id, day, count(*)::int as conversations,
              coalesce(sum(total), 0)::float8 as score_sum, count(total)::int as scored
         from conv group by agent_id, team_id, vendor_id, day) g
       left join hits on hits.agent_id = g.agent_id and hits.day = g.day
      order by g.day, g.agent_id`,
    params,
  );
  const ap: unknown[] = [since, until, timeZone];
  const apWhere = scopeSql('c', scope, ap);
  const { rows: appeals } = await store.sql<{
    agent_id: string;
    team_id: string;
    vendor_id: string;
    day: string;
    rule: string | null;
    status: AppealRow['status'];
  }>(
    `select c.agent_id, c.team_id, c.vendor_id, to_char((c.filed_at at time zone $3)::date, 'YYYY-MM-DD') as day,
            c.rule, c.status
       from appeals c
      where c.agent_id is not null and c.team_id is not null and c.vendor_id is not null
        and c.filed_at >= $1::timestamptz and c.filed_at < $2::timestamptz${apWhere}
      order by c.filed_at, c.id`,
    ap,
  );
  const cp: unknown[] = [range.from, range.to];
  const cpWhere = scopeSql('c', scope, cp);
  const { rows: complaints } = await store.sql<{
    agent_id: string;
    team_id: string;
    vendor_id: string;
    day: string;
    severity: ComplaintRow['severity'];
    decision: ComplaintRow['decision'];
  }>(
    `select c.agent_id, c.team_id, c.vendor_id, c.received_on::text as day, c.severity, c.decision
       from complaints c
      where c.received_on >= $1::date and c.received_on <= $2::date${cpWhere}
      order by c.received_on, c.id`,
    cp,
  );
  const place = (r: { agent_id: string; team_id: string; vendor_id: string; day: string }) => ({
    agentId: r.agent_id,
    teamId: r.team_id,
    vendorId: r.vendor_id,
    day: r.day,
  });
  return {
    activity: activity.map((r): ActivityRow => ({
      ...place(r),
      conversations: r.conversations,
      scoreSum: Number(r.score_sum),
      scored: r.scored,
      ruleHits: r.rule_hits ?? {},
    })),
    appeals: appeals.map((r): AppealRow => ({ ...place(r), rule: r.rule, status: r.status })),
    complaints: complaints.map((r): ComplaintRow => ({
      ...place(r),
      severity: r.severity,
      decision: r.decision,
    })),
  };
}

export interface ReportNames {
  agents: Record<string, string>;
  teams: Record<string, string>;
  vendors: Record<string, string>;
  rules: Record<string, string>;
}

/** Display names of agents, teams, vendors and the published pack's rules (ids stay the keys everywhere). */
export async function loadReportNames(store: Store): Promise<ReportNames> {
  const pairs = async (text: string) => {
    const { rows } = await store.sql<{ id: string; name: string | null }>(text);
    return Object.fromEntries(rows.filter((r) => r.id && r.name).map((r) => [r.id, r.name!]));
  };
  return {
    agents: await pairs('select id, name from agents'),
    teams: await pairs('select id, name from teams'),
    vendors: await pairs('select id, name from vendors'),
    rules: await pairs(
      `select r->>'id' as id, r->>'name' as name
         from rule_packs p, jsonb_array_elements(case when jsonb_typeof(p.body->'rules') = 'array' then p.body->'rules' else '[]'::jsonb end) r
        where p.published_at is not null and p.current_since is not null`,
    ),
  };
}
