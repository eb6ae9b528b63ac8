// Stage analysis (seed 004): QA score, top rules, complaints and KPI of each tenure stage, with the stage's typical
// failures marked so training can aim at them. Pure: the shell loads one row per agent.
import {
  STAGES,
  isTypicalFailure,
  stageOf,
  type Stage,
  type StageSettings,
  type TenureDates,
} from './stage.ts';

export interface AgentPeriodRow extends TenureDates {
  agentId: string;
  name: string;
  teamId: string;
  conversations: number;
  /** Sum of the latest result totals (final scores once reviewed) and how many results it sums. */
  scoreSum: number;
  scored: number;
  /** Hits per rule id in the period. */
  ruleHits: Record<string, number>;
  complaints: number;
  /** KPI total points of the month (null when no KPI could be computed). */
  kpiPoints: number | null;
}

export interface StageRule {
  ruleId: string;
  hits: number;
  per100: number;
  typical: boolean;
}

export interface StageSummary {
  stage: Stage;
  agents: number;
  conversations: number;
  meanScore: number | null;
  hitsPer100: number;
  complaints: number;
  meanKpiPoints: number | null;
  topRules: StageRule[];
}

export interface AgentStage {
  agentId: string;
  name: string;
  teamId: string;
  stage: Stage | null;
  hiredOn: string | null;
  onlineOn: string | null;
  conversations: number;
  meanScore: number | null;
  complaints: number;
  kpiPoints: number | null;
  topRules: StageRule[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function rulesOf(
  hits: Record<string, number>,
  conversations: number,
  stage: Stage | null,
  categoryOf: (ruleId: string) => string | undefined,
  limit: number,
): StageRule[] {
  return Object.entries(hits)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([ruleId, n]) => ({
      ruleId,
      hits: n,
      per100: conversations > 0 ? round1((n * 100) / conversations) : 0,
      typical: stage !== null && isTypicalFailure(stage, ruleId, categoryOf(ruleId)),
    }));
}

export function stageReport(
  rows: readonly AgentPeriodRow[],
  today: string,
  settings: StageSettings,
  categoryOf: (ruleId: string) => string | undefined,
): { stages: StageSummary[]; agents: AgentStage[] } {
  const agents: AgentStage[] = rows.map((r) => {
    const stage = stageOf(r, today, settings);
    return {
      agentId: r.agentId,
      name: r.name,
      teamId: r.teamId,
      stage,
      hiredOn: r.hiredOn,
      onlineOn: r.onlineOn,
      conversations: r.conversations,
      meanScore: r.scored > 0 ? round1(r.scoreSum / r.scored) : null,
      complaints: r.complaints,
      kpiPoints: r.kpiPoints,
      topRules: rulesOf(r.ruleHits, r.conversations, stage, categoryOf, 3),
    };
  });
  const stages = STAGES.map((stage): StageSummary => {
    const members = rows.filter((r) => stageOf(r, today, settings) === stage);
    const hits: Record<string, number> = {};
    for (const m of members) for (const [k, n] of Object.entries(m.ruleHits)) hits[k] = (hits[k] ?? 0) + n;
    const conversations = members.reduce((s, m) => s + m.conversations, 0);
    const scored = members.reduce((s, m) => s + m.scored, 0);
    const kpis = members.map((m) => m.kpiPoints).filter((k): k is number => k !== null);
    const totalHits = Object.values(hits).reduce((s, n) => s + n, 0);
    return {
      stage,
      agents: members.length,
      conversations,
      meanScore: scored > 0 ? round1(members.reduce((s, m) => s + m.scoreSum, 0) / scored) : null,
      hitsPer100: conversations > 0 ? round1((totalHits * 100) / conversations) : 0,
      complaints: members.reduce((s, m) => s + m.complaints, 0),
      meanKpiPoints: kpis.length > 0 ? round1(kpis.reduce((s, k) => s + k, 0) / kpis.length) : null,
      topRules: rulesOf(hits, conversations, stage, categoryOf, 5),
    };
  });
  return { stages, agents };
}
