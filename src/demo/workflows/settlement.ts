// The demo's KPI inputs and statements, through their real commands (src/demo/workflows.ts): daily call
// statistics around the seed 002 (五) targets, and the vendor's statements in each state.

import type { Principal } from '../../core/auth/roles.ts';
import { type Rng } from '../../core/random/random.ts';
import { addDays, addMonths, formatLocalDate, parseLocalDate } from '../../core/time/index.ts';
import { importStatsFile } from '../../settlement/stats-import.ts';
import { acknowledgeStatementInputs, draftStatement, moveStatement } from '../../settlement/commands.ts';
import { statementSafety } from '../../settlement/safety.ts';
import { getStatement } from '../../store/index.ts';
import { VENDOR } from '../../core/demo/org.ts';

import { type DemoCast } from './cast.ts';

/** Daily ACD figures per agent: each agent keeps their own answer and satisfaction level (some miss the KPI). */
function callStatsCsv(
  rng: Rng,
  agents: readonly { agentId: string; hiredOn: string }[],
  from: string,
  to: string,
): string {
  const lines = [
    'agent_id,date,offered,answered,answered_within_20s,abandoned_in_queue,rated,satisfied,rating_abandoned',
  ];
  const level = new Map(
    agents.map((a) => {
      const r = rng.fork(`agent:${a.agentId}`);
      // Around the seed 002 (五) targets (97 % answered within 20 s, 90 % satisfied; 2 and 1 points per point off):
      // each agent keeps their own level, so some earn a bonus, some land near 100 points and some lose part of
      // their fee.
      return [a.agentId, { fast: r.float(0.945, 0.995), sat: r.float(0.86, 0.975) }];
    }),
  );
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  for (let d = parseLocalDate(from); formatLocalDate(d) <= to; d = addDays(d, 1)) {
    const date = formatLocalDate(d);
    for (const a of agents) {
      if (a.hiredOn > date) continue;
      const l = level.get(a.agentId)!;
      const r = rng.fork(`${a.agentId}:${date}`);
      const offered = r.int(35, 70);
      const abandoned = r.int(0, 3);
      const reachable = offered - abandoned;
      const fast = Math.round(reachable * clamp(l.fast + r.float(-0.01, 0.01)));
      const answered = Math.min(reachable, fast + r.int(0, 2));
      const rated = Math.round(answered * r.float(0.3, 0.5));
      const ratingAbandoned = r.int(0, 2);
      const satisfied = Math.round((rated - ratingAbandoned) * clamp(l.sat + r.float(-0.02, 0.02)));
      lines.push(
        [a.agentId, date, offered, answered, fast, abandoned, rated, satisfied, ratingAbandoned].join(','),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Daily call statistics from the first day of the month three months back to yesterday. */
export async function seedCallStatistics(c: DemoCast): Promise<void> {
  const { store, now, timeZone, rng, yesterday, month, lead } = c;
  // Call statistics: from the first day of the month three months back to yesterday.
  const statsFrom = `${addMonths(month, -3)}-01`;
  const hired = await store.sql<{ id: string; hired_on: string | null }>(
    'select id, hired_on::text as hired_on from agents',
  );
  const agentsForStats = hired.rows.map((r) => ({
    agentId: r.id,
    hiredOn: String(r.hired_on ?? '2000-01-01').slice(0, 10),
  }));
  const stats = await importStatsFile(store, {
    bytes: new TextEncoder().encode(callStatsCsv(rng.fork('stats'), agentsForStats, statsFrom, yesterday)),
    source: 'acd',
    timeZone,
    actorUserId: lead.id,
    now,
    fileName: 'demo-acd-export.csv',
  });
  if (stats.errors.length > 0 || stats.agentDays === 0)
    throw new Error(`demo call statistics refused: ${JSON.stringify(stats.errors.slice(0, 3))}`);
}

/** The vendor statements: three months back approved, last month confirmed, this month a draft. */
export async function seedStatements(c: DemoCast): Promise<void> {
  const { store, now, timeZone, ctx, month, vendorManager, desk } = c;
  // Statements of the vendor: three months back approved (its month is locked), last month confirmed by the
  // vendor, this month a draft. Two months back stays without a statement, for a user to build one.
  // Agents without call statistics or reviews on some days score KPI items without data; each side acknowledges
  // that before moving the statement on, as a user would on the statement page (src/settlement/safety.ts).
  const move = async (actor: Principal, id: string, type: 'confirm' | 'approve') => {
    const row = await getStatement(store, id);
    const safety = row ? await statementSafety(store, row, now, timeZone) : undefined;
    if (safety?.attentionNeeded)
      await acknowledgeStatementInputs(ctx, actor, id, {
        fingerprint: safety.fingerprint,
        note: '部分坐席当月缺少接听率或质检数据，已核对，按考核政策的无数据规则计分',
      });
    await moveStatement(ctx, actor, id, { type });
  };
  const approvedMonth = await draftStatement(ctx, desk, VENDOR.id, addMonths(month, -3));
  await move(vendorManager, approvedMonth.row.id, 'confirm');
  await move(desk, approvedMonth.row.id, 'approve');
  const confirmedMonth = await draftStatement(ctx, desk, VENDOR.id, addMonths(month, -1));
  await move(vendorManager, confirmedMonth.row.id, 'confirm');
  await draftStatement(ctx, desk, VENDOR.id, month);
}
