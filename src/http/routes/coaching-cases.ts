// Case libraries, training sessions, the agent's study view and coaching plans (seed 004 案例库、分阶段培训). Routes
// parse, authorize and present; src/coaching/{cases,training}.ts own the rules, row scope and audit.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { can } from '../../core/auth/policy.ts';
import { dataScope } from '../../core/auth/roles.ts';
import { addCase, answerConsent, caseCandidates, loadCase, studyCase } from '../../coaching/cases.ts';
import {
  createPlan,
  createSession,
  followUpReview,
  loadSession,
  markStudied,
  recordAttendance,
} from '../../coaching/training.ts';
import {
  ensureCaseCategories,
  listAgentPlacements,
  listAttendance,
  listCaseCategories,
  listCases,
  listPlans,
  listSessions,
  upsertCaseCategory,
  type CoachingCaseRow,
  type CoachingPlanRow,
  type TrainingAttendanceRow,
  type TrainingSessionRow,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { daySchema } from './kpi-common.ts';

const categorySchema = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  praise: z.boolean(),
  position: z.number(),
  active: z.boolean(),
});
const hitSchema = z.object({ ruleId: z.string(), turn: z.number(), text: z.string() });
const caseSchema = z.object({
  id: z.string(),
  categoryId: z.string(),
  conversationId: z.string(),
  conversationVersion: z.number(),
  agentId: z.string().nullable(),
  teamId: z.string().nullable(),
  vendorId: z.string().nullable(),
  turnFrom: z.number().nullable(),
  turnTo: z.number().nullable(),
  title: z.string(),
  note: z.string(),
  hits: z.array(hitSchema),
  ruleIds: z.array(z.string()),
  packVersions: z.array(z.string()),
  consent: z.enum(['not_asked', 'asked', 'agreed', 'declined']),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
const presentCase = (c: CoachingCaseRow): z.infer<typeof caseSchema> => ({
  id: c.id,
  categoryId: c.categoryId,
  conversationId: c.conversationId,
  conversationVersion: c.conversationVersion,
  agentId: c.agentId,
  teamId: c.teamId,
  vendorId: c.vendorId,
  turnFrom: c.turnFrom,
  turnTo: c.turnTo,
  title: c.title,
  note: c.note,
  hits: c.hits,
  ruleIds: c.ruleIds,
  packVersions: c.packVersions,
  consent: c.consent,
  createdBy: c.createdByUserId,
  createdAt: c.createdAt.toISOString(),
});
const attendanceSchema = z.object({
  agentId: z.string(),
  attended: z.boolean(),
  studiedCaseIds: z.array(z.string()),
  studiedAt: z.string().nullable(),
});
const sessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  format: z.enum(['morning', 'after_shift', 'on_site', 'micro']),
  teamId: z.string(),
  vendorId: z.string(),
  scheduledOn: z.string(),
  caseIds: z.array(z.string()),
  attendance: z.array(attendanceSchema),
  createdAt: z.string(),
});
const presentSession = (
  s: TrainingSessionRow,
  att: readonly TrainingAttendanceRow[],
): z.infer<typeof sessionSchema> => ({
  id: s.id,
  title: s.title,
  format: s.format,
  teamId: s.teamId,
  vendorId: s.vendorId,
  scheduledOn: s.scheduledOn,
  caseIds: s.caseIds,
  attendance: att
    .filter((a) => a.sessionId === s.id)
    .map((a) => ({
      agentId: a.agentId,
      attended: a.attended,
      studiedCaseIds: a.studiedCaseIds,
      studiedAt: a.studiedAt?.toISOString() ?? null,
    })),
  createdAt: s.createdAt.toISOString(),
});
const planSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  teamId: z.string(),
  vendorId: z.string(),
  focusRules: z.array(z.string()),
  caseIds: z.array(z.string()),
  note: z.string(),
  followUpTaskId: z.string().nullable(),
  followUpConversationId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const presentPlan = (p: CoachingPlanRow): z.infer<typeof planSchema> => ({
  id: p.id,
  agentId: p.agentId,
  teamId: p.teamId,
  vendorId: p.vendorId,
  focusRules: p.focusRules,
  caseIds: p.caseIds,
  note: p.note,
  followUpTaskId: p.followUpTaskId,
  followUpConversationId: p.followUpConversationId,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});
const studySchema = z.object({
  id: z.string(),
  categoryId: z.string(),
  title: z.string(),
  note: z.string(),
  agentName: z.string().nullable(),
  turns: z.array(z.object({ index: z.number(), role: z.string(), text: z.string() })),
  hits: z.array(hitSchema),
  ruleIds: z.array(z.string()),
  consent: z.enum(['asked', 'agreed', 'declined']).nullable(),
});
const id = z.object({ id: z.string() });

