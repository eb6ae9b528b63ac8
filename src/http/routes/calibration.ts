// Calibration sessions (docs/product.md "Review, appeals, sampling and calibration"):
//   POST /api/calibration-sessions                            create: conversations + invited inspectors (QA lead)
//   GET  /api/calibration-sessions                            QA lead/admin all; an inspector the ones they are in
//   GET  /api/calibration-sessions/:id                        conversations and hits; own scores only until closed
//   PUT  /api/calibration-sessions/:id/scores/:conversationId an invited inspector's blind score
//   POST /api/calibration-sessions/:id/close                  close and report agreement
//   GET  /api/calibration-sessions/:id/report                 the report (after close)
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { VERDICTS } from '../../core/review/types.ts';
import {
  closeSession,
  createSession,
  readSession,
  sessionReport,
  submitScore,
} from '../../review/calibration.ts';
import {
  getConversation,
  getResultById,
  listCalibrationSessions,
  type CalibrationScoreRow,
  type CalibrationSessionRow,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { CalibrationReport } from '../../core/review/calibration.ts';
import { declared } from '../declared.ts';
import { conversationBodySchema, hitSchema, storedHits } from './result-schemas.ts';

const idParams = z.object({ id: z.coerce.number().int().positive() });

const sessionSchema = z.object({
  id: z.number(),
  name: z.string(),
  status: z.enum(['open', 'closed']),
  createdByUserId: z.string(),
  leadUserId: z
    .string()
    .nullable()
    .describe('the reference rater the others are compared with (a QA lead taking part), if any'),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
const scoreSchema = z.object({
  sessionId: z.number(),
  userId: z.string(),
  conversationId: z.string(),
  hits: z.array(z.object({ hit: z.number(), verdict: z.enum(VERDICTS), reason: z.string() })),
  deductions: z.array(z.object({ item: z.string(), occurrences: z.number(), reason: z.string() })),
  total: z.number(),
  submittedAt: z.string(),
});
const agreementSchema = z.object({
  key: z.string().describe('`rule:<rule id>` for machine hits, `item:<scorecard item id>` for manual items'),
  units: z.number(),
  observed: z.number().nullable(),
  fleiss: z.number().nullable(),
  cohen: z.number().nullable().describe('Cohen’s kappa when exactly two inspectors rated'),
});
const reportSchema = z.object({
  raters: z.array(z.string()),
  overall: agreementSchema,
  items: z.array(agreementSchema),
  inspectors: z.array(
    z.object({
      userId: z.string(),
      conversations: z.number(),
      withMajority: z.object({ units: z.number(), agreement: z.number().nullable() }),
      withLead: z
        .object({ units: z.number(), agreement: z.number().nullable(), kappa: z.number().nullable() })
        .nullable(),
      meanScoreDeviation: z
        .number()
        .nullable()
        .describe('mean |own total − mean of the others’ totals| over the conversations both scored'),
    }),
  ),
});
const detailSchema = z.object({
  session: sessionSchema,
  participants: z.array(z.string()),
  conversations: z.array(
    z.object({
      conversationId: z.string(),
      conversationVersion: z.number(),
      conversation: conversationBodySchema.nullable(),
      hits: z.array(hitSchema.extend({ index: z.number() })),
    }),
  ),
  scores: z.array(scoreSchema),
  report: reportSchema.nullable().describe('once the session is closed'),
});

const presentSession = (s: CalibrationSessionRow) =>
  declared(sessionSchema, {
    ...s,
    createdAt: s.createdAt.toISOString(),
    closedAt: s.closedAt?.toISOString() ?? null,
  });
const presentScore = (s: CalibrationScoreRow) =>
  declared(scoreSchema, { ...s, submittedAt: s.submittedAt.toISOString() });
const presentReport = (r: CalibrationReport) =>
  declared(reportSchema, {
    raters: [...r.raters],
    overall: r.overall,
    items: [...r.items],
    inspectors: [...r.inspectors],
  });

export function calibrationRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.post(
      '/calibration-sessions',
      {
        config: { action: 'calibration.manage' },
        schema: {
          tags: ['calibration'],
          summary:
            'Create a calibration session: the same conversations scored blind by the invited inspectors',
          body: z
            .object({
              name: z.string().min(1).max(200),
              conversationIds: z.array(z.string().min(1)).min(1).max(100),
              inspectorUserIds: z.array(z.string().min(1)).min(2).max(50),
            })
            .strict(),
          response: { 201: sessionSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'calibration.manage');
        return reply.code(201).send(presentSession(await createSession(ctx.store, p, req.body, ctx.now())));
      },
    );

    app.get(
      '/calibration-sessions',
      {
        config: { action: 'calibration.read' },
        schema: {
          tags: ['calibration'],
          summary: 'Calibration sessions',
          response: { 200: z.object({ items: z.array(sessionSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'calibration.read');
        const manager = p.role === 'admin' || p.role === 'qa_lead';
        return {
          items: (await listCalibrationSessions(ctx.store, manager ? undefined : p.id)).map(presentSession),
        };
      },
    );

    app.get(
      '/calibration-sessions/:id',
      {
        config: { action: 'calibration.read' },
        schema: {
          tags: ['calibration'],
          summary:
            'A session: conversations with their machine hits; the caller’s own scores until it is closed',
          params: idParams,
          response: { 200: detailSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'calibration.read');
        const s = await readSession(ctx.store, p, req.params.id);
        const conversations = [];
        for (const c of s.conversations) {
          const [conv, result] = await Promise.all([
            getConversation(ctx.store, c.conversationId, c.conversationVersion),
            getResultById(ctx.store, c.resultId),
          ]);
          conversations.push({
            conversationId: c.conversationId,
            conversationVersion: c.conversationVersion,
            conversation: conv ? conv.conversation.body : null,
            // Machine hits only: the blind score starts from what the machine found, not from a reviewer's verdict.
            hits: storedHits(result?.hits ?? []).map((h, index) => ({
              index,
              ...h,
            })),
          });
        }
        return declared(detailSchema, {
          session: presentSession(s.session),
          participants: s.participants,
          conversations,
          scores: s.scores.map(presentScore),
          report: s.report && presentReport(s.report),
        });
      },
    );

    app.put(
      '/calibration-sessions/:id/scores/:conversationId',
      {
        config: { action: 'calibration.score' },
        schema: {
          tags: ['calibration'],
          summary: 'Submit (or replace) your blind score of one conversation while the session is open',
          params: idParams.extend({ conversationId: z.string().min(1) }),
          body: z
            .object({
              hits: z
                .array(
                  z.object({
                    hit: z.number().int().min(0),
                    verdict: z.enum(VERDICTS),
                    reason: z.string().max(2000).default(''),
                  }),
                )
                .max(500),
              deductions: z
                .array(
                  z.object({
                    item: z.string().min(1).max(100),
                    occurrences: z.number().int().min(0).max(50),
                    reason: z.string().max(2000).default(''),
                  }),
                )
                .max(50)
                .default([]),
            })
            .strict(),
          response: { 200: scoreSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'calibration.score');
        const row = await submitScore(
          ctx.store,
          p,
          req.params.id,
          req.params.conversationId,
          req.body,
          ctx.now(),
        );
        return presentScore(row);
      },
    );

    app.post(
      '/calibration-sessions/:id/close',
      {
        config: { action: 'calibration.manage' },
        schema: {
          tags: ['calibration'],
          summary: 'Close the session and report agreement',
          params: idParams,
          response: { 200: reportSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'calibration.manage');
        return presentReport(await closeSession(ctx.store, p, req.params.id, ctx.now()));
      },
    );

    app.get(
      '/calibration-sessions/:id/report',
      {
        config: { action: 'calibration.read' },
        schema: {
          tags: ['calibration'],
          summary:
            'Agreement per item (Fleiss’ and Cohen’s kappa) and per inspector, once the session is closed',
          params: idParams,
          response: { 200: reportSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'calibration.read');
        const s = await readSession(ctx.store, p, req.params.id);
        if (s.session.status !== 'closed')
          throw new AppError('CONFLICT', 'The report is available once the session is closed');
        return presentReport(await sessionReport(ctx.store, req.params.id));
      },
    );
    done();
  };
}
