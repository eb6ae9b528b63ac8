// The scorecard and rule counts of the pack version a result was scored with: a review re-scores with the same
// pack the machine used, never with whatever is published today. The compiled version comes from the one cache
// (src/packs/versions.ts); the scorecard view of it is kept per (id, version).
import { AppError, isAppError } from '../core/errors/app-error.ts';
import type { RuleCount } from '../core/review/types.ts';
import type { CompiledPack } from '../core/rules/index.ts';
import { compiledVersion } from '../packs/versions.ts';
import type { Scorecard } from '../core/scoring/types.ts';
import type { DbHandle } from '../store/index.ts';

export interface ReviewPack {
  readonly card: Scorecard;
  readonly ruleCounts: ReadonlyMap<string, RuleCount>;
  readonly ruleNames: ReadonlyMap<string, string>;
}

const cache = new Map<string, ReviewPack>();

export async function reviewPackFor(s: DbHandle, packId: string, packVersion: number): Promise<ReviewPack> {
  const key = `${packId}@${packVersion}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let pack: CompiledPack;
  try {
    pack = await compiledVersion(s, packId, packVersion);
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND')
      throw new AppError('CONFLICT', `Rule pack ${packId}@${packVersion} has no source to review against`);
    throw e;
  }
  const review: ReviewPack = {
    card: pack.scorecard,
    ruleCounts: new Map(pack.rules.map((r) => [r.id, r.count])),
    ruleNames: new Map(pack.rules.map((r) => [r.id, r.name])),
  };
  cache.set(key, review);
  return review;
}
