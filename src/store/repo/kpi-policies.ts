// KPI/settlement policy versions (docs/product.md: "keep every number configurable per contract (a versioned policy) and the
// seed's values as the default"). Policy v1 (DEFAULT_KPI_POLICY) is stored on first use so statements can cite it.
import { and, desc, eq, isNull, lte, or } from 'drizzle-orm';
import {
  DEFAULT_DISCIPLINE_WINDOW,
  DEFAULT_KPI_POLICY,
  parseKpiPolicy,
  type DisciplineWindow,
  type KpiPolicy,
} from '../../core/kpi/index.ts';
import { kpiPolicies } from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type KpiPolicyRow = typeof kpiPolicies.$inferSelect;

export const DEFAULT_POLICY_ID = 'default-v1';

/** Insert policy v1 as the default for every vendor unless it is already there (idempotent, race-safe). */
export async function ensureDefaultKpiPolicy(store: DbHandle): Promise<void> {
  await store.db
    .insert(kpiPolicies)
    .values({
      id: DEFAULT_POLICY_ID,
      vendorId: null,
      version: DEFAULT_KPI_POLICY.version,
      effectiveFrom: '2000-01',
      body: DEFAULT_KPI_POLICY,
      disciplineWindow: DEFAULT_DISCIPLINE_WINDOW,
    })
    .onConflictDoNothing();
}

export interface ResolvedPolicy {
  id: string;
  vendorId: string | null;
  policy: KpiPolicy;
  disciplineWindow: DisciplineWindow;
}

function resolved(row: KpiPolicyRow): ResolvedPolicy {
  // Stored JSON is parsed again: a row written by an older release gets today's defaults for new fields.
  const parsed = parseKpiPolicy(row.body);
  if (!parsed.ok) throw new Error(`stored KPI policy ${row.id} is invalid: ${parsed.errors[0]?.message}`);
  return {
    id: row.id,
    vendorId: row.vendorId,
    policy: parsed.policy,
    disciplineWindow: row.disciplineWindow,
  };
}

/** The policy of `vendorId` for `month`: the vendor's latest version in effect, else the default's. */
export async function resolveKpiPolicy(
  store: Store | DbHandle,
  vendorId: string | null,
  month: string,
): Promise<ResolvedPolicy> {
  await ensureDefaultKpiPolicy(store);
  const rows = await store.db
    .select()
    .from(kpiPolicies)
    .where(
      and(
        lte(kpiPolicies.effectiveFrom, month),
        vendorId === null
          ? isNull(kpiPolicies.vendorId)
          : or(isNull(kpiPolicies.vendorId), eq(kpiPolicies.vendorId, vendorId)),
      ),
    )
    .orderBy(desc(kpiPolicies.effectiveFrom), desc(kpiPolicies.createdAt));
  const own = rows.find((r) => r.vendorId !== null) ?? rows[0];
  if (!own) throw new Error('no default KPI policy in effect');
  return resolved(own);
}

export async function listKpiPolicies(store: Store): Promise<KpiPolicyRow[]> {
  await ensureDefaultKpiPolicy(store);
  return store.db
    .select()
    .from(kpiPolicies)
    .orderBy(kpiPolicies.vendorId, desc(kpiPolicies.effectiveFrom), desc(kpiPolicies.createdAt));
}

export async function insertKpiPolicy(
  store: DbHandle,
  p: Omit<typeof kpiPolicies.$inferInsert, 'createdAt'> & { createdAt: Date },
): Promise<KpiPolicyRow> {
  const [row] = await store.db.insert(kpiPolicies).values(p).returning();
  return row!;
}
