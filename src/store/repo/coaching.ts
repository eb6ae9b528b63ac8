// Coaching rows (seeds 001, 004): case categories and cases, training sessions and attendance, coaching plans,
// on-line dates, stage settings and ideas. Writers pass a transaction to audit in the same one.
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  agentOnboarding,
  caseCategories,
  coachingCases,
  coachingPlans,
  coachingSettings,
  ideas,
  trainingAttendance,
  trainingSessions,
} from '../schema/index.ts';
import type { DbHandle, Store } from '../store.ts';

export type CaseCategoryRow = typeof caseCategories.$inferSelect;
export type CoachingCaseRow = typeof coachingCases.$inferSelect;
export type TrainingSessionRow = typeof trainingSessions.$inferSelect;
export type TrainingAttendanceRow = typeof trainingAttendance.$inferSelect;
export type CoachingPlanRow = typeof coachingPlans.$inferSelect;
export type IdeaRow = typeof ideas.$inferSelect;

/** The five libraries of seed 004 (优秀、问题、对比 and the two 感动 libraries), inserted once. */
export const DEFAULT_CASE_CATEGORIES: readonly CaseCategoryRow[] = [
  { id: 'excellent', nameZh: '优秀', nameEn: 'Excellent', praise: true, position: 1, active: true },
  { id: 'problem', nameZh: '问题', nameEn: 'Problem', praise: false, position: 2, active: true },
  { id: 'contrast', nameZh: '对比', nameEn: 'Contrast', praise: false, position: 3, active: true },
  {
    id: 'touched-customer',
    nameZh: '服务感动客户',
    nameEn: 'Service that moved the customer',
    praise: true,
    position: 4,
    active: true,
  },
  {
    id: 'touched-agent',
    nameZh: '客户感动客服',
    nameEn: 'Customer who moved the agent',
    praise: true,
    position: 5,
    active: true,
  },
];

export async function ensureCaseCategories(store: Store | DbHandle): Promise<void> {
  await store.db
    .insert(caseCategories)
    .values([...DEFAULT_CASE_CATEGORIES])
    .onConflictDoNothing();
}

export function listCaseCategories(store: Store | DbHandle): Promise<CaseCategoryRow[]> {
  return store.db.select().from(caseCategories).orderBy(asc(caseCategories.position), asc(caseCategories.id));
}

export async function upsertCaseCategory(
  store: Store | DbHandle,
  c: CaseCategoryRow,
): Promise<CaseCategoryRow> {
  const [row] = await store.db
    .insert(caseCategories)
    .values(c)
    .onConflictDoUpdate({
      target: caseCategories.id,
      set: { nameZh: c.nameZh, nameEn: c.nameEn, praise: c.praise, position: c.position, active: c.active },
    })
    .returning();
  return row!;
}

export async function getCaseCategory(
  store: Store | DbHandle,
  id: string,
): Promise<CaseCategoryRow | undefined> {
  const [row] = await store.db.select().from(caseCategories).where(eq(caseCategories.id, id));
  return row;
}

export async function insertCase(store: Store | DbHandle, c: CoachingCaseRow): Promise<CoachingCaseRow> {
  const [row] = await store.db.insert(coachingCases).values(c).returning();
  return row!;
}

export async function getCase(store: Store | DbHandle, id: string): Promise<CoachingCaseRow | undefined> {
  const [row] = await store.db.select().from(coachingCases).where(eq(coachingCases.id, id));
  return row;
}

export async function updateCase(
  store: Store | DbHandle,
  id: string,
  set: Partial<Pick<CoachingCaseRow, 'consent' | 'note' | 'title' | 'categoryId'>>,
): Promise<CoachingCaseRow> {
  const [row] = await store.db.update(coachingCases).set(set).where(eq(coachingCases.id, id)).returning();
  return row!;
}

export interface CaseFilter {
  categoryId?: string | undefined;
  ruleId?: string | undefined;
  q?: string | undefined;
  ids?: readonly string[] | undefined;
  agentIds?: readonly string[] | undefined;
  teamIds?: readonly string[] | undefined;
  vendorIds?: readonly string[] | undefined;
  limit?: number | undefined;
}

