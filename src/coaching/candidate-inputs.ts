// Loads what the case candidates are judged on: the latest scored conversations since a day, in the caller's scope,
// with their total, fatal flag, topic (meta.topic), whether a complaint names them and the customer's words.
import type { Principal } from '../core/auth/roles.ts';
import { dataScope } from '../core/auth/roles.ts';
import type { CandidateInput } from '../core/coaching/index.ts';
import type { Store } from '../store/index.ts';
import { scopeSql } from './scope-sql.ts';

export async function candidateInputs(store: Store, p: Principal, since: Date): Promise<CandidateInput[]> {
  const params: unknown[] = [since.toISOString()];
  const scope = scopeSql('c', dataScope(p), params);
  const { rows } = await store.sql<{
    id: string;
    agent_id: string | null;
    topic: string | null;
    total: number;
    fatal: boolean;
    complaint: boolean;
    customer_text: string | null;
  }>(
    `select c.id, c.agent_id, c.body->'meta'->>'topic' as topic, r.total::float8 as total, r.fatal,
            exists (select 1 from complaints k where k.conversation_id = c.id) as complaint,
            (select string_agg(t->>'text', ' ') from jsonb_array_elements(c.body->'turns') t
              where t->>'role' = 'customer') as customer_text
       from conversations c
       join results r on r.conversation_id = c.id and r.conversation_version = c.version and r.is_latest
      where c.is_latest and c.started_at >= $1::timestamptz${scope}
      order by c.started_at desc
      limit 5000`,
    params,
  );
  return rows.map((r) => ({
    conversationId: r.id,
    agentId: r.agent_id,
    topic: r.topic,
    total: Number(r.total),
    fatal: r.fatal,
    complaintLinked: r.complaint,
    customerText: r.customer_text ?? '',
  }));
}
