// The suggestion box (金点子, seed 001) and the stage analysis (seed 004). src/coaching/{ideas,stages}.ts own the
// rules, the row scope, the month lock of rewards and the audit.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { can } from '../../core/auth/policy.ts';
import { dataScope } from '../../core/auth/roles.ts';
import {
  IDEA_CATEGORIES,
  IDEA_SOURCES,
  IDEA_STATES,
  STAGES,
  stageSettingsSchema,
} from '../../core/coaching/index.ts';
import { moveIdea, recordEffect, submitIdea } from '../../coaching/ideas.ts';
import { stageAnalysis, stageSettings, updateStageSettings } from '../../coaching/stages.ts';
import { daySchema } from './kpi-common.ts';
import { listIdeas, type IdeaRow } from '../../store/index.ts';
import type { AppContext } from '../context.ts';

const ideaSchema = z.object({
  id: z.string(),
  source: z.enum(IDEA_SOURCES),
  agentId: z.string().nullable(),
  teamId: z.string().nullable(),
  vendorId: z.string().nullable(),
  category: z.enum(IDEA_CATEGORIES),
  title: z.string(),
  body: z.string(),
  state: z.enum(IDEA_STATES),
  reason: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  rewardFen: z.number().nullable(),
  rewardMonth: z.string().nullable(),
  effect: z.string().nullable(),
  effectRecord: z
    .object({
      measuredOn: z.string(),
      metric: z.string().nullable(),
      before: z.number().nullable(),
      after: z.number().nullable(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string(),
    })
    .nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
const present = (i: IdeaRow): z.infer<typeof ideaSchema> => ({
  id: i.id,
  source: i.source,
  agentId: i.agentId,
  teamId: i.teamId,
  vendorId: i.vendorId,
  category: i.category,
  title: i.title,
  body: i.body,
  state: i.state,
  reason: i.reason,
  duplicateOf: i.duplicateOf,
  rewardFen: i.rewardFen,
  rewardMonth: i.rewardMonth,
  effect: i.effect,
  effectRecord:
    i.effectOn && i.effectAt
      ? {
          measuredOn: i.effectOn,
          metric: i.effectMetric,
          before: i.effectBefore,
          after: i.effectAfter,
          recordedBy: i.effectByUserId,
          recordedAt: i.effectAt.toISOString(),
        }
      : null,
  createdAt: i.createdAt.toISOString(),
  decidedAt: i.decidedAt?.toISOString() ?? null,
});
const ruleSchema = z.object({
  ruleId: z.string(),
  hits: z.number(),
  per100: z.number(),
  typical: z.boolean(),
});

export function coachingIdeaRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/ideas',
      {
        config: { action: 'ideas.read' },
        schema: {
          tags: ['coaching'],
          summary:
            'Ideas in the caller’s scope (and those they submitted), newest first, with what the caller may do',
          querystring: z.object({ state: z.enum(IDEA_STATES).optional() }),
          response: {
            200: z.object({
              items: z.array(ideaSchema),
              actions: z.object({ submit: z.boolean(), decide: z.boolean() }),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'ideas.read');
        const s = dataScope(p);
        const scoped = s.agentIds || s.teamIds || s.vendorIds;
        const rows = await listIdeas(ctx.store, {
          ...s,
          submittedBy: scoped ? p.id : undefined,
          state: req.query.state,
        });
        return {
          items: rows.map(present),
          actions: { submit: can(p, 'ideas.submit'), decide: can(p, 'ideas.decide') },
        };
      },
    );

    app.post(
      '/ideas',
      {
        config: { action: 'ideas.submit' },
        schema: {
          tags: ['coaching'],
          summary: 'Submit an idea (an agent’s own, or a customer’s proposal heard in a callback)',
          body: z.object({
            source: z.enum(IDEA_SOURCES).default('agent'),
            category: z.enum(IDEA_CATEGORIES),
            title: z.string().trim().min(1).max(200),
            body: z.string().trim().min(1).max(4000),
            agentId: z.string().min(1).optional(),
            conversationId: z.string().min(1).optional(),
          }),
          response: { 201: ideaSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'ideas.submit');
        const row = await submitIdea(ctx.store, p, req.body, ctx.now());
        void reply.code(201);
        return present(row);
      },
    );

    app.post(
      '/ideas/:id/move',
      {
        config: { action: 'ideas.decide' },
        schema: {
          tags: ['coaching'],
          summary:
            'Move an idea: under evaluation, adopted (optionally with a reward in fen), declined or duplicate, with a reason; a reward in an approved month is refused (423)',
          params: z.object({ id: z.string() }),
          body: z.object({
            to: z.enum(IDEA_STATES),
            reason: z.string().max(2000).optional(),
            rewardFen: z.number().int().min(0).max(100_000_000).optional(),
            duplicateOf: z.string().optional(),
            effect: z.string().max(2000).optional(),
          }),
          response: { 200: ideaSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'ideas.decide');
        return present(
          await moveIdea(ctx.store, p, req.params.id, req.body, ctx.now(), ctx.settings.timeZone),
        );
      },
    );

    app.post(
      '/ideas/:id/effect',
      {
        config: { action: 'ideas.decide' },
        schema: {
          tags: ['coaching'],
          summary:
            'Record (or correct) the measured effect of an adopted idea: the day, what changed and optionally a metric before and after (audited)',
          params: z.object({ id: z.string() }),
          body: z.object({
            measuredOn: daySchema,
            effect: z.string().trim().min(1).max(2000),
            metric: z.string().trim().max(100).optional(),
            before: z.number().finite().optional(),
            after: z.number().finite().optional(),
          }),
          response: { 200: ideaSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'ideas.decide');
        return present(await recordEffect(ctx.store, p, req.params.id, req.body, ctx.now()));
      },
    );

    const settingsSchema = z.object({
      trainingDays: z.number(),
      earlyUntilDays: z.number(),
      middleUntilDays: z.number(),
    });
    app.get(
      '/coaching/settings',
      {
        config: { action: 'coaching.settings.manage' },
        schema: {
          tags: ['coaching'],
          summary: 'The stage thresholds: pre-line training days, end of the early and of the middle stage',
          response: { 200: z.object({ stages: settingsSchema }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'coaching.settings.manage');
        return { stages: await stageSettings(ctx.store) };
      },
    );

    app.put(
      '/coaching/settings',
      {
        config: { action: 'coaching.settings.manage' },
        schema: {
          tags: ['coaching'],
          summary: 'Change the stage thresholds the stage analysis uses (audited)',
          body: z.object({ stages: stageSettingsSchema }),
          response: { 200: z.object({ stages: settingsSchema }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.settings.manage');
        return { stages: await updateStageSettings(ctx.store, p, req.body.stages, ctx.now()) };
      },
    );

    app.get(
      '/coaching/stages',
      {
        config: { action: 'coaching.stages.read' },
        schema: {
          tags: ['coaching'],
          summary:
            'Stage analysis: each agent’s tenure stage and, per stage, QA score, hits per 100 calls, top rules (typical failures marked) and complaints',
          querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }),
          response: {
            200: z.object({
              today: z.string(),
              settings: z.object({
                trainingDays: z.number(),
                earlyUntilDays: z.number(),
                middleUntilDays: z.number(),
              }),
              stages: z.array(
                z.object({
                  stage: z.enum(STAGES),
                  agents: z.number(),
                  conversations: z.number(),
                  meanScore: z.number().nullable(),
                  hitsPer100: z.number(),
                  complaints: z.number(),
                  meanKpiPoints: z.number().nullable(),
                  topRules: z.array(ruleSchema),
                }),
              ),
              agents: z.array(
                z.object({
                  agentId: z.string(),
                  name: z.string(),
                  teamId: z.string(),
                  stage: z.enum(STAGES).nullable(),
                  hiredOn: z.string().nullable(),
                  onlineOn: z.string().nullable(),
                  conversations: z.number(),
                  meanScore: z.number().nullable(),
                  complaints: z.number(),
                  kpiPoints: z.number().nullable(),
                  topRules: z.array(ruleSchema),
                }),
              ),
              actions: z.object({ editSettings: z.boolean() }),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'coaching.stages.read');
        return {
          ...(await stageAnalysis(ctx.store, p, ctx.now(), req.query.days, ctx.settings.timeZone)),
          actions: { editSettings: can(p, 'coaching.settings.manage') },
        };
      },
    );
    done();
  };
}
