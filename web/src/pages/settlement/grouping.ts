// Lines of a statement grouped by kind in the statement's order (seed 002 (二): base fees, KPI, complaints,
// late callbacks, late report, actual losses, discipline fines, adjustments), with each group's subtotal.
import { LINE_KINDS } from '../../api/ops-types.ts';
import type { LineKind, StatementLine } from '../../api/ops-types.ts';

export interface LineGroup {
  kind: LineKind;
  lines: StatementLine[];
  totalFen: number;
}

export function groupLines(lines: readonly StatementLine[]): LineGroup[] {
  const out: LineGroup[] = [];
  for (const kind of LINE_KINDS) {
    const mine = lines.filter((l) => l.kind === kind);
    if (mine.length === 0) continue;
    out.push({ kind, lines: mine, totalFen: mine.reduce((s, l) => s + l.amountFen, 0) });
  }
  return out;
}
