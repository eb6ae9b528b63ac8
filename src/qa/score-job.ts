// Job `score-conversations`: score stored conversations with the published pack and keep the result per
// conversation version and pack version (docs/product.md capability 1). Idempotent: re-running a job saves the
// same result again (the row of that conversation version + pack version is replaced).
import { z } from 'zod';
import { defineJob } from '../jobs/define.ts';
import { resultsFor } from '../packs/score-bulk.ts';
import { saveResults } from '../store/index.ts';
import { conversationsScored } from '../ops/metrics.ts';
import { packRevision, publishedPack } from './packs.ts';

export const scoreConversationsJob = defineJob({
  id: 'score-conversations',
  payload: z.object({ ids: z.array(z.string().min(1)).min(1).max(1000) }),
  retry: { limit: 3, delaySeconds: 5, backoff: true },
  // At most 1000 conversations, scored in seconds: a killed worker's job goes to another within minutes.
  expireInSeconds: 3 * 60,
  handler: async ({ ids }, { store }) => {
    const pack = await publishedPack(store);
    if (!pack) throw new Error('no published rule pack to score with');
    // One query for the bodies and one transaction for all results (src/packs/score-bulk.ts); conversations
    // deleted since the job was queued are skipped.
    const rows = await resultsFor(store, ids, pack, packRevision(pack.version));
    await saveResults(store, rows, new Date());
    conversationsScored.inc({ source: 'ingest' }, rows.length);
  },
});
