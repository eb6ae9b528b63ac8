// KPI (docs/product.md, seed 002 (五)): import or derive daily call statistics, the monthly KPI table per agent with its
// inputs, one agent's drill-down, and the versioned contract policy.
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { addPolicy, listVisiblePolicies } from '../../kpi/commands.ts';
import { effectiveDailyRows } from '../../settlement/daily-rows.ts';
import { kpiRows, loadKpiInputs } from '../../settlement/kpi.ts';
import { deriveStatsFromConversations, importStatsFile } from '../../settlement/stats-import.ts';
import {
  DERIVED_SOURCE,
  listAgentPlacements,
  listComplaints,
  listIncidents,
  qaScoresOfMonth,
} from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { fieldErrorSchema, monthSchema, narrowScope } from './kpi-common.ts';
import {
  addedPolicySchema,
  agentDetailSchema,
  disciplineWindowSchema,
  kpiRowSchema,
  policyRowSchema,
  presentKpiRow,
} from './kpi-schemas.ts';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const RAW_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/octet-stream',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const sourceSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'letters, digits, _ . - (at most 40)')
  .refine((s) => s !== DERIVED_SOURCE, `"${DERIVED_SOURCE}" is reserved for derived statistics`);

async function uploadedBytes(req: FastifyRequest): Promise<{ bytes: Uint8Array; fileName?: string }> {
  if (req.isMultipart()) {
    const file = await req.file();
    if (!file) throw new AppError('BAD_INPUT', 'multipart upload without a file');
    return { bytes: await file.toBuffer(), fileName: file.filename };
  }
  if (Buffer.isBuffer(req.body) && req.body.length > 0) return { bytes: req.body };
  throw new AppError(
    'BAD_INPUT',
    'send the CSV or XLSX file as the body (text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/octet-stream) or as multipart/form-data',
  );
}

