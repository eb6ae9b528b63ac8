// Complaints (docs/product.md, seed 002 (一) 扣罚事项-客户投诉): the client's complaint desk registers each complaint against
// an agent and decides whether the vendor is responsible (投诉成立) and how severe it is: minor (轻微有责), general
// (一般有责: the customer threatened external channels) or severe (严重有责: an external body is involved).
// Only decided-responsible complaints become deductions on the vendor's statement of the month received.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import {
  changeComplaint,
  loadComplaint,
  normaliseCallerNumber,
  registerComplaint,
  type ComplaintContext,
} from '../../complaints/commands.ts';
import { listComplaints, type ComplaintRow } from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { COMPLAINT_CHANNELS, DEFAULT_RECOMPLAINT_DAYS } from '../../core/service/causes.ts';
import { callbackDue } from '../../core/service/callbacks.ts';
import { addDays, formatLocalDate, formatZoned, parseLocalDate, startOfDay } from '../../core/time/index.ts';
import { loadCalendar } from '../../review/tasks.ts';
import { findRecentComplaint, searchCallsForComplaint } from '../../store/index.ts';
import { changeComplaintCause, ensureComplaintCauses } from '../../service/setup.ts';
import { listComplaintCauses } from '../../store/index.ts';
import { daySchema, monthSchema, narrowScope } from './kpi-common.ts';

const severity = z.enum(['minor', 'general', 'severe']);
const decision = z.enum(['pending', 'responsible', 'not_responsible']);

const complaintSchema = z.object({
  id: z.string(),
  receivedOn: z.string(),
  agentId: z.string(),
  teamId: z.string(),
  vendorId: z.string(),
  severity,
  decision,
  responsible: z.boolean().nullable().describe('null while pending'),
  conversationId: z.string().nullable(),
  description: z.string(),
  decisionNote: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  causeId: z.string().nullable().describe('seed 004 cause (GET /api/complaint-causes)'),
  callerNumber: z.string().nullable().describe('masked for roles that do not see personal numbers'),
  channel: z.enum(COMPLAINT_CHANNELS).nullable(),
  repeatOfId: z
    .string()
    .nullable()
    .describe('an earlier complaint of the same caller or call (re-complaint)'),
});

function present(c: ComplaintRow): z.infer<typeof complaintSchema> {
  return {
    id: c.id,
    receivedOn: c.receivedOn,
    agentId: c.agentId,
    teamId: c.teamId,
    vendorId: c.vendorId,
    severity: c.severity,
    decision: c.decision,
    /** null while pending. */
    responsible: c.decision === 'pending' ? null : c.decision === 'responsible',
    conversationId: c.conversationId,
    description: c.description,
    decisionNote: c.decisionNote,
    decidedBy: c.decidedByUserId,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    createdBy: c.createdByUserId,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    causeId: c.causeId,
    callerNumber: c.callerNumber,
    channel: c.channel,
    repeatOfId: c.repeatOfId,
  };
}

