// Review queue and review work (docs/product.md "Review, appeals, sampling and calibration"):
//   GET  /api/review/tasks                      the caller's queue (an inspector's own; QA lead and admin all)
//   GET  /api/review/tasks/:id                  one task: transcript, hits, verdicts, deductions, score preview
//   PUT  /api/review/tasks/:id/hits/:hit        confirm or reject one machine hit, with a reason
//   PUT  /api/review/tasks/:id/items/:item      manual deduction on a manual scorecard item (0 removes it)
//   POST /api/review/tasks/:id/finalize         compute and store the final score; opens the appeal period
//   GET  /api/reviews, /api/reviews/:id         finalized reviews in the caller's data scope (agents: their own)
//   GET/PUT /api/review/calendar                holidays and make-up working days for appeal deadlines
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { dataScope } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { localDateText } from '../../core/time/index.ts';
import { VERDICTS } from '../../core/review/types.ts';
import { deductItem, finalizeTask, judgeHit, readTask } from '../../review/tasks.ts';
import { listReviewTasks, listWorkCalendar } from '../../store/index.ts';
import { replaceWorkingDays } from '../../review/calendar.ts';
import { kickWebhooks } from '../../notify/kick.ts';
import type { AppContext } from '../context.ts';
import { presentTaskListItem, presentTaskView } from './review-present.ts';
import { taskPageSchema, taskViewSchema } from './review-schemas.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};
const reason = z.string().max(2000).default('');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoWithZone = z.iso.datetime({ offset: true });
const calendarSchema = z.object({
  timeZone: z.string(),
  days: z.array(z.object({ day: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() })),
  years: z
    .array(z.object({ year: z.number(), holidays: z.number(), workdays: z.number() }))
    .describe('the years the stored days cover, in order'),
  thisYear: z.number(),
  nextYear: z.number(),
  thisYearMissing: z.boolean(),
  nextYearMissing: z.boolean().describe('next year’s holidays are published by the State Council in Q4'),
});

