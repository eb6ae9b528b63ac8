// A scoring thread of `zhijian check`: compiles the pack once, then scores and renders each unit it is sent
// (check-batch.ts) and answers with the rendered text; check-pool.ts puts the answers back in input order. The
// main thread does not compile the pack itself in this mode (that would delay the threads' start): the first
// thread's compile error is what the command prints.
import { parentPort, workerData } from 'node:worker_threads';
import { PackError } from '../core/rules/index.ts';
import type { CompiledPack } from '../core/rules/index.ts';
import { scoreUnit } from './check-batch.ts';
import type { CheckUnit, RenderOptions } from './check-batch.ts';
import { loadPack } from './load-pack.ts';

export interface WorkerInput {
  readonly rules: string;
  readonly render: RenderOptions;
}

export type WorkerRequest = { readonly seq: number; readonly unit: CheckUnit };

export type WorkerReply =
  /** Sent once, after the pack compiled (or failed to: `packError` is then the message to print). */
  | { readonly kind: 'ready'; readonly packError?: string }
  | { readonly kind: 'batch'; readonly seq: number; readonly batch: ReturnType<typeof scoreUnit> }
  | { readonly kind: 'failed'; readonly seq: number; readonly message: string };

function packMessage(rules: string, e: unknown): string {
  return e instanceof PackError
    ? e.message
    : `cannot load rule pack ${rules}: ${e instanceof Error ? e.message : String(e)}`;
}

const port = parentPort;
if (port !== null) {
  const input = workerData as WorkerInput;
  let pack: CompiledPack;
  try {
    pack = loadPack(input.rules).pack;
  } catch (e) {
    port.postMessage({ kind: 'ready', packError: packMessage(input.rules, e) } satisfies WorkerReply);
    process.exit(0);
  }
  port.postMessage({ kind: 'ready' } satisfies WorkerReply);
  port.on('message', (req: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { kind: 'batch', seq: req.seq, batch: scoreUnit(pack, req.unit, input.render) };
    } catch (e) {
      const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
      reply = { kind: 'failed', seq: req.seq, message };
    }
    port.postMessage(reply);
  });
}
