// Scoring `zhijian check` units on several cores with output in input order. With N threads, N − 1 helper
// threads (check-worker.ts) start loading at once while the main thread validates the pack; the main thread then
// sends them the validated pack and scores too, taking a unit itself whenever every helper already has
// OUTSTANDING_PER_HELPER queued, so no core idles behind the reader and the pack's YAML and schema are checked
// once. Answers are buffered until every earlier unit is written, and at most IN_FLIGHT_PER_THREAD × N units are in
// flight, so memory stays bounded however large the input. `--jobs 1` and small inputs score in-process with the
// same rendering, so the output does not depend on the thread count.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { CompiledPack, PackInput } from '../core/rules/index.ts';
import { packagePath } from '../paths.ts';
import { scoreUnit } from './check-batch.ts';
import type { CheckUnit, RenderOptions } from './check-batch.ts';
import type { BatchWriter, RenderedBatch } from './check-output.ts';
import type { WorkerInput, WorkerReply, WorkerRequest } from './check-worker.ts';

export interface Scorer {
  /** Queue one unit; resolves once there is room for the next (back-pressure). */
  submit(unit: CheckUnit): Promise<void>;
  /** Wait until every submitted unit is written, then release the threads. */
  finish(): Promise<void>;
}

export function inProcessScorer(pack: CompiledPack, render: RenderOptions, writer: BatchWriter): Scorer {
  return {
    submit: (unit) => {
      writer.write(scoreUnit(pack, unit, render));
      return Promise.resolve();
    },
    finish: () => Promise.resolve(),
  };
}

/**
 * The worker script: the bundled dist/check-worker.mjs when running the bundle (scripts/build-cli.mjs), else the
 * TypeScript source loaded through tsx's loader, registered in the thread as bin/zhijian.js does for the main one.
 */
function startWorker(input: WorkerInput): Worker {
  const bundled = packagePath('dist', 'check-worker.mjs');
  if (!import.meta.url.endsWith('.ts') && existsSync(bundled))
    return new Worker(pathToFileURL(bundled), { workerData: input });
  // tsx's ESM entry (exports "./esm/api" → import), found from its package.json as the require condition differs.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const source = new URL('./check-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(code, { eval: true, workerData: input });
}

/** Helper threads started before the pack is read, so their start-up overlaps the main thread's. */
export interface Helpers {
  readonly workers: readonly Worker[];
  /** Send the validated pack (once, as soon as it is read: each thread compiles its own matchers from it). */
  sendPack(pack: PackInput): void;
  /** Release the threads without using them (the pack was invalid). */
  stop(): Promise<void>;
}

export function startHelpers(count: number, render: RenderOptions): Helpers {
  const workers = Array.from({ length: count }, () => startWorker({ render }));
  return {
    workers,
    sendPack: (pack) => {
      for (const w of workers) w.postMessage({ kind: 'pack', pack } satisfies WorkerRequest);
    },
    stop: () => Promise.all(workers.map((w) => w.terminate())).then(() => undefined),
  };
}

const OUTSTANDING_PER_HELPER = 3;
// Room for the main thread to run ahead while a helper is still starting (2 × 16 blocks of 256 KB is 8 MB of input).
const IN_FLIGHT_PER_THREAD = 16;

/** Score on the helpers (sent the pack with {@link Helpers.sendPack}) and on this thread, writing in input order. */
export function poolScorer(
  helpers: Helpers,
  pack: CompiledPack,
  render: RenderOptions,
  writer: BatchWriter,
): Scorer {
  const slots = helpers.workers.map((worker) => ({ worker, outstanding: 0 }));
  const done = new Map<number, RenderedBatch>();
  let submitted = 0;
  let written = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const limit = (slots.length + 1) * IN_FLIGHT_PER_THREAD;

  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const flush = () => {
    for (let b = done.get(written); b !== undefined; b = done.get(written)) {
      done.delete(written);
      writer.write(b);
      written++;
    }
  };
  for (const slot of slots) {
    slot.worker.on('message', (reply: WorkerReply) => {
      slot.outstanding--;
      if (reply.kind === 'failed') failure ??= new Error(`check worker failed: ${reply.message}`);
      else {
        done.set(reply.seq, reply.batch);
        flush();
      }
      notify();
    });
    slot.worker.on('error', (e) => {
      failure ??= e;
      notify();
    });
    slot.worker.on('exit', (code) => {
      if (slot.outstanding > 0) failure ??= new Error(`check worker exited (${code}) with work pending`);
      notify();
    });
  }
  const waitUntil = async (ready: () => boolean): Promise<void> => {
    while (!ready()) {
      if (failure !== undefined) throw failure;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure !== undefined) throw failure;
  };

  return {
    submit: async (unit) => {
      if (failure !== undefined) throw failure;
      const seq = submitted++;
      let slot: (typeof slots)[number] | undefined;
      for (const s of slots)
        if (
          s.outstanding < OUTSTANDING_PER_HELPER &&
          (slot === undefined || s.outstanding < slot.outstanding)
        )
          slot = s;
      if (slot !== undefined) {
        slot.outstanding++;
        const req: WorkerRequest = { kind: 'unit', seq, unit };
        // JSONL blocks are moved, not copied: the reading thread is done with them.
        if (unit.kind === 'lines') slot.worker.postMessage(req, [unit.bytes.buffer as ArrayBuffer]);
        else slot.worker.postMessage(req);
      } else {
        done.set(seq, scoreUnit(pack, unit, render));
        flush();
        // Let the helpers' answers in (they arrive as events) before reading on, so their queues refill.
        await nextTurn();
      }
      await waitUntil(() => submitted - written < limit);
    },
    finish: async () => {
      try {
        await waitUntil(() => written === submitted);
      } finally {
        await helpers.stop();
      }
    },
  };
}
