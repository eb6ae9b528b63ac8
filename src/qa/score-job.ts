// Job `score-conversations`: score stored conversations with the published pack and keep the result per
// conversation version and pack version (product.md capability 1). Idempotent: re-running a job saves the
// same result again (saveResult replaces the row of that conversation version + pack version).
import { z } from 'zod';
import { evaluate } from '../core/rules/index.ts';
import { defineJob } from '../jobs/define.ts';
import { getConversation, saveResult } from '../store/index.ts';
import { packRevision, publishedPack } from './packs.ts';

export const scoreConversationsJob = defineJob({
  id: 'score-conversations',
  payload: z.object({ ids: z.array(z.string().min(1)).min(1).max(1000) }),
  retry: { limit: 3, delaySeconds: 5, backoff: true },
  expireInSeconds: 15 * 60,
  handler: async ({ ids }, { store }) => {
    const pack = await publishedPack(store);
    if (!pack) throw new Error('no published rule pack to score with');
    for (const id of ids) {
      const found = await getConversation(store, id);
      if (!found) continue; // deleted since the job was queued: nothing to score
      const r = evaluate(pack, found.conversation.body);
      await saveResult(store, {
        conversationId: id,
        conversationVersion: found.conversation.version,
        packId: pack.id,
        packVersion: packRevision(pack.version),
        machineScore: r.machine.total,
        total: r.score.total,
        fatal: r.fatal,
        categories: { ...r.score.categories },
        hits: r.hits.map((h) => ({ ...h })),
      });
    }
  },
});