export function listCases(store: Store | DbHandle, f: CaseFilter): Promise<CoachingCaseRow[]> {
  const conds: (SQL | undefined)[] = [
    f.categoryId ? eq(coachingCases.categoryId, f.categoryId) : undefined,
    f.ruleId ? sql`${f.ruleId} = any(${coachingCases.ruleIds})` : undefined,
    f.q ? sql`strpos(${coachingCases.searchText}, ${f.q.toLowerCase()}) > 0` : undefined,
    f.ids ? inArray(coachingCases.id, [...f.ids, '']) : undefined,
    f.agentIds ? inArray(coachingCases.agentId, [...f.agentIds, '']) : undefined,
    f.teamIds ? inArray(coachingCases.teamId, [...f.teamIds, '']) : undefined,
    f.vendorIds ? inArray(coachingCases.vendorId, [...f.vendorIds, '']) : undefined,
  ];
  return store.db
    .select()
    .from(coachingCases)
    .where(and(...conds))
    .orderBy(desc(coachingCases.createdAt), asc(coachingCases.id))
    .limit(f.limit ?? 500);
}

export async function insertSession(
  store: Store | DbHandle,
  s: TrainingSessionRow,
  agentIds: readonly string[],
): Promise<TrainingSessionRow> {
  const [row] = await store.db.insert(trainingSessions).values(s).returning();
  if (agentIds.length > 0)
    await store.db
      .insert(trainingAttendance)
      .values(agentIds.map((agentId) => ({ sessionId: s.id, agentId, attended: false, studiedCaseIds: [] })));
  return row!;
}

export async function getSession(
  store: Store | DbHandle,
  id: string,
): Promise<TrainingSessionRow | undefined> {
  const [row] = await store.db.select().from(trainingSessions).where(eq(trainingSessions.id, id));
  return row;
}

export function listSessions(
  store: Store | DbHandle,
  f: {
    teamIds?: readonly string[] | undefined;
    vendorIds?: readonly string[] | undefined;
    ids?: readonly string[];
  },
): Promise<TrainingSessionRow[]> {
  return store.db
    .select()
    .from(trainingSessions)
    .where(
      and(
        f.teamIds ? inArray(trainingSessions.teamId, [...f.teamIds, '']) : undefined,
        f.vendorIds ? inArray(trainingSessions.vendorId, [...f.vendorIds, '']) : undefined,
        f.ids ? inArray(trainingSessions.id, [...f.ids, '']) : undefined,
      ),
    )
    .orderBy(desc(trainingSessions.scheduledOn), desc(trainingSessions.createdAt));
}

export function listAttendance(
  store: Store | DbHandle,
  f: { sessionIds?: readonly string[]; agentId?: string },
): Promise<TrainingAttendanceRow[]> {
  return store.db
    .select()
    .from(trainingAttendance)
    .where(
      and(
        f.sessionIds ? inArray(trainingAttendance.sessionId, [...f.sessionIds, '']) : undefined,
        f.agentId ? eq(trainingAttendance.agentId, f.agentId) : undefined,
      ),
    )
    .orderBy(asc(trainingAttendance.sessionId), asc(trainingAttendance.agentId));
}

export async function updateAttendance(
  store: Store | DbHandle,
  sessionId: string,
  agentId: string,
  set: Partial<Pick<TrainingAttendanceRow, 'attended' | 'studiedCaseIds' | 'studiedAt'>>,
): Promise<TrainingAttendanceRow | undefined> {
  const [row] = await store.db
    .update(trainingAttendance)
    .set(set)
    .where(and(eq(trainingAttendance.sessionId, sessionId), eq(trainingAttendance.agentId, agentId)))
    .returning();
  return row;
}

export async function insertPlan(store: Store | DbHandle, p: CoachingPlanRow): Promise<CoachingPlanRow> {
  const [row] = await store.db.insert(coachingPlans).values(p).returning();
  return row!;
}

export async function getPlan(store: Store | DbHandle, id: string): Promise<CoachingPlanRow | undefined> {
  const [row] = await store.db.select().from(coachingPlans).where(eq(coachingPlans.id, id));
  return row;
}

