// Stage analysis over the last days (seed 004): loads per agent in the caller's scope the calls, the latest result
// totals (final scores once reviewed), hits per rule and complaints received, plus hire and on-line dates, and hands
// them to the pure stageReport.
import { dataScope, type Principal } from '../core/auth/roles.ts';
import {
  DEFAULT_STAGE_SETTINGS,
  stageReport,
  stageSettingsSchema,
  type AgentPeriodRow,
  type StageSettings,
} from '../core/coaching/index.ts';
import { localDateText } from '../core/time/days.ts';
import { appendAudit, getCoachingSettings, putCoachingSettings, type Store } from '../store/index.ts';
import { scopeSql } from './scope-sql.ts';

export async function stageSettings(store: Pick<Store, 'db'>): Promise<StageSettings> {
  const row = await getCoachingSettings(store);
  const parsed = stageSettingsSchema.safeParse(row?.stages);
  return parsed.success ? parsed.data : DEFAULT_STAGE_SETTINGS;
}

/**
 * Change the stage thresholds (training days, end of the early and middle stages). The QA lead or an admin edits
 * them as the centre's training plan changes (seed 004 分阶段培训); the stage analysis reads them on its next run.
 * Audited with the thresholds before and after.
 */
export async function updateStageSettings(
  store: Store,
  p: Principal,
  next: StageSettings,
  now: Date,
): Promise<StageSettings> {
  return store.db.transaction(async (db) => {
    const before = await stageSettings({ db });
    await putCoachingSettings({ db }, { id: 'default', stages: next, updatedByUserId: p.id, updatedAt: now });
    await appendAudit(
      { db },
      {
        actorUserId: p.id,
        action: 'coaching.stages.settings',
        entity: 'coaching_settings',
        entityId: 'default',
        before,
        after: next,
      },
    );
    return next;
  });
}

export async function stageAnalysis(store: Store, p: Principal, now: Date, days: number, timeZone: string) {
  const since = new Date(now.getTime() - days * 86_400_000);
  const params: unknown[] = [since.toISOString(), now.toISOString()];
  const scope = scopeSql('x', { ...dataScope(p) }, params);
  const { rows } = await store.sql<{
    agent_id: string;
    name: string;
    team_id: string;
    hired_on: string | null;
    online_on: string | null;
    conversations: number;
    score_sum: number;
    scored: number;
    rule_hits: Record<string, number> | null;
    complaints: number;
  }>(
    `with x as (select a.id as agent_id, a.name, a.team_id, t.vendor_id, a.hired_on::text as hired_on
                  from agents a join teams t on t.id = a.team_id where a.active),
          conv as (select c.agent_id, c.id, r.total, r.rule_ids from conversations c
                     left join results r on r.conversation_id = c.id and r.conversation_version = c.version and r.is_latest
                    where c.is_latest and c.started_at >= $1::timestamptz and c.started_at < $2::timestamptz)
     select x.agent_id, x.name, x.team_id, x.hired_on, o.online_on::text as online_on,
            (select count(*)::int from conv where conv.agent_id = x.agent_id) as conversations,
            (select coalesce(sum(total), 0)::float8 from conv where conv.agent_id = x.agent_id) as score_sum,
            (select count(total)::int from conv where conv.agent_id = x.agent_id) as scored,
            (select jsonb_object_agg(rule, n) from (select rule, count(*)::int as n from conv, unnest(conv.rule_ids) rule
                where conv.agent_id = x.agent_id group by rule) h) as rule_hits,
            (select count(*)::int from complaints k where k.agent_id = x.agent_id
                and k.received_on >= ($1::timestamptz)::date) as complaints
       from x left join agent_onboarding o on o.agent_id = x.agent_id
      where true${scope}
      order by x.agent_id`,
    params,
  );
  const settings = await stageSettings(store);
  const input: AgentPeriodRow[] = rows.map((r) => ({
    agentId: r.agent_id,
    name: r.name,
    teamId: r.team_id,
    hiredOn: r.hired_on,
    onlineOn: r.online_on,
    conversations: r.conversations,
    scoreSum: Number(r.score_sum),
    scored: r.scored,
    ruleHits: r.rule_hits ?? {},
    complaints: r.complaints,
    kpiPoints: null,
  }));
  const categories = await ruleCategories(store);
  return {
    settings,
    today: localDateText(now, timeZone),
    ...stageReport(input, localDateText(now, timeZone), settings, (id) => categories.get(id)),
  };
}

/** Rule id → category of the current published pack (for the typical-failure marks). */
async function ruleCategories(store: Store): Promise<Map<string, string>> {
  const { rows } = await store.sql<{ id: string; category: string }>(
    `select r->>'id' as id, r->>'category' as category
       from rule_packs p, jsonb_array_elements(case when jsonb_typeof(p.body->'rules') = 'array' then p.body->'rules' else '[]'::jsonb end) r
      where p.published_at is not null and p.current_since is not null`,
  );
  return new Map(rows.filter((r) => r.id && r.category).map((r) => [r.id, r.category]));
}
