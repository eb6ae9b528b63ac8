// Retention of conversation content (settings RETENTION_MONTHS / RETENTION_MODE): conversations that started more
// than N months ago lose their content, or are deleted, by the daily `apply-retention` job. Personal data in a
// contact center's recordings and transcripts should not outlive its use (seed 000 treats customer numbers and
// records as confidential); the numbers management needs stay.
//
// - `anonymise` (default): each version keeps its row, agent, team, times, duration, turn roles and count, and its
//   scores (results stay, so dashboards, KPI and settlements of old months are unchanged), but every turn's text,
//   the conversation's `meta` (where audio references and caller data live), the search text, the evidence text
//   of its hits and the raw ingest record are emptied; `meta.anonymisedAt` marks it.
// - `delete`: the conversation's versions go, with what hangs on them (results, review tasks and their appeals,
//   by the schema's cascades) and their raw ingest records.
// Kept in both modes: the audit log (append-only), monthly settlement statements, KPI inputs and imported stats.
// Each run is audited with its cut-off and counts. Batches of BATCH conversations keep transactions short.
import { sql, type SQL } from 'drizzle-orm';
import type { Store } from '../store/store.ts';
import { appendAudit } from '../store/repo/audit.ts';

export type RetentionMode = 'delete' | 'anonymise';

export interface RetentionPolicy {
  months: number;
  mode: RetentionMode;
}

export interface RetentionOutcome {
  mode: RetentionMode;
  cutoff: string;
  conversations: number;
  versions: number;
}

const BATCH = 1000;

/** The instant `months` calendar months before `now` (day clamped to the target month's length). */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export async function applyRetention(
  store: Store,
  policy: RetentionPolicy,
  now: Date,
): Promise<RetentionOutcome> {
  const cutoff = retentionCutoff(now, policy.months);
  const ids = new Set<string>();
  let versions = 0;
  for (;;) {
    const batch =
      policy.mode === 'delete'
        ? await deleteBatch(store, cutoff)
        : await anonymiseBatch(store, cutoff, now.toISOString());
    if (batch.length === 0) break;
    for (const r of batch) ids.add(r.id);
    versions += batch.length;
  }
  const outcome: RetentionOutcome = {
    mode: policy.mode,
    cutoff: cutoff.toISOString(),
    conversations: ids.size,
    versions,
  };
  if (versions > 0)
    await appendAudit(store, {
      actorUserId: null,
      action: `retention.${policy.mode}`,
      entity: 'conversations',
      entityId: `before ${outcome.cutoff}`,
      after: { ...outcome, months: policy.months },
    });
  return outcome;
}

type Version = { id: string; version: number };

async function anonymiseBatch(store: Store, cutoff: Date, at: string): Promise<Version[]> {
  return store.db.transaction(async (tx) => {
    const run = async <T>(query: SQL): Promise<{ rows: T[] }> => {
      const r: unknown = await tx.execute(query);
      return r as { rows: T[] };
    };
    const { rows } = await run<Version>(
      sql`with old as (
         select id, version from conversations
          where started_at < ${cutoff.toISOString()}::timestamptz and coalesce(body->'meta'->>'anonymisedAt', '') = ''
          limit ${sql.raw(String(BATCH))} for update)
       update conversations c set
         body = jsonb_set(
                  jsonb_set(c.body, '{turns}', coalesce(
                    (select jsonb_agg(e.t || '{"text": ""}'::jsonb order by e.n)
                       from jsonb_array_elements(c.body->'turns') with ordinality as e(t, n)), '[]'::jsonb)),
                  '{meta}', jsonb_build_object('anonymisedAt', ${at}::text)),
         search_text = '', search_text_masked = null, search_key = '', search_key_masked = null,
         caller_number = null
        from old where c.id = old.id and c.version = old.version
       returning c.id, c.version`,
    );
    if (rows.length === 0) return [];
    const keys = JSON.stringify(rows.map((r) => ({ id: r.id, version: Number(r.version) })));
    await run(
      sql`update results r set hits = coalesce(
         (select jsonb_agg(e.h - 'text' - 'suggestion' order by e.n)
            from jsonb_array_elements(r.hits) with ordinality as e(h, n)), '[]'::jsonb)
        from jsonb_to_recordset(${keys}::jsonb) as k(id text, version int)
       where r.conversation_id = k.id and r.conversation_version = k.version`,
    );
    await run(
      sql`update ingest_records i set raw = ''
        from jsonb_to_recordset(${keys}::jsonb) as k(id text, version int)
       where i.conversation_id = k.id and i.conversation_version = k.version`,
    );
    // A voice is personal data like the words: the recording goes either way (docs/stt.md).
    await run(
      sql`delete from recordings r using jsonb_to_recordset(${keys}::jsonb) as k(id text, version int)
           where r.conversation_id = k.id`,
    );
    return rows;
  });
}

async function deleteBatch(store: Store, cutoff: Date): Promise<Version[]> {
  return store.db.transaction(async (tx) => {
    const run = async <T>(query: SQL): Promise<{ rows: T[] }> => {
      const r: unknown = await tx.execute(query);
      return r as { rows: T[] };
    };
    const { rows } = await run<Version>(
      sql`with old as (select id from conversations
                         where is_latest and started_at < ${cutoff.toISOString()}::timestamptz
                         limit ${sql.raw(String(BATCH))})
       delete from conversations c using old where c.id = old.id returning c.id, c.version`,
    );
    if (rows.length === 0) return [];
    await run(
      sql`delete from ingest_records i
            using jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, version: Number(r.version) })))}::jsonb)
                  as k(id text, version int)
        where i.conversation_id = k.id and i.conversation_version = k.version`,
    );
    await run(
      sql`delete from recordings r
            using jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, version: Number(r.version) })))}::jsonb)
                  as k(id text, version int)
        where r.conversation_id = k.id`,
    );
    return rows;
  });
}