export async function updatePlan(
  store: Store | DbHandle,
  id: string,
  set: Partial<Omit<CoachingPlanRow, 'id' | 'createdAt'>>,
): Promise<CoachingPlanRow> {
  const [row] = await store.db.update(coachingPlans).set(set).where(eq(coachingPlans.id, id)).returning();
  return row!;
}

export function listPlans(
  store: Store | DbHandle,
  f: {
    agentIds?: readonly string[] | undefined;
    teamIds?: readonly string[] | undefined;
    vendorIds?: readonly string[] | undefined;
  },
): Promise<CoachingPlanRow[]> {
  return store.db
    .select()
    .from(coachingPlans)
    .where(
      and(
        f.agentIds ? inArray(coachingPlans.agentId, [...f.agentIds, '']) : undefined,
        f.teamIds ? inArray(coachingPlans.teamId, [...f.teamIds, '']) : undefined,
        f.vendorIds ? inArray(coachingPlans.vendorId, [...f.vendorIds, '']) : undefined,
      ),
    )
    .orderBy(desc(coachingPlans.updatedAt));
}

export function listOnlineDates(store: Store | DbHandle): Promise<{ agentId: string; onlineOn: string }[]> {
  return store.db.select().from(agentOnboarding);
}

export async function setOnlineDate(
  store: Store | DbHandle,
  agentId: string,
  onlineOn: string,
): Promise<void> {
  await store.db
    .insert(agentOnboarding)
    .values({ agentId, onlineOn })
    .onConflictDoUpdate({ target: agentOnboarding.agentId, set: { onlineOn } });
}

export async function getCoachingSettings(store: Store | DbHandle) {
  const [row] = await store.db.select().from(coachingSettings).where(eq(coachingSettings.id, 'default'));
  return row;
}

export async function putCoachingSettings(
  store: Store | DbHandle,
  row: typeof coachingSettings.$inferSelect,
): Promise<void> {
  await store.db
    .insert(coachingSettings)
    .values(row)
    .onConflictDoUpdate({
      target: coachingSettings.id,
      set: { stages: row.stages, updatedByUserId: row.updatedByUserId, updatedAt: row.updatedAt },
    });
}

export async function insertIdea(store: Store | DbHandle, i: IdeaRow): Promise<IdeaRow> {
  const [row] = await store.db.insert(ideas).values(i).returning();
  return row!;
}

export async function getIdea(store: Store | DbHandle, id: string): Promise<IdeaRow | undefined> {
  const [row] = await store.db.select().from(ideas).where(eq(ideas.id, id));
  return row;
}

export async function updateIdea(
  store: Store | DbHandle,
  id: string,
  set: Partial<Omit<IdeaRow, 'id' | 'createdAt' | 'submittedByUserId'>>,
): Promise<IdeaRow> {
  const [row] = await store.db.update(ideas).set(set).where(eq(ideas.id, id)).returning();
  return row!;
}

export interface IdeaFilter {
  agentIds?: readonly string[] | undefined;
  teamIds?: readonly string[] | undefined;
  vendorIds?: readonly string[] | undefined;
  /** Also ideas submitted by this user (a callback desk's recorded customer proposals). */
  submittedBy?: string | undefined;
  state?: IdeaRow['state'] | undefined;
  rewardMonth?: string | undefined;
}

export function listIdeas(store: Store | DbHandle, f: IdeaFilter): Promise<IdeaRow[]> {
  const scoped = and(
    f.agentIds ? inArray(ideas.agentId, [...f.agentIds, '']) : undefined,
    f.teamIds ? inArray(ideas.teamId, [...f.teamIds, '']) : undefined,
    f.vendorIds ? inArray(ideas.vendorId, [...f.vendorIds, '']) : undefined,
  );
  return store.db
    .select()
    .from(ideas)
    .where(
      and(
        f.submittedBy ? or(scoped, eq(ideas.submittedByUserId, f.submittedBy)) : scoped,
        f.state ? eq(ideas.state, f.state) : undefined,
        f.rewardMonth ? eq(ideas.rewardMonth, f.rewardMonth) : undefined,
      ),
    )
    .orderBy(desc(ideas.createdAt), asc(ideas.id));
}
