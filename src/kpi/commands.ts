// Commands on KPI/settlement policy versions (seed 002 (五); docs/product.md "KPI and monthly settlement"): listing them with their row
// policy (a vendor manager sees the default and their own vendor's versions, nobody else's contract) and adding a
// version, validated by the pure parser and audited in its transaction.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { parseKpiPolicy, type DisciplineWindow } from '../core/kpi/index.ts';
import {
  appendAudit,
  inTransaction,
  insertKpiPolicy,
  listKpiPolicies,
  pgErrorCode,
  type KpiPolicyRow,
  type Store,
} from '../store/index.ts';

export async function listVisiblePolicies(store: Store, p: Principal): Promise<KpiPolicyRow[]> {
  const rows = await listKpiPolicies(store);
  return p.role === 'vendor_manager'
    ? rows.filter((r) => r.vendorId === null || r.vendorId === p.vendorId)
    : rows;
}

export interface NewPolicy {
  vendorId: string | null;
  effectiveFrom: string;
  policy: unknown;
  disciplineWindow: DisciplineWindow;
}

export async function addPolicy(store: Store, p: Principal, b: NewPolicy, now: Date): Promise<KpiPolicyRow> {
  const parsed = parseKpiPolicy(b.policy);
  if (!parsed.ok) throw new AppError('BAD_INPUT', 'invalid KPI policy', { errors: parsed.errors });
  return inTransaction(store, async (s) => {
    const created = await insertKpiPolicy(s, {
      id: `pol-${randomUUID()}`,
      vendorId: b.vendorId,
      version: parsed.policy.version,
      effectiveFrom: b.effectiveFrom,
      body: parsed.policy,
      disciplineWindow: b.disciplineWindow,
      createdByUserId: p.id,
      createdAt: now,
    });
    await appendAudit(s, {
      actorUserId: p.id,
      action: 'kpi.policy.create',
      entity: 'kpi_policy',
      entityId: created.id,
      after: created,
    });
    return created;
  }).catch((e: unknown) => {
    if (pgErrorCode(e) === '23505')
      throw new AppError('CONFLICT', `policy version ${parsed.policy.version} already exists for this scope`);
    if (pgErrorCode(e) === '23503') throw new AppError('BAD_INPUT', `unknown vendor ${b.vendorId}`);
    throw e;
  });
}