export function complaintRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const cmd = (): ComplaintContext => ({ store: ctx.store, now: ctx.now() });
  const cmd2 = () => ({ store: ctx.store, now: ctx.now(), timeZone: ctx.settings.timeZone });

  return (app, _opts, done) => {
    app.get(
      '/complaints',
      {
        config: { action: 'complaints.read' },
        schema: {
          tags: ['complaints'],
          summary: 'Complaints in the caller’s scope, newest first',
          querystring: z.object({
            month: monthSchema.optional(),
            vendorId: z.string().optional(),
            teamId: z.string().optional(),
            agentId: z.string().optional(),
            decision: decision.optional(),
          }),
          response: { 200: z.object({ items: z.array(complaintSchema) }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaints.read');
        const rows = await listComplaints(ctx.store, {
          ...narrowScope(p, req.query),
          month: req.query.month,
          decision: req.query.decision,
        });
        return { items: rows.map(present) };
      },
    );

    app.get(
      '/complaints/:id',
      {
        config: { action: 'complaints.read' },
        schema: {
          tags: ['complaints'],
          summary: 'One complaint',
          params: z.object({ id: z.string() }),
          response: { 200: complaintSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaints.read');
        return present(await loadComplaint(ctx.store, p, req.params.id));
      },
    );

    app.post(
      '/complaints',
      {
        config: { action: 'complaints.write' },
        schema: {
          tags: ['complaints'],
          summary: 'Register a complaint (optionally already decided)',
          body: z.object({
            receivedOn: daySchema,
            agentId: z.string().min(1),
            severity,
            decision: decision.default('pending'),
            conversationId: z.string().min(1).optional(),
            description: z.string().trim().min(1).max(4000),
            decisionNote: z.string().max(2000).optional(),
            causeId: z.string().min(1).optional(),
            callerNumber: z
              .string()
              .regex(/^[+\d][\d\s-]{4,24}$/, 'a phone number')
              .optional(),
            channel: z.enum(COMPLAINT_CHANNELS).optional(),
          }),
          response: { 201: complaintSchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'complaints.write');
        const row = await registerComplaint(cmd(), p, req.body);
        void reply.code(201);
        return present(row);
      },
    );

    app.patch(
      '/complaints/:id',
      {
        config: { action: 'complaints.write' },
        schema: {
          tags: ['complaints'],
          summary:
            'Decide responsibility and severity, or correct the record; refused (423) once the month’s statement is approved',
          params: z.object({ id: z.string() }),
          body: z
            .object({
              severity: severity.optional(),
              decision: decision.optional(),
              decisionNote: z.string().max(2000).nullable().optional(),
              description: z.string().trim().min(1).max(4000).optional(),
              conversationId: z.string().min(1).nullable().optional(),
              receivedOn: daySchema.optional(),
            })
            .refine((b) => Object.keys(b).length > 0, 'nothing to change'),
          response: { 200: complaintSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaints.write');
        const row = await changeComplaint(cmd(), p, req.params.id, req.body);
        return present(row);
      },
    );
    // The intake's call picker (the linked call is picked, not typed): calls the desk may link, by id or caller
    // number fragment, agent and day. registerComplaint still checks the call exists and is the agent's.
    app.get(
      '/complaints/calls',
      {
        config: { action: 'complaints.write' },
        schema: {
          tags: ['complaints'],
          summary: 'Search calls to link to a new complaint: id or caller-number fragment, agent, local day',
          querystring: z.object({
            q: z.string().trim().max(100).optional(),
            agentId: z.string().optional(),
            day: daySchema.optional(),
          }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  agentId: z.string().nullable(),
                  channel: z.enum(['voice', 'chat']),
                  startedAt: z.string().nullable(),
                  callerNumber: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaints.write');
        const tz = ctx.settings.timeZone;
        const day = req.query.day ? parseLocalDate(req.query.day) : undefined;
        const rows = await searchCallsForComplaint(ctx.store, {
          ...narrowScope(p, { agentId: req.query.agentId }),
          text: req.query.q || undefined,
          from: day ? startOfDay(day, tz) : undefined,
          to: day ? startOfDay(addDays(day, 1), tz) : undefined,
          limit: 20,
        });
        return {
          items: rows.map((r) => ({
            id: r.id,
            agentId: r.agentId,
            channel: r.channel,
            startedAt: r.startedAt ? formatZoned(r.startedAt.getTime(), tz) : null,
            callerNumber: r.callerNumber,
          })),
        };
      },
    );

    // What the intake form shows before saving: the callback due day by seed 002 (三) ("隔天回访": the next working
    // day) and an earlier complaint of the same caller or call within the re-complaint window.
    app.get(
      '/complaints/intake-check',
      {
        config: { action: 'complaints.write' },
        schema: {
          tags: ['complaints'],
          summary: 'Callback due day and re-complaint warning for a complaint about to be registered',
          querystring: z.object({
            receivedOn: daySchema,
            callerNumber: z.string().max(40).optional(),
            conversationId: z.string().optional(),
          }),
          response: {
            200: z.object({
              callbackDueOn: z.string(),
              recomplaintDays: z.number().int(),
              repeatOf: z.object({ id: z.string(), receivedOn: z.string(), agentId: z.string() }).nullable(),
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'complaints.write');
        const { receivedOn } = req.query;
        const cal = await loadCalendar(ctx.store);
        const callerNumber = req.query.callerNumber ? normaliseCallerNumber(req.query.callerNumber) : null;
        const repeat = await findRecentComplaint(ctx.store, {
          callerNumber: callerNumber || null,
          conversationId: req.query.conversationId ?? null,
          since: formatLocalDate(addDays(parseLocalDate(receivedOn), -DEFAULT_RECOMPLAINT_DAYS)),
          until: receivedOn,
        });
        return {
          callbackDueOn: callbackDue(receivedOn, ctx.settings.timeZone, cal).dueOn,
          recomplaintDays: DEFAULT_RECOMPLAINT_DAYS,
          repeatOf: repeat ? { id: repeat.id, receivedOn: repeat.receivedOn, agentId: repeat.agentId } : null,
        };
      },
    );

    const causeSchema = z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      group: z.string(),
      active: z.boolean(),
      version: z.number(),
    });
    const presentCause = (c: z.infer<typeof causeSchema>): z.infer<typeof causeSchema> => ({
      id: c.id,
      name: c.name,
      nameEn: c.nameEn,
      group: c.group,
      active: c.active,
      version: c.version,
    });

    app.get(
      '/complaint-causes',
      {
        config: { action: 'complaintCauses.read' },
        schema: {
          tags: ['complaints'],
          summary: 'The complaint-cause taxonomy (seed 004), editable; version = the list’s latest edit',
          querystring: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
          response: { 200: z.object({ version: z.number(), items: z.array(causeSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'complaintCauses.read');
        await ensureComplaintCauses(ctx.store);
        const rows = await listComplaintCauses(ctx.store, {
          includeInactive: req.query.includeInactive === 'true',
        });
        return { version: Math.max(1, ...rows.map((r) => r.version)), items: rows.map(presentCause) };
      },
    );

    app.patch(
      '/complaint-causes/:id',
      {
        config: { action: 'complaintCauses.manage' },
        schema: {
          tags: ['complaints'],
          summary: 'Rename, reorder or retire a complaint cause (audited)',
          params: z.object({ id: z.string() }),
          body: z
            .object({
              name: z.string().trim().min(1).max(200).optional(),
              nameEn: z.string().trim().min(1).max(200).optional(),
              active: z.boolean().optional(),
              sortOrder: z.number().int().min(0).max(100_000).optional(),
            })
            .refine((b) => Object.keys(b).length > 0, 'nothing to change'),
          response: { 200: causeSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'complaintCauses.manage');
        await ensureComplaintCauses(ctx.store);
        return presentCause(await changeComplaintCause(cmd2(), p, req.params.id, req.body));
      },
    );
    done();
  };
}
