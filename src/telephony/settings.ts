// Telephony policy settings (seeds 003 and 001), one row in telephony_settings; missing fields take the defaults, so
// an empty table means: approval by a second person required, IVR thresholds 3 repeats / 5 minutes, auto-block
// candidates at ≥ 5 low-value or harassment calls in 60 minutes, immediate block of floods off.
import { z } from 'zod';
import { DEFAULT_AUTO_BLOCK_POLICY, DEFAULT_IVR_POLICY } from '../core/telephony/index.ts';
import type { Principal } from '../core/auth/roles.ts';
import {
  appendAudit,
  type DbHandle,
  inTransaction,
  schema,
  type Store,
  type StoreDb,
} from '../store/index.ts';
import { eq } from 'drizzle-orm';

export const telephonyPolicySchema = z.object({
  /** A second person approves a blocklist entry before it blocks (seed 003 避免出现误判). */
  requireApproval: z.boolean().default(true),
  /** Days after activation when an entry should be looked at again (seed 003 维护周期多长). */
  reviewAfterDays: z.number().int().min(1).max(366).default(30),
  ivr: z
    .object({
      maxRepeats: z.number().int().min(1).max(20).default(DEFAULT_IVR_POLICY.maxRepeats),
      maxElapsedMs: z.number().int().min(10_000).max(3_600_000).default(DEFAULT_IVR_POLICY.maxElapsedMs),
      callbackAboveWaitMs: z.number().int().min(0).nullable().default(DEFAULT_IVR_POLICY.callbackAboveWaitMs),
      nonRoutineToHuman: z.boolean().default(DEFAULT_IVR_POLICY.nonRoutineToHuman),
    })
    .prefault({}),
  autoBlock: z
    .object({
      minCalls: z.number().int().min(2).max(1000).default(DEFAULT_AUTO_BLOCK_POLICY.minCalls),
      windowMinutes: z
        .number()
        .int()
        .min(1)
        .max(7 * 24 * 60)
        .default(DEFAULT_AUTO_BLOCK_POLICY.windowMinutes),
      classes: z
        .array(z.string().min(1))
        .min(1)
        .default([...DEFAULT_AUTO_BLOCK_POLICY.classes]),
      dismissDays: z.number().int().min(1).max(365).default(DEFAULT_AUTO_BLOCK_POLICY.dismissDays),
      blockFloodsAtOnce: z.boolean().default(DEFAULT_AUTO_BLOCK_POLICY.blockFloodsAtOnce),
      floodCalls: z.number().int().min(2).max(10_000).default(DEFAULT_AUTO_BLOCK_POLICY.floodCalls),
      /** Period of an entry made from a confirmed candidate. */
      period: z.enum(['day', 'week', 'month', 'permanent']).default('week'),
    })
    .prefault({}),
});
export type TelephonyPolicy = z.infer<typeof telephonyPolicySchema>;

export async function loadTelephonyPolicy(store: Store | DbHandle): Promise<TelephonyPolicy> {
  const [row] = await store.db
    .select()
    .from(schema.telephonySettings)
    .where(eq(schema.telephonySettings.id, 1));
  return telephonyPolicySchema.parse(row?.policy ?? {});
}

async function saveTelephonyPolicy(
  db: StoreDb,
  policy: TelephonyPolicy,
  by: string,
  now: Date,
): Promise<void> {
  await db
    .insert(schema.telephonySettings)
    .values({ id: 1, policy, updatedBy: by, updatedAt: now })
    .onConflictDoUpdate({
      target: schema.telephonySettings.id,
      set: { policy, updatedBy: by, updatedAt: now },
    });
}

/** The change-settings command: stores the policy and audits it with the one it replaces, in one transaction. */
export async function changeTelephonyPolicy(
  store: Store,
  p: Principal,
  policy: TelephonyPolicy,
  now: Date,
): Promise<TelephonyPolicy> {
  return inTransaction(store, async (s) => {
    const before = await loadTelephonyPolicy(s);
    await saveTelephonyPolicy(s.db, policy, p.id, now);
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'setting.change',
      entity: 'telephony_settings',
      entityId: '1',
      before,
      after: policy,
    });
    return loadTelephonyPolicy(s);
  });
}
