// A scoring thread of `zhijian check`: receives the pack the main thread already validated (the costly YAML and
// schema half of compiling is done once there), builds its matchers, then scores and renders each unit it is sent
// (check-batch.ts) and answers with the rendered text; check-pool.ts puts the answers back in input order.
import { parentPort, workerData } from 'node:worker_threads';
import { compileValidPack } from '../core/rules/compile-valid.ts';
import type { PackInput } from '../core/rules/schema.ts';
import type { CompiledPack } from '../core/rules/types.ts';
import { scoreUnit } from './check-batch.ts';
import type { CheckUnit, RenderOptions } from './check-batch.ts';

export interface WorkerInput {
  readonly render: RenderOptions;
}

export type WorkerRequest =
  /** The first message: the validated pack (sent once the main thread has it, while this thread loads). */
  | { readonly kind: 'pack'; readonly pack: PackInput }
  | { readonly kind: 'unit'; readonly seq: number; readonly unit: CheckUnit };

export type WorkerReply =
  | { readonly kind: 'batch'; readonly seq: number; readonly batch: ReturnType<typeof scoreUnit> }
  | { readonly kind: 'failed'; readonly seq: number; readonly message: string };

const port = parentPort;
if (port !== null) {
  const input = workerData as WorkerInput;
  let pack: CompiledPack | undefined;
  port.on('message', (req: WorkerRequest) => {
    if (req.kind === 'pack') {
      pack = compileValidPack(req.pack);
      return;
    }
    let reply: WorkerReply;
    try {
      if (pack === undefined) throw new Error('a unit arrived before the pack');
      reply = { kind: 'batch', seq: req.seq, batch: scoreUnit(pack, req.unit, input.render) };
    } catch (e) {
      const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
      reply = { kind: 'failed', seq: req.seq, message };
    }
    // The rendered bytes are the batch's own buffer (check-output.ts): moved to the writing thread, not copied.
    if (reply.kind === 'batch') port.postMessage(reply, [reply.batch.bytes.buffer as ArrayBuffer]);
    else port.postMessage(reply);
  });
}
