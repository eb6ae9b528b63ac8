// The scorecard and rule counts of the pack version a result was scored with: a review re-scores with the same
// pack the machine used, never with whatever is published today. Compiled packs are cached per (id, version).
import { and, eq } from 'drizzle-orm';
import { AppError } from '../core/errors/app-error.ts';
import type { RuleCount } from '../core/review/types.ts';
import { compilePack } from '../core/rules/index.ts';
import type { Scorecard } from '../core/scoring/types.ts';
import { schema, type StoreDb } from '../store/index.ts';

export interface ReviewPack {
  readonly card: Scorecard;
  readonly ruleCounts: ReadonlyMap<string, RuleCount>;
  readonly ruleNames: ReadonlyMap<string, string>;
}

const cache = new Map<string, ReviewPack>();

export async function reviewPackFor(
  s: { db: StoreDb },
  packId: string,
  packVersion: number,
): Promise<ReviewPack> {
  const key = `${packId}@${packVersion}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const [row] = await s.db
    .select({ body: schema.rulePacks.body })
    .from(schema.rulePacks)
    .where(and(eq(schema.rulePacks.id, packId), eq(schema.rulePacks.version, packVersion)));
  const body = row?.body as { source?: unknown; fileName?: unknown } | undefined;
  if (typeof body?.source !== 'string') {
    throw new AppError('CONFLICT', `Rule pack ${packId}@${packVersion} has no source to review against`);
  }
  const pack = compilePack(body.source, typeof body.fileName === 'string' ? body.fileName : `${packId}.yaml`);
  const review: ReviewPack = {
    card: pack.scorecard,
    ruleCounts: new Map(pack.rules.map((r) => [r.id, r.count])),
    ruleNames: new Map(pack.rules.map((r) => [r.id, r.name])),
  };
  cache.set(key, review);
  return review;
}
