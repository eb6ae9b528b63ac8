// Scoring `zhijian check` units on several cores with output in input order. Each worker thread
// (check-worker.ts) compiles the pack once; units are handed out as workers free up (at most two outstanding per
// worker, so none waits for its next unit), answers are buffered until every earlier unit is written, and at most
// `4 × threads` units are in flight, so memory stays bounded however large the input. `--jobs 1` and small inputs
// score in-process with the same rendering, so the output does not depend on the thread count.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompiledPack } from '../core/rules/index.ts';
import { packagePath } from '../paths.ts';
import { scoreUnit } from './check-batch.ts';
import type { CheckUnit, RenderOptions } from './check-batch.ts';
import type { BatchWriter } from './check-output.ts';
import type { WorkerInput, WorkerReply } from './check-worker.ts';

/** The rule pack did not compile (in a worker thread): the message is for the user, not a crash. */
export class PackLoadError extends Error {}

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

const OUTSTANDING_PER_WORKER = 2;
const IN_FLIGHT_PER_WORKER = 4;

export function workerScorer(
  threads: number,
  rules: string,
  render: RenderOptions,
  writer: BatchWriter,
): Scorer {
  const input: WorkerInput = { rules, render };
  const workers = Array.from({ length: threads }, () => ({
    worker: startWorker(input),
    outstanding: 0,
    ready: false,
  }));
  const waiting: { seq: number; unit: CheckUnit }[] = [];
  const done = new Map<number, Parameters<BatchWriter['write']>[0]>();
  let submitted = 0;
  let written = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const limit = threads * IN_FLIGHT_PER_WORKER;

  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const pump = () => {
    for (const slot of workers)
      while (slot.outstanding < OUTSTANDING_PER_WORKER && waiting.length > 0) {
        const job = waiting.shift();
        if (job === undefined) break;
        slot.outstanding++;
        // JSONL blocks are moved, not copied: the reading thread is done with them.
        if (job.unit.kind === 'lines') slot.worker.postMessage(job, [job.unit.bytes.buffer as ArrayBuffer]);
        else slot.worker.postMessage(job);
      }
  };
  for (const slot of workers) {
    slot.worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') {
        slot.ready = true;
        if (reply.packError !== undefined) failure ??= new PackLoadError(reply.packError);
        notify();
        return;
      }
      slot.outstanding--;
      if (reply.kind === 'failed') failure ??= new Error(`check worker failed: ${reply.message}`);
      else {
        done.set(reply.seq, reply.batch);
        for (let b = done.get(written); b !== undefined; b = done.get(written)) {
          done.delete(written);
          writer.write(b);
          written++;
        }
      }
      pump();
      notify();
    });
    slot.worker.on('error', (e) => {
      failure ??= e;
      notify();
    });
    slot.worker.on('exit', (code) => {
      if (written < submitted || !slot.ready)
        failure ??= new Error(`check worker exited (${code}) with work pending`);
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
  const stop = () => Promise.all(workers.map((s) => s.worker.terminate()));

  return {
    submit: async (unit) => {
      waiting.push({ seq: submitted++, unit });
      pump();
      try {
        await waitUntil(() => submitted - written < limit);
      } catch (e) {
        await stop();
        throw e;
      }
    },
    finish: async () => {
      try {
        await waitUntil(() => written === submitted && workers.every((s) => s.ready));
      } finally {
        await stop();
      }
    },
  };
}
