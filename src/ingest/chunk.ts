// One chunk of an ingest batch (job `ingest-batch`): parse its pending records, report the bad ones, store the
// valid ones, and commit conversations, outcomes, errors and counters in ONE transaction. A worker killed before
// the commit leaves the chunk exactly as it was (the retry redoes it); killed after, the retry finds no pending
// record and only re-sends the scoring (idempotent). Records are claimed FOR UPDATE, so two runners of the same
// chunk (an expired job retried while the first still runs) serialise and the second does nothing.
import type { Conversation } from '../core/conversation/schema.ts';
import {
  claimPendingRecords,
  getAgentScope,
  insertIngestErrors,
  recordOutcomes,
  upsertConversationsBulk,
  type AgentScope,
  type BulkItem,
  type NewIngestError,
  type RecordOutcome,
  type Store,
} from '../store/index.ts';
import { parseRecord } from './parse-record.ts';

export interface ChunkReport {
  /** Records processed by this run (0 when another run had already done the chunk). */
  processed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/**
 * Where a conversation belongs. An agent id the organisation does not know (yet) is stored unscoped — visible to
 * QA roles only — with a warning, rather than rejected: the call happened and must be checked; re-ingesting it once
 * the agent exists fills in the team and vendor (upsertConversationsBulk).
 */
async function scopeOf(
  store: Store,
  conv: Conversation,
  cache: Map<string, AgentScope | null>,
): Promise<AgentScope | null> {
  if (conv.agentId === undefined) return null;
  let s = cache.get(conv.agentId);
  if (s === undefined) {
    s = (await getAgentScope(store, conv.agentId)) ?? null;
    cache.set(conv.agentId, s);
  }
  return s;
}

export async function processIngestChunk(store: Store, batchId: string, chunk: number): Promise<ChunkReport> {
  const agents = new Map<string, AgentScope | null>();
  return store.db.transaction(async (tx) => {
    const pending = await claimPendingRecords(tx, batchId, chunk);
    const report: ChunkReport = {
      processed: pending.length,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    };
    if (pending.length === 0) return report;
    const errors: NewIngestError[] = [];
    const outcomes: RecordOutcome[] = [];
    const items: BulkItem[] = [];
    const itemSeq: number[] = [];
    for (const rec of pending) {
      const parsed = parseRecord(rec.raw, rec.line);
      if (!parsed.ok) {
        for (const e of parsed.errors) errors.push({ ...e, file: rec.file });
        outcomes.push({ seq: rec.seq, outcome: 'rejected', conversationId: null, conversationVersion: null });
        continue;
      }
      const conv = parsed.conversation;
      const scope = await scopeOf(store, conv, agents);
      if (scope === null) {
        errors.push({
          line: rec.line,
          field: 'agentId',
          severity: 'warning',
          file: rec.file,
          message:
            conv.agentId === undefined
              ? `conversation ${conv.id} has no agentId: stored without team or vendor (visible to QA roles only)`
              : `unknown agent ${conv.agentId} (conversation ${conv.id}): stored without team or vendor; ingest it again once the agent exists`,
        });
      }
      items.push({
        conversation: conv,
        scope: { teamId: scope?.teamId ?? null, vendorId: scope?.vendorId ?? null, ingestBatchId: batchId },
      });
      itemSeq.push(rec.seq);
    }
    const stored = await upsertConversationsBulk(tx, items);
    stored.forEach((o, i) => {
      report[o.status]++;
      outcomes.push({ seq: itemSeq[i]!, outcome: o.status, conversationId: o.id, conversationVersion: o.version });
    });
    report.rejected = pending.length - items.length;
    await insertIngestErrors(tx, batchId, errors);
    await recordOutcomes(tx, batchId, outcomes);
    return report;
  });
}
