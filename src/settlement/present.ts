// Loads a stored statement with what its screens and documents show: vendor and agent names, the people who
// confirmed and approved it, and its adjusting entries.
import {
  listAdjustmentsOf,
  listAgentPlacements,
  findUserById,
  listVendors,
  type Store,
} from '../store/index.ts';
import type { SettlementStatementRow } from '../store/index.ts';
import type { StatementView } from './view.ts';

export async function statementView(store: Store, row: SettlementStatementRow): Promise<StatementView> {
  const [vendors, placements, adjustments, confirmer, approver] = await Promise.all([
    listVendors(store),
    listAgentPlacements(store, { vendorIds: [row.vendorId] }),
    listAdjustmentsOf(store, row.id),
    row.confirmedByUserId ? findUserById(store, row.confirmedByUserId) : undefined,
    row.approvedByUserId ? findUserById(store, row.approvedByUserId) : undefined,
  ]);
  const agentNames: Record<string, string> = {};
  for (const a of placements) agentNames[a.agentId] = a.name;
  return {
    id: row.id,
    vendorId: row.vendorId,
    vendorName: vendors.find((v) => v.id === row.vendorId)?.name ?? row.vendorId,
    month: row.month,
    state: row.state,
    policyVersion: row.policyVersion,
    asOf: row.asOf,
    builtAt: row.builtAt.toISOString(),
    confirmedBy: row.confirmedByUserId ? (confirmer?.displayName ?? row.confirmedByUserId) : null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    approvedBy: row.approvedByUserId ? (approver?.displayName ?? row.approvedByUserId) : null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    statement: row.body,
    agentNames,
    adjustments,
  };
}
