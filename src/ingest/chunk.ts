// One chunk of an ingest batch (job `ingest-batch`): parse its pending records, report the bad ones, store the
// valid ones, and commit conversations, outcomes, errors and counters in ONE transaction. A worker killed before
// the commit leaves the chunk exactly as it was (the retry redoes it); killed after, the retry finds no pending
// record and only re-sends the scoring (idempotent). Records are claimed FOR UPDATE inside the transaction, so two
// runners of the same chunk (an expired job retried while the first still runs) serialise and the second finds
// nothing left. Parsing and agent look-ups happen before the transaction (PGlite has one connection, which the
// transaction holds).
import type { Conversation } from '../core/conversation/schema.ts';
import {
  claimPendingRecords,
  getAgentScope,
  insertIngestErrors,
  pendingRecords,
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

type Prepared =
  | { seq: number; kind: 'rejected'; errors: NewIngestError[] }
  | { seq: number; kind: 'valid'; item: BulkItem; warning: NewIngestError | undefined };

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

async function prepare(store: Store, batchId: string, chunk: number): Promise<Prepared[]> {
  const agents = new Map<string, AgentScope | null>();
  const out: Prepared[] = [];
  for (const rec of await pendingRecords(store, batchId, chunk)) {
    const parsed = parseRecord(rec.raw, rec.line);
    if (!parsed.ok) {
      out.push({
        seq: rec.seq,
        kind: 'rejected',
        errors: parsed.errors.map((e) => ({ ...e, file: rec.file })),
      });
      continue;
    }
    const conv = parsed.conversation;
    const scope = await scopeOf(store, conv, agents);
    const warning: NewIngestError | undefined =
      scope !== null
        ? undefined
        : {
            line: rec.line,
            field: 'agentId',
            severity: 'warning',
            file: rec.file,
            message:
              conv.agentId === undefined
                ? `conversation ${conv.id} has no agentId: stored without team or vendor (visible to QA roles only)`
                : `unknown agent ${conv.agentId} (conversation ${conv.id}): stored without team or vendor; ingest it again once the agent exists`,
          };
    out.push({
      seq: rec.seq,
      kind: 'valid',
      warning,
      item: {
        conversation: conv,
        scope: { teamId: scope?.teamId ?? null, vendorId: scope?.vendorId ?? null, ingestBatchId: batchId },
      },
    });
  }
  return out;
}

export async function processIngestChunk(store: Store, batchId: string, chunk: number): Promise<ChunkReport> {
  const prepared = await prepare(store, batchId, chunk);
  const report: ChunkReport = { processed: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  if (prepared.length === 0) return report;
  await store.db.transaction(async (tx) => {
    const claimed = await claimPendingRecords(tx, batchId, chunk);
    const mine = prepared.filter((p) => claimed.has(p.seq));
    const errors: NewIngestError[] = [];
    const outcomes: RecordOutcome[] = [];
    const valid: Extract<Prepared, { kind: 'valid' }>[] = [];
    for (const p of mine) {
      if (p.kind === 'rejected') {
        errors.push(...p.errors);
        outcomes.push({ seq: p.seq, outcome: 'rejected', conversationId: null, conversationVersion: null });
        report.rejected++;
      } else {
        if (p.warning) errors.push(p.warning);
        valid.push(p);
      }
    }
    const stored = await upsertConversationsBulk(
      tx,
      valid.map((v) => v.item),
    );
    stored.forEach((o, i) => {
      report[o.status]++;
      outcomes.push({
        seq: valid[i]!.seq,
        outcome: o.status,
        conversationId: o.id,
        conversationVersion: o.version,
      });
    });
    await insertIngestErrors(tx, batchId, errors);
    await recordOutcomes(tx, batchId, outcomes);
    report.processed = mine.length;
  });
  return report;
}
