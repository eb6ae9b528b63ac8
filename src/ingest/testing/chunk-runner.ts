// A worker process for the kill-the-worker test: `node --import tsx chunk-runner.ts DATABASE_URL BATCH_ID CHUNKS`
// runs the `ingest-batch` job handler's storing step for every chunk of the batch, in order, as pg-boss would
// (re)deliver them, and prints `chunk N` after each. The test kills it with SIGKILL part-way and runs it again.
import { processIngestChunk } from '../chunk.ts';
import { finishBatchIfComplete, openStore } from '../../store/index.ts';

const [databaseUrl, batchId, chunksArg] = process.argv.slice(2);
if (!databaseUrl || !batchId || !chunksArg)
  throw new Error('usage: chunk-runner.ts DATABASE_URL BATCH_ID CHUNKS');
const store = await openStore({ databaseUrl, dataDir: '', migrate: false, poolSize: 2 });
for (let chunk = 0; chunk < Number(chunksArg); chunk++) {
  const r = await processIngestChunk(store, batchId, chunk);
  process.stdout.write(`chunk ${chunk} processed ${r.processed}\n`);
}
await finishBatchIfComplete(store, batchId, new Date());
await store.close();