export function coachingCaseRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/coaching/cases',
      {
        config: { action: 'coaching.cases.read' },
        schema: {
          tags: ['coaching'],
          summary:
            'Case libraries: categories, cases (searchable by text, category and rule) and what the caller may do',
          querystring: z.object({
            categoryId: z.string().optional(),
            ruleId: z.string().optional(),
            q: z.string().max(200).optional(),
          }),
          response: {
            200: z.object({
              categories: z.array(categorySchema),
              items: z.array(caseSchema),
              actions: z.object({
                addCase: z.boolean(),
                manageCategories: z.boolean(),
                buildSession: z.boolean(),
                plan: z.boolean(),
              }),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.cases.read');
        await ensureCaseCategories(ctx.store);
        const [categories, items] = await Promise.all([
          listCaseCategories(ctx.store),
          listCases(ctx.store, { ...req.query, ...dataScope(p) }),
        ]);
        return {
          categories,
          items: items.map(presentCase),
          actions: {
            addCase: can(p, 'coaching.cases.write'),
            manageCategories: can(p, 'coaching.categories.manage'),
            buildSession: can(p, 'coaching.training.manage'),
            plan: can(p, 'coaching.plans.manage'),
          },
        };
      },
    );

    app.post(
      '/coaching/cases',
      {
        config: { action: 'coaching.cases.write' },
        schema: {
          tags: ['coaching'],
          summary: 'Add a conversation, or an excerpt (turn range) of it, to a library category',
          body: z.object({
            conversationId: z.string().min(1),
            categoryId: z.string().min(1),
            turnFrom: z.number().int().min(0).optional(),
            turnTo: z.number().int().min(0).optional(),
            title: z.string().trim().min(1).max(200),
            note: z.string().max(4000).default(''),
          }),
          response: { 201: caseSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'coaching.cases.write');
        const row = await addCase(ctx.store, p, req.body, ctx.now());
        void reply.code(201);
        return presentCase(row);
      },
    );

    app.put(
      '/coaching/categories/:id',
      {
        config: { action: 'coaching.categories.manage' },
        schema: {
          tags: ['coaching'],
          summary: 'Create or edit a library category',
          params: id,
          body: categorySchema.omit({ id: true }),
          response: { 200: categorySchema },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'coaching.categories.manage');
        return upsertCaseCategory(ctx.store, { id: req.params.id, ...req.body });
      },
    );

    app.get(
      '/coaching/candidates',
      {
        config: { action: 'coaching.cases.write' },
        schema: {
          tags: ['coaching'],
          summary:
            'Suggested cases from the last days: fatal or complaint-linked → problem, top score with thanks → excellent, same topic best and worst → contrast',
          querystring: z.object({ days: z.coerce.number().int().min(1).max(92).default(30) }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  kind: z.enum(['problem', 'excellent', 'contrast']),
                  conversationIds: z.array(z.string()),
                  topic: z.string().nullable(),
                  reason: z.enum(['fatal', 'complaint', 'top_score_thanks', 'same_topic_best_worst']),
                }),
              ),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.cases.write');
        return { items: await caseCandidates(ctx.store, p, ctx.now(), req.query.days) };
      },
    );

    app.post(
      '/coaching/cases/:id/consent',
      {
        config: { action: 'coaching.consent' },
        schema: {
          tags: ['coaching'],
          summary: 'The agent of a praise case agrees (or not) to be named in the study view',
          params: id,
          body: z.object({ agree: z.boolean() }),
          response: { 200: caseSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.consent');
        return presentCase(await answerConsent(ctx.store, p, req.params.id, req.body.agree));
      },
    );

    app.get(
      '/coaching/sessions',
      {
        config: { action: 'coaching.training.read' },
        schema: {
          tags: ['coaching'],
          summary: 'Training sessions in the caller’s scope (an agent: the sessions they are invited to)',
          response: {
            200: z.object({
              items: z.array(sessionSchema),
              // readCases / readStages say which other tabs of the coaching screen the caller may open
              actions: z.object({
                manage: z.boolean(),
                study: z.boolean(),
                readCases: z.boolean(),
                readStages: z.boolean(),
              }),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.training.read');
        const s = dataScope(p);
        let sessions: TrainingSessionRow[];
        if (p.role === 'agent') {
          const mine = await listAttendance(ctx.store, { agentId: p.agentId ?? '' });
          sessions = await listSessions(ctx.store, { ids: mine.map((m) => m.sessionId) });
        } else sessions = await listSessions(ctx.store, { teamIds: s.teamIds, vendorIds: s.vendorIds });
        const att = await listAttendance(ctx.store, { sessionIds: sessions.map((x) => x.id) });
        const visible = p.role === 'agent' ? att.filter((a) => a.agentId === p.agentId) : att;
        return {
          items: sessions.map((x) => presentSession(x, visible)),
          actions: {
            manage: can(p, 'coaching.training.manage'),
            study: can(p, 'coaching.study'),
            readCases: can(p, 'coaching.cases.read'),
            readStages: can(p, 'coaching.stages.read'),
          },
        };
      },
    );

    app.post(
      '/coaching/sessions',
      {
        config: { action: 'coaching.training.manage' },
        schema: {
          tags: ['coaching'],
          summary: 'Build a training session (a playlist of cases) for a team; its active agents are invited',
          body: z.object({
            title: z.string().trim().min(1).max(200),
            format: z.enum(['morning', 'after_shift', 'on_site', 'micro']),
            teamId: z.string().min(1).optional(),
            scheduledOn: daySchema,
            caseIds: z.array(z.string()).min(1).max(50),
          }),
          response: { 201: sessionSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'coaching.training.manage');
        const row = await createSession(ctx.store, p, req.body, ctx.now());
        void reply.code(201);
        return presentSession(row, await listAttendance(ctx.store, { sessionIds: [row.id] }));
      },
    );

    app.put(
      '/coaching/sessions/:id/attendance',
      {
        config: { action: 'coaching.training.manage' },
        schema: {
          tags: ['coaching'],
          summary: 'Record who attended (every other invited agent is marked absent)',
          params: id,
          body: z.object({ present: z.array(z.string()) }),
          response: { 200: sessionSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.training.manage');
        const att = await recordAttendance(ctx.store, p, req.params.id, req.body.present);
        return presentSession(await loadSession(ctx.store, p, req.params.id), att);
      },
    );

    app.get(
      '/coaching/sessions/:id/study',
      {
        config: { action: 'coaching.training.read' },
        schema: {
          tags: ['coaching'],
          summary:
            'The session’s cases as agents study them: personal numbers masked, the agent anonymised unless a praise case they agreed to share',
          params: id,
          response: {
            200: z.object({
              session: sessionSchema,
              cases: z.array(studySchema),
              actions: z.object({ study: z.boolean(), consent: z.boolean() }),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.training.read');
        const s = await loadSession(ctx.store, p, req.params.id);
        const [rows, categories, agents, att] = await Promise.all([
          listCases(ctx.store, { ids: s.caseIds }),
          listCaseCategories(ctx.store),
          listAgentPlacements(ctx.store, {}),
          listAttendance(ctx.store, { sessionIds: [s.id] }),
        ]);
        const names = new Map(agents.map((a) => [a.agentId, a.name]));
        const ordered = s.caseIds.map((cid) => rows.find((r) => r.id === cid)).filter((r) => r !== undefined);
        return {
          session: presentSession(s, p.role === 'agent' ? att.filter((a) => a.agentId === p.agentId) : att),
          cases: await Promise.all(ordered.map((r) => studyCase(ctx.store, p, r, categories, names))),
          actions: { study: can(p, 'coaching.study'), consent: can(p, 'coaching.consent') },
        };
      },
    );

    app.post(
      '/coaching/sessions/:id/studied',
      {
        config: { action: 'coaching.study' },
        schema: {
          tags: ['coaching'],
          summary: 'The agent marks one case of the session studied',
          params: id,
          body: z.object({ caseId: z.string().min(1) }),
          response: { 200: attendanceSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.study');
        const a = await markStudied(ctx.store, p, req.params.id, req.body.caseId, ctx.now());
        return {
          agentId: a.agentId,
          attended: a.attended,
          studiedCaseIds: a.studiedCaseIds,
          studiedAt: a.studiedAt?.toISOString() ?? null,
        };
      },
    );

    app.get(
      '/coaching/plans',
      {
        config: { action: 'coaching.stages.read' },
        schema: {
          tags: ['coaching'],
          summary: 'Coaching plans in the caller’s scope',
          response: {
            200: z.object({ items: z.array(planSchema), actions: z.object({ manage: z.boolean() }) }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.stages.read');
        return {
          items: (await listPlans(ctx.store, dataScope(p))).map(presentPlan),
          actions: { manage: can(p, 'coaching.plans.manage') },
        };
      },
    );

    app.post(
      '/coaching/plans',
      {
        config: { action: 'coaching.plans.manage' },
        schema: {
          tags: ['coaching'],
          summary:
            'A coaching plan for an agent: focus rules, assigned cases, optionally a follow-up review now',
          body: z.object({
            agentId: z.string().min(1),
            focusRules: z.array(z.string()).max(20),
            caseIds: z.array(z.string()).max(50),
            note: z.string().max(4000).default(''),
            followUp: z.boolean().default(false),
          }),
          response: { 201: planSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'coaching.plans.manage');
        const row = await createPlan(ctx.store, p, req.body, ctx.now());
        void reply.code(201);
        return presentPlan(row);
      },
    );

    app.post(
      '/coaching/plans/:id/follow-up',
      {
        config: { action: 'coaching.plans.manage' },
        schema: {
          tags: ['coaching'],
          summary: 'Start the plan’s follow-up review (a review task on the agent’s latest scored call)',
          params: id,
          response: { 200: planSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.plans.manage');
        return presentPlan(await followUpReview(ctx.store, p, req.params.id, ctx.now()));
      },
    );

    app.get(
      '/coaching/cases/:id',
      {
        config: { action: 'coaching.cases.read' },
        schema: { tags: ['coaching'], summary: 'One case', params: id, response: { 200: caseSchema } },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.cases.read');
        return presentCase(await loadCase(ctx.store, p, req.params.id));
      },
    );
    done();
  };
}