export function reviewRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/review/tasks',
      {
        config: { action: 'review.tasks.read' },
        schema: {
          tags: ['review'],
          summary:
            'Review tasks: an inspector sees their own queue, QA lead and admin every task (oldest first)',
          querystring: z.object({
            status: z.enum(['open', 'finalized']).optional(),
            inspector: z.string().optional(),
            conversationId: z.string().optional(),
            ...page,
          }),
          response: { 200: taskPageSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'review.tasks.read');
        const q = req.query;
        const inspector = p.role === 'qa_inspector' ? p.id : q.inspector;
        const { items, total } = await listReviewTasks(ctx.store, {
          status: q.status,
          inspectorUserId: inspector,
          conversationId: q.conversationId,
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        });
        return {
          total,
          items: items.map(presentTaskListItem),
        };
      },
    );

    app.get(
      '/review/tasks/:id',
      {
        config: { action: 'review.tasks.read' },
        schema: {
          tags: ['review'],
          summary: 'One review task with everything needed to review it',
          params: idParams,
          response: { 200: taskViewSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'review.tasks.read');
        return presentTaskView(ctx.store, p, await readTask(ctx.store, p, req.params.id));
      },
    );

    app.put(
      '/review/tasks/:id/hits/:hit',
      {
        config: { action: 'review.tasks.work' },
        schema: {
          tags: ['review'],
          summary: 'Confirm or reject one machine hit (a rejection needs a reason); audited',
          params: idParams.extend({ hit: z.coerce.number().int().min(0) }),
          body: z.object({ verdict: z.enum(VERDICTS), reason }).strict(),
          response: { 200: taskViewSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'review.tasks.work');
        const v = await judgeHit(
          ctx.store,
          p,
          req.params.id,
          { hit: req.params.hit, ...req.body },
          ctx.now(),
        );
        return presentTaskView(ctx.store, p, v);
      },
    );

    app.put(
      '/review/tasks/:id/items/:item',
      {
        config: { action: 'review.tasks.work' },
        schema: {
          tags: ['review'],
          summary:
            'Deduct on a manual scorecard item (seed 002 事件判断不正确 …); 0 occurrences removes it; audited',
          params: idParams.extend({ item: z.string().min(1).max(100) }),
          body: z.object({ occurrences: z.number().int().min(0).max(50), reason }).strict(),
          response: { 200: taskViewSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'review.tasks.work');
        const v = await deductItem(
          ctx.store,
          p,
          req.params.id,
          { item: req.params.item, ...req.body },
          ctx.now(),
        );
        return presentTaskView(ctx.store, p, v);
      },
    );

    app.post(
      '/review/tasks/:id/finalize',
      {
        config: { action: 'review.tasks.work' },
        schema: {
          tags: ['review'],
          summary:
            'Finalize: store the final score (shown instead of the machine score) and open the appeal period; an optional comment to the agent goes with the review',
          params: idParams,
          body: z
            .object({ comment: z.string().max(2000).optional() })
            .strict()
            .nullish(),
          response: { 200: taskViewSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'review.tasks.work');
        const v = await finalizeTask(
          ctx.store,
          p,
          req.params.id,
          ctx.now(),
          ctx.settings.timeZone,
          req.body?.comment,
        );
        await kickWebhooks(ctx.jobs);
        return presentTaskView(ctx.store, p, v);
      },
    );

    app.get(
      '/reviews',
      {
        config: { action: 'reviews.read' },
        schema: {
          tags: ['review'],
          summary: 'Finalized reviews in the caller’s scope, newest first (an agent sees their own)',
          querystring: z.object({
            conversationId: z.string().optional(),
            from: isoWithZone.optional(),
            to: isoWithZone.optional(),
            ...page,
          }),
          response: { 200: taskPageSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'reviews.read');
        const q = req.query;
        const { items, total } = await listReviewTasks(ctx.store, {
          status: 'finalized',
          scope: dataScope(p),
          conversationId: q.conversationId,
          finalizedFrom: q.from ? new Date(q.from) : undefined,
          finalizedTo: q.to ? new Date(q.to) : undefined,
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        });
        return {
          total,
          items: items.map(presentTaskListItem),
        };
      },
    );

    app.get(
      '/reviews/:id',
      {
        config: { action: 'reviews.read' },
        schema: {
          tags: ['review'],
          summary: 'One finalized review with its verdicts, deductions and appeals',
          params: idParams,
          response: { 200: taskViewSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'reviews.read');
        const v = await readTask(ctx.store, p, req.params.id);
        if (v.task.status !== 'finalized')
          throw new AppError('NOT_FOUND', `Review ${req.params.id} not found`);
        return presentTaskView(ctx.store, p, v);
      },
    );

    /**
     * The calendar with the years it covers. The next year's holidays are published by the State Council in Q4
     * (src/ops/holidays.ts); a year without any stored day is missing and the screen warns about it.
     */
    const calendarView = (days: Awaited<ReturnType<typeof listWorkCalendar>>) => {
      const thisYear = Number(localDateText(ctx.now(), ctx.settings.timeZone).slice(0, 4));
      const years = new Map<number, { year: number; holidays: number; workdays: number }>();
      for (const d of days) {
        const year = Number(d.day.slice(0, 4));
        const y = years.get(year) ?? { year, holidays: 0, workdays: 0 };
        if (d.kind === 'holiday') y.holidays++;
        else y.workdays++;
        years.set(year, y);
      }
      return {
        timeZone: ctx.settings.timeZone,
        days,
        years: [...years.values()].sort((a, b) => a.year - b.year),
        thisYear,
        nextYear: thisYear + 1,
        thisYearMissing: !years.has(thisYear),
        nextYearMissing: !years.has(thisYear + 1),
      };
    };

    app.get(
      '/review/calendar',
      {
        config: { action: 'calendar.read' },
        schema: {
          tags: ['review'],
          summary: 'Public holidays and make-up working days (调休) used for appeal deadlines',
          response: { 200: calendarSchema },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'calendar.read');
        return calendarView(await listWorkCalendar(ctx.store));
      },
    );

    app.put(
      '/review/calendar',
      {
        config: { action: 'calendar.manage' },
        schema: {
          tags: ['review'],
          summary:
            'Replace the holidays and make-up working days within [from, to] (inclusive days); audited',
          body: z
            .object({
              from: day,
              to: day,
              days: z
                .array(
                  z.object({
                    day,
                    kind: z.enum(['holiday', 'workday']),
                    name: z.string().max(100).default(''),
                  }),
                )
                .max(400),
            })
            .strict(),
          response: { 200: calendarSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'calendar.manage');
        await replaceWorkingDays(ctx.store, p, req.body);
        return calendarView(await listWorkCalendar(ctx.store));
      },
    );
    done();
  };
}
