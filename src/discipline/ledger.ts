// The discipline ledger per agent (seed 000 一 差错处理): incidents, the ladder stage (computed, never stored),
// whether the agent may take calls, and the fines the ladder puts on statements.
import type { Principal } from '../core/auth/roles.ts';
import {
  disciplineFinesInMonth,
  disciplineStage,
  onlineStatus,
  type DisciplineStage,
  type DisciplineWindow,
  type OnlineStatus,
  type ReturnConfirmer,
} from '../core/kpi/index.ts';
import type { DisciplineConfirmationRow, DisciplineIncidentRow } from '../store/index.ts';

export interface AgentLedger {
  agentId: string;
  stage: DisciplineStage;
  online: OnlineStatus;
  incidents: DisciplineIncidentRow[];
  confirmations: DisciplineConfirmationRow[];
  /** Incident ids that carry the ¥100 fine (each agent's second within the window). */
  finedIncidentIds: string[];
}

/** Which side of the return-to-work confirmation a user signs for (seed 000: 项目主管 and 项目方). */
export function confirmerOf(p: Principal): ReturnConfirmer | null {
  switch (p.role) {
    case 'vendor_manager':
    case 'team_leader':
      return 'supervisor';
    case 'admin':
    case 'qa_lead':
    case 'complaint_desk':
      return 'client';
    case 'qa_inspector':
    case 'agent':
    case 'back_office':
    case 'expert_seat':
      return null;
  }
}

const toCore = (i: DisciplineIncidentRow) => ({
  id: i.id,
  agentId: i.agentId,
  occurredOn: i.occurredOn,
  review: i.review,
});

export function ledgerOf(
  agentId: string,
  incidents: readonly DisciplineIncidentRow[],
  confirmations: readonly DisciplineConfirmationRow[],
  window: DisciplineWindow,
  asOf: string,
): AgentLedger {
  const mine = incidents.filter((i) => i.agentId === agentId);
  const stage = disciplineStage(mine.map(toCore), window, asOf);
  const confs = confirmations.filter((c) => mine.some((i) => i.id === c.incidentId));
  const online = onlineStatus(
    stage,
    confs.map((c) => ({ incidentId: c.incidentId, role: c.role, by: c.byUserId, at: c.at.toISOString() })),
  );
  const months = [...new Set(mine.map((i) => i.occurredOn.slice(0, 7)))];
  const finedIncidentIds = months.flatMap((m) =>
    disciplineFinesInMonth(mine.map(toCore), window, m).map((f) => f.incidentId),
  );
  return { agentId, stage, online, incidents: mine, confirmations: confs, finedIncidentIds };
}
