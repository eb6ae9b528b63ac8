// Sampling plans: random %, N per agent per period, targeted (fatal, agent-hangup, complaint-risk, rules).
//   POST  /api/sampling-plans               create (QA lead, admin)
//   GET   /api/sampling-plans               list;  GET /api/sampling-plans/:id  with its recent runs
//   PATCH /api/sampling-plans/:id           rename, (de)activate, schedule, change rule/scope/period
//   POST  /api/sampling-plans/:id/run       run over [from, to): creates review tasks, idempotent
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { PERIOD_KINDS } from '../../core/time/index.ts';
import { planScopeSchema, samplingRuleSchema } from '../../core/review/sampling.ts';
import { createPlan, runPlan, updatePlan } from '../../review/sampling.ts';
import {
  getSamplingPlan,
  listSamplingPlans,
  listSamplingRuns,
  type SamplingPlanRow,
  type SamplingRunRow,
} from '../../store/index.ts';
import { kickWebhooks } from '../../notify/kick.ts';
import type { AppContext } from '../context.ts';
import { declared } from '../declared.ts';
import { presentTask } from './review-present.ts';
import { taskSchema } from './review-schemas.ts';

const isoWithZone = z.iso.datetime({ offset: true });
const idParams = z.object({ id: z.string().min(1).max(100) });

const planSchema = z.object({
  id: z.string(),
  name: z.string(),
  rule: samplingRuleSchema,
  scope: planScopeSchema,
  period: z
    .enum(PERIOD_KINDS)
    .describe('the period a scheduled run samples and the "per period" of N per agent'),
  scheduled: z.boolean().describe('run by the daily job after each period closes'),
  seed: z.number().describe('seed of the random draws: a run is reproducible'),
  active: z.boolean(),
  createdByUserId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const runSchema = z.object({
  id: z.number(),
  planId: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  ranAt: z.string(),
  actorUserId: z.string().nullable().describe('null for a scheduled run'),
  candidates: z.number(),
  created: z.number(),
});

const presentPlan = (p: SamplingPlanRow) =>
  declared(planSchema, {
    ...p,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  });
const presentRun = (r: SamplingRunRow) =>
  declared(runSchema, {
    ...r,
    periodFrom: r.periodFrom.toISOString(),
    periodTo: r.periodTo.toISOString(),
    ranAt: r.ranAt.toISOString(),
  });

export function samplingRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.post(
      '/sampling-plans',
      {
        config: { action: 'sampling.manage' },
        schema: {
          tags: ['sampling'],
          summary: 'Create a sampling plan',
          body: z
            .object({
              name: z.string().min(1).max(200),
              rule: samplingRuleSchema,
              scope: planScopeSchema.default({ kind: 'all' }),
              period: z.enum(PERIOD_KINDS).default('day'),
              scheduled: z.boolean().default(false),
              seed: z.number().int().min(-2147483648).max(2147483647).optional(),
            })
            .strict(),
          response: { 201: planSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'sampling.manage');
        return reply.code(201).send(presentPlan(await createPlan(ctx.store, p.id, req.body, ctx.now())));
      },
    );

    app.get(
      '/sampling-plans',
      {
        config: { action: 'sampling.read' },
        schema: {
          tags: ['sampling'],
          summary: 'Sampling plans',
          response: { 200: z.object({ items: z.array(planSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'sampling.read');
        return { items: (await listSamplingPlans(ctx.store)).map(presentPlan) };
      },
    );

    app.get(
      '/sampling-plans/:id',
      {
        config: { action: 'sampling.read' },
        schema: {
          tags: ['sampling'],
          summary: 'One sampling plan with its recent runs',
          params: idParams,
          response: { 200: planSchema.extend({ runs: z.array(runSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'sampling.read');
        const plan = await getSamplingPlan(ctx.store, req.params.id);
        if (!plan) throw new AppError('NOT_FOUND', `Sampling plan ${req.params.id} not found`);
        return { ...presentPlan(plan), runs: (await listSamplingRuns(ctx.store, plan.id)).map(presentRun) };
      },
    );

    app.patch(
      '/sampling-plans/:id',
      {
        config: { action: 'sampling.manage' },
        schema: {
          tags: ['sampling'],
          summary: 'Change a sampling plan (tasks already created stay); audited',
          params: idParams,
          body: z
            .object({
              name: z.string().min(1).max(200).optional(),
              active: z.boolean().optional(),
              scheduled: z.boolean().optional(),
              rule: samplingRuleSchema.optional(),
              scope: planScopeSchema.optional(),
              period: z.enum(PERIOD_KINDS).optional(),
            })
            .strict(),
          response: { 200: planSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'sampling.manage');
        const row = await updatePlan(ctx.store, p.id, req.params.id, req.body, ctx.now());
        return presentPlan(row);
      },
    );

    app.post(
      '/sampling-plans/:id/run',
      {
        config: { action: 'sampling.run' },
        schema: {
          tags: ['sampling'],
          summary:
            'Run the plan over conversations started in [from, to): creates review tasks assigned evenly to the active inspectors; a re-run adds only what is missing',
          params: idParams,
          body: z.object({ from: isoWithZone, to: isoWithZone }).strict(),
          response: { 200: z.object({ run: runSchema, tasks: z.array(taskSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'sampling.run');
        const plan = await getSamplingPlan(ctx.store, req.params.id);
        if (!plan) throw new AppError('NOT_FOUND', `Sampling plan ${req.params.id} not found`);
        const out = await runPlan(
          ctx.store,
          plan,
          { from: new Date(req.body.from), to: new Date(req.body.to) },
          p.id,
          ctx.now(),
        );
        await kickWebhooks(ctx.jobs);
        return { run: presentRun(out.run), tasks: out.tasks.map(presentTask) };
      },
    );
    done();
  };
}