export function kpiRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    void app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 } });
    // Files arrive as bytes: CSV exports are often GBK or UTF-16, which the importer detects itself.
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_r, body, next) =>
      next(null, body),
    );

    app.post(
      '/kpi/stats',
      {
        config: { action: 'kpi.stats.write' },
        schema: {
          tags: ['kpi'],
          summary:
            'Import daily call statistics per agent (CSV or XLSX: agent_id, date, offered, answered, answered_within_20s, abandoned_in_queue[, rated, satisfied, rating_abandoned]); re-importing replaces the same (agent, day, source)',
          querystring: z.object({ source: sourceSchema.default('import') }),
          response: {
            200: z.object({
              importId: z.string(),
              source: z.string(),
              format: z.string(),
              rowsAccepted: z.number(),
              agentDays: z.number(),
              months: z.array(z.string()),
              errors: z.array(fieldErrorSchema),
              skipped: z.array(z.object({ line: z.number(), reason: z.string() })),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'kpi.stats.write');
        const { bytes, fileName } = await uploadedBytes(req);
        return importStatsFile(ctx.store, {
          bytes,
          source: req.query.source,
          timeZone: ctx.settings.timeZone,
          actorUserId: p.id,
          now: ctx.now(),
          ...(fileName ? { fileName } : {}),
        });
      },
    );

    app.post(
      '/kpi/stats/derive',
      {
        config: { action: 'kpi.stats.write' },
        schema: {
          tags: ['kpi'],
          summary:
            'Derive a month’s daily statistics from stored conversations’ meta (answeredWithinMs, survey); replaces the month’s derived rows',
          body: z.object({ month: monthSchema }),
          response: {
            200: z.object({ importId: z.string(), agentDays: z.number(), agents: z.number() }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'kpi.stats.write');
        return deriveStatsFromConversations(ctx.store, {
          month: req.body.month,
          timeZone: ctx.settings.timeZone,
          actorUserId: p.id,
          now: ctx.now(),
        });
      },
    );

    app.get(
      '/kpi',
      {
        config: { action: 'kpi.read' },
        schema: {
          tags: ['kpi'],
          summary:
            'KPI per agent for a month (seed 002): the three items, total, bonus or deduction, with inputs',
          querystring: z.object({
            month: monthSchema,
            vendorId: z.string().optional(),
            teamId: z.string().optional(),
          }),
          response: {
            200: z.object({ month: z.string(), timeZone: z.string(), rows: z.array(kpiRowSchema) }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'kpi.read');
        const tz = ctx.settings.timeZone;
        const placements = await listAgentPlacements(ctx.store, narrowScope(p, req.query));
        const inputs = await loadKpiInputs(ctx.store, placements, req.query.month, tz);
        const rows = kpiRows(placements, inputs, req.query.month, tz).map(presentKpiRow);
        return { month: req.query.month, timeZone: tz, rows };
      },
    );

    app.get(
      '/kpi/policies',
      {
        config: { action: 'kpi.policy.read' },
        schema: {
          tags: ['kpi'],
          summary: 'KPI/settlement policy versions (default and per vendor)',
          response: { 200: z.object({ items: z.array(policyRowSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'kpi.policy.read');
        const mine = await listVisiblePolicies(ctx.store, p);
        return {
          items: mine.map((r) => ({
            id: r.id,
            vendorId: r.vendorId,
            version: r.version,
            effectiveFrom: r.effectiveFrom,
            policy: r.body,
            disciplineWindow: r.disciplineWindow,
            createdAt: r.createdAt.toISOString(),
          })),
        };
      },
    );

    app.post(
      '/kpi/policies',
      {
        config: { action: 'kpi.policy.write' },
        schema: {
          tags: ['kpi'],
          summary:
            'Add a policy version (omitted fields take v1’s values) for a vendor or as the default, from a month on',
          body: z.object({
            vendorId: z.string().min(1).nullable().default(null),
            effectiveFrom: monthSchema,
            policy: z.unknown(),
            disciplineWindow: disciplineWindowSchema.default({ kind: 'rolling-months', months: 12 }),
          }),
          response: { 201: addedPolicySchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'kpi.policy.write');
        const row = await addPolicy(ctx.store, p, req.body, ctx.now());
        void reply.code(201);
        return { id: row.id, version: row.version, vendorId: row.vendorId, effectiveFrom: row.effectiveFrom };
      },
    );

    app.get(
      '/kpi/:agentId',
      {
        config: { action: 'kpi.read' },
        schema: {
          tags: ['kpi'],
          summary:
            'One agent’s KPI for a month with its inputs: daily rows, QA scores, complaints, incidents',
          params: z.object({ agentId: z.string().min(1) }),
          querystring: z.object({ month: monthSchema }),
          response: { 200: agentDetailSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'kpi.read');
        const tz = ctx.settings.timeZone;
        const { month } = req.query;
        const placements = await listAgentPlacements(
          ctx.store,
          narrowScope(p, { agentId: req.params.agentId }),
        );
        const agent = placements[0];
        if (!agent) throw new AppError('NOT_FOUND', `Agent ${req.params.agentId} not found`);
        const inputs = await loadKpiInputs(ctx.store, placements, month, tz);
        const [row] = kpiRows(placements, inputs, month, tz);
        const [qaScores, complaints, incidents] = await Promise.all([
          qaScoresOfMonth(ctx.store, { agentIds: [agent.agentId], month, timeZone: tz }),
          listComplaints(ctx.store, { agentIds: [agent.agentId], month }),
          listIncidents(ctx.store, { agentIds: [agent.agentId] }),
        ]);
        // The same rule the KPI itself uses: derived rows count only for days no imported source covers.
        const counted = new Set(effectiveDailyRows(inputs.daily, DERIVED_SOURCE));
        return {
          month,
          timeZone: tz,
          kpi: row ? presentKpiRow(row) : null,
          daily: inputs.daily.map((d) => ({
            date: d.date,
            source: d.source,
            offered: d.offered,
            answered: d.answered,
            answeredWithin20s: d.answeredWithin20s,
            abandonedInQueue: d.abandonedInQueue,
            rated: d.rated,
            satisfied: d.satisfied,
            ratingAbandoned: d.ratingAbandoned,
            counted: counted.has(d),
          })),
          qaScores,
          complaints: complaints.map((c) => ({
            id: c.id,
            receivedOn: c.receivedOn,
            severity: c.severity,
            decision: c.decision,
            conversationId: c.conversationId,
            description: c.description,
          })),
          incidents: incidents.map((i) => ({
            id: i.id,
            occurredOn: i.occurredOn,
            review: i.review,
            description: i.description,
          })),
        };
      },
    );
    done();
  };
}
