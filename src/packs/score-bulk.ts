// Scoring many stored conversations at once: their latest versions in one query, the rule engine in a tight loop,
// all results saved in one transaction (src/store/repo/rescore.ts insertResults). Used by background re-scores
// and by the `score-conversations` job, so ingest-to-scored is not one transaction per conversation.
import type { Conversation } from '../core/conversation/schema.ts';
import type { CompiledPack } from '../core/rules/index.ts';
import { evaluate } from '../core/rules/index.ts';
import { latestBodies, type NewResult, type Store } from '../store/index.ts';

/** Evaluate the latest version of each conversation (missing ids are skipped: deleted since queued). */
export async function resultsFor(
  store: Store,
  ids: readonly string[],
  pack: CompiledPack,
  packVersion: number,
): Promise<NewResult[]> {
  return evaluateBodies(await latestBodies(store, [...new Set(ids)]), pack, packVersion);
}

/** Evaluate conversation bodies already read (the re-score reads the next chunk while this runs). */
export function evaluateBodies(
  bodies: readonly { id: string; version: number; body: Conversation }[],
  pack: CompiledPack,
  packVersion: number,
): NewResult[] {
  return bodies.map((b) => {
    const r = evaluate(pack, b.body);
    return {
      conversationId: b.id,
      conversationVersion: b.version,
      packId: pack.id,
      packVersion,
      machineScore: r.machine.total,
      total: r.score.total,
      fatal: r.fatal,
      categories: { ...r.score.categories },
      hits: r.hits.map((h) => ({ ...h })),
      satisfaction: r.signals.satisfaction,
    };
  });
}
