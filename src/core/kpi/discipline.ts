// The error ladder of seed 000 一 差错处理 for inaccurate record-keeping (信息记录不准确):
// (1) first time: demerit (记过) and an interview (面谈); (2) again: offline training (下线培训) and a 100元 fine,
// back online only when the project supervisor and the client (项目方) confirm; (3) third time: dismissal (开除),
// which the software can only recommend. The seed names no counting window; it is a parameter here, and
// `DEFAULT_DISCIPLINE_WINDOW` (rolling 12 months) is our choice: long enough for "zero tolerance", yet an agent
// with one slip a year ago is not one step from dismissal forever.
import { z } from 'zod';
import { addMonthsToDate, isCalendarDate, isMonth, monthOf } from '../time/index.ts';

export type DisciplineWindow =
  /** Incidents after the same day `months` months before `asOf`, up to `asOf`. */
  | { kind: 'rolling-months'; months: number }
  /** Incidents of `asOf`'s calendar year up to `asOf`. */
  | { kind: 'calendar-year' }
  /** Every incident up to `asOf`. */
  | { kind: 'all-time' };

/** The window as data: the policy API accepts it and each stored policy version is read back through it. */
export const disciplineWindowSchema: z.ZodType<DisciplineWindow> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rolling-months'), months: z.number().int().min(1).max(120) }),
  z.object({ kind: z.literal('calendar-year') }),
  z.object({ kind: z.literal('all-time') }),
]);

export const DEFAULT_DISCIPLINE_WINDOW: DisciplineWindow = Object.freeze({
  kind: 'rolling-months',
  months: 12,
});

export type IncidentReview = 'pending' | 'confirmed' | 'rejected';

export interface DisciplineIncident {
  id: string;
  agentId: string;
  /** Local calendar date of the error, `YYYY-MM-DD`. */
  occurredOn: string;
  /** Only incidents confirmed by the reviewers count (seed 000 "事件审核 … 进行审核再反馈"). */
  review: IncidentReview;
}

export type DisciplineStage =
  | { stage: 0; kind: 'clear'; count: 0; incidentIds: string[] }
  | { stage: 1; kind: 'demerit-and-interview'; count: number; incidentIds: string[] }
  | { stage: 2; kind: 'offline-training-and-fine'; count: number; incidentIds: string[]; triggeredBy: string }
  | { stage: 3; kind: 'dismissal-recommended'; count: number; incidentIds: string[] };

function byDateThenId(a: DisciplineIncident, b: DisciplineIncident): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function inWindow(date: string, window: DisciplineWindow, asOf: string): boolean {
  if (date > asOf) return false;
  switch (window.kind) {
    case 'rolling-months':
      return date > addMonthsToDate(asOf, -window.months);
    case 'calendar-year':
      return date.slice(0, 4) === asOf.slice(0, 4);
    case 'all-time':
      return true;
  }
}

function checkWindow(window: DisciplineWindow): void {
  if (window.kind === 'rolling-months' && (!Number.isInteger(window.months) || window.months < 1))
    throw new RangeError(`rolling window must be a whole number of months ≥ 1, got ${window.months}`);
}

function stageOf(counted: DisciplineIncident[]): DisciplineStage {
  const incidentIds = counted.map((i) => i.id);
  const count = counted.length;
  if (count === 0) return { stage: 0, kind: 'clear', count: 0, incidentIds };
  if (count === 1) return { stage: 1, kind: 'demerit-and-interview', count, incidentIds };
  if (count === 2)
    return {
      stage: 2,
      kind: 'offline-training-and-fine',
      count,
      incidentIds,
      triggeredBy: incidentIds[1] ?? '',
    };
  return { stage: 3, kind: 'dismissal-recommended', count, incidentIds };
}

/** The ladder stage of one agent as of `asOf` (`YYYY-MM-DD`): confirmed incidents inside the window. */
export function disciplineStage(
  incidents: readonly DisciplineIncident[],
  window: DisciplineWindow,
  asOf: string,
): DisciplineStage {
  if (!isCalendarDate(asOf)) throw new RangeError(`asOf must be YYYY-MM-DD, got ${asOf}`);
  checkWindow(window);
  const agents = new Set(incidents.map((i) => i.agentId));
  if (agents.size > 1) throw new RangeError(`incidents of several agents: ${[...agents].join(', ')}`);
  const counted = incidents
    .filter((i) => i.review === 'confirmed' && inWindow(i.occurredOn, window, asOf))
    .sort(byDateThenId);
  return stageOf(counted);
}

export interface DisciplineFine {
  agentId: string;
  incidentId: string;
  occurredOn: string;
}

/**
 * The fines a month's settlement carries: one for every confirmed incident of `month` that was an agent's
 * second within the window (seed 000 (2) "处罚款100元"). A third or later incident brings no new fine.
 */
export function disciplineFinesInMonth(
  incidents: readonly DisciplineIncident[],
  window: DisciplineWindow,
  month: string,
): DisciplineFine[] {
  if (!isMonth(month)) throw new RangeError(`month must be YYYY-MM, got ${month}`);
  checkWindow(window);
  const confirmed = incidents.filter((i) => i.review === 'confirmed').sort(byDateThenId);
  const fines: DisciplineFine[] = [];
  for (const [index, incident] of confirmed.entries()) {
    if (monthOf(incident.occurredOn) !== month) continue;
    // Count this agent's confirmed incidents in the window ending on this one (same-day ties by id).
    const upTo = confirmed
      .slice(0, index + 1)
      .filter((i) => i.agentId === incident.agentId && inWindow(i.occurredOn, window, incident.occurredOn));
    if (upTo.length === 2)
      fines.push({ agentId: incident.agentId, incidentId: incident.id, occurredOn: incident.occurredOn });
  }
  return fines;
}

export type ReturnConfirmer = 'supervisor' | 'client';

export interface ReturnConfirmation {
  /** The stage-2 incident whose training this confirmation ends. */
  incidentId: string;
  role: ReturnConfirmer;
  by: string;
  at: string;
}

export type OnlineStatus =
  | { kind: 'online' }
  | { kind: 'offline-training'; awaiting: ReturnConfirmer[] }
  | { kind: 'dismissal-recommended' };

/**
 * Whether the agent may take calls: at stage 2 only once both the supervisor and the client have confirmed
 * the return (seed 000 (2) "什么时间上线由项目主管与项目方沟通之后确认").
 */
export function onlineStatus(
  stage: DisciplineStage,
  confirmations: readonly ReturnConfirmation[],
): OnlineStatus {
  switch (stage.kind) {
    case 'clear':
    case 'demerit-and-interview':
      return { kind: 'online' };
    case 'offline-training-and-fine': {
      const roles = new Set(
        confirmations.filter((c) => c.incidentId === stage.triggeredBy).map((c) => c.role),
      );
      const awaiting = (['supervisor', 'client'] as const).filter((r) => !roles.has(r));
      return awaiting.length === 0 ? { kind: 'online' } : { kind: 'offline-training', awaiting };
    }
    case 'dismissal-recommended':
      return { kind: 'dismissal-recommended' };
  }
}
