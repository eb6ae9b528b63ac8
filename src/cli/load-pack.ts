// Reads a rule pack from disk (the core's compilePack is pure). A directory means its pack.yaml.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { compileValidPack } from '../core/rules/compile-valid.ts';
import type { PackInput } from '../core/rules/schema.ts';
import type { CompiledPack } from '../core/rules/types.ts';
import { packagePath } from '../paths.ts';
import { validatePackCached } from './pack-cache.ts';

export const DEFAULT_PACK_PATH = packagePath('packs/default/pack.yaml');

export interface LoadedPack {
  readonly pack: CompiledPack;
  /** The validated pack as plain data, for threads that compile their own copy (check-pool.ts). */
  readonly source: PackInput;
  /** Absolute path of the pack file. */
  readonly file: string;
  /** Absolute path of the golden folder (declared `golden:`, else `golden` next to the file). */
  readonly goldenDir: string;
}

export function resolvePackFile(path: string): string {
  const abs = resolve(path);
  return statSync(abs).isDirectory() ? join(abs, 'pack.yaml') : abs;
}

/**
 * Read and validate a pack without compiling it; throws PackError (file:line:column: reason) when it is invalid.
 * `zhijian check` hands the result to its scoring threads before compiling its own copy, so they compile at the
 * same time as the main thread instead of after it.
 */
export async function readPack(path: string = DEFAULT_PACK_PATH): Promise<Omit<LoadedPack, 'pack'>> {
  const file = resolvePackFile(path);
  const text = readFileSync(file, 'utf8');
  const source = await validatePackCached(text, relative(process.cwd(), file) || file);
  return { source, file, goldenDir: join(dirname(file), source.golden ?? 'golden') };
}

/** Load and compile a pack; throws PackError (file:line:column: reason) when it is invalid. */
export async function loadPack(path: string = DEFAULT_PACK_PATH): Promise<LoadedPack> {
  const read = await readPack(path);
  return { ...read, pack: compileValidPack(read.source) };
}
