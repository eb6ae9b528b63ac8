// Whether a built statement still matches its inputs. The stored body is the snapshot taken at build; on every read
// of a draft or confirmed statement the statement is built again in memory from today's inputs (complaints judged,
// discipline entries, call statistics, report submissions, adjusting entries, the KPI policy) and the two are
// compared. When they differ — or KPI data is missing where seed 002 gives no default — confirming or approving
// needs a rebuild or an acknowledgement of exactly that would-be statement (its fingerprint), recorded in the audit.
import { createHash } from 'node:crypto';
import {
  diffStatements,
  localDateOf,
  missingKpiData,
  statementCanonicalText,
  type MissingKpiData,
  type StatementDiff,
  type StatementRole,
} from '../core/kpi/index.ts';
import type { InputsAcknowledgement, SettlementStatementRow, Store } from '../store/index.ts';
import { buildVendorStatement } from './inputs.ts';

export interface StatementSafety {
  /** Whether the check ran (approved statements are locked: corrections are adjusting entries). */
  checked: boolean;
  inputsChanged: boolean;
  diff: StatementDiff | null;
  /** KPI items scored without data in the statement as it would be built now. */
  missingKpiData: MissingKpiData[];
  /** Fingerprint of the statement as it would be built now; an acknowledgement names it. */
  fingerprint: string;
  /** Whether confirming / approving needs a rebuild or an acknowledgement first. */
  attentionNeeded: boolean;
  acknowledgements: {
    'vendor-manager': InputsAcknowledgement | null;
    client: InputsAcknowledgement | null;
  };
}

export const fingerprintOf = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 32);

export async function statementSafety(
  store: Store,
  row: SettlementStatementRow,
  now: Date,
  timeZone: string,
): Promise<StatementSafety> {
  const acks = {
    'vendor-manager': row.inputsAck?.['vendor-manager'] ?? null,
    client: row.inputsAck?.client ?? null,
  };
  if (row.state === 'approved') {
    const missing = missingKpiData(row.body);
    return {
      checked: false,
      inputsChanged: false,
      diff: null,
      missingKpiData: missing,
      fingerprint: fingerprintOf(statementCanonicalText(row.body)),
      attentionNeeded: false,
      acknowledgements: acks,
    };
  }
  const asOf = localDateOf(now.toISOString(), timeZone) ?? now.toISOString().slice(0, 10);
  const current = await buildVendorStatement(store, {
    vendorId: row.vendorId,
    month: row.month,
    asOf,
    timeZone,
    statementId: row.id,
  });
  const diff = diffStatements(row.body, current.statement);
  const missing = missingKpiData(current.statement);
  return {
    checked: true,
    inputsChanged: diff.changed,
    diff,
    missingKpiData: missing,
    fingerprint: fingerprintOf(statementCanonicalText(current.statement)),
    attentionNeeded: diff.changed || missing.some((m) => m.needsAcknowledgement),
    acknowledgements: acks,
  };
}

/** Whether `side` may move the statement on: nothing to look at, or this very would-be statement acknowledged. */
export function acknowledgedBy(s: StatementSafety, side: StatementRole): boolean {
  if (!s.attentionNeeded) return true;
  return s.acknowledgements[side]?.fingerprint === s.fingerprint;
}
