// The IVR's and switch's endpoints (docs/product.md "Integration endpoints": GET /api/ivr/lookup, POST
// /api/ivr/decide), IVR session ingest, the telephony policy settings and the IVR and hang-up reports. The lookup
// answers from the process's in-memory index (src/telephony/lookup-index.ts) and reports its own time in
// `server-timing` (auth = the token check, lookup = the index, total).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { narrowScope } from '../../auth/row-scope.ts';
import { requireAction } from '../../auth/sessions.ts';
import { can } from '../../core/auth/policy.ts';
import { CALLER_CLASSES, IVR_REASONS } from '../../core/telephony/index.ts';
import { addDays, parseLocalDate, startOfDay } from '../../core/time/index.ts';
import { formatZoned } from '../../core/time/zone.ts';
import { parseNumber } from '../../telephony/commands.ts';
import { beforeAfter, hangupReport } from '../../telephony/hangup-report.ts';
import { decideSession, ingestSessions, ivrReport } from '../../telephony/ivr.ts';
import { closeLookupIndex, lookupIndex } from '../../telephony/lookup-index.ts';
import {
  changeTelephonyPolicy,
  loadTelephonyPolicy,
  telephonyPolicySchema,
} from '../../telephony/settings.ts';
import type { AppContext } from '../context.ts';
import { daySchema } from './kpi-common.ts';

const callerClass = z.enum(CALLER_CLASSES);
const questionSchema = z.object({
  intent: z.string().max(200),
  text: z.string().max(2000).optional(),
  atMs: z.number().int().nonnegative().optional(),
});
const sessionSchema = z.object({
  sessionId: z.string().min(1).max(200),
  number: z.string().max(40).optional(),
  elapsedMs: z.number().int().nonnegative(),
  questions: z.array(questionSchema).max(500),
  callerClass: callerClass.optional(),
  queueWaitMs: z.number().int().nonnegative().optional(),
});

const tallySchema = z.object({
  key: z.string(),
  calls: z.number(),
  agent: z.number(),
  customer: z.number(),
  system: z.number(),
  unknown: z.number(),
  agentAllowed: z.number(),
  agentNotAllowed: z.number(),
  agentShare: z.number().nullable(),
  ratio: z.string().nullable().describe('agent:customer in whole percent, as seed 003 writes it (18:82)'),
});
const figuresSchema = z.object({
  calls: z.number(),
  agentHangups: z.number(),
  customerHangups: z.number(),
  agentShare: z.number().nullable(),
  agentNotAllowed: z.number(),
  satisfaction: z.number().nullable(),
  complaints: z.number(),
  repeatCalls: z.number(),
});
const range = z.object({
  from: daySchema,
  to: daySchema.describe('inclusive'),
  teamId: z.string().optional(),
  agentId: z.string().optional(),
  vendorId: z.string().optional(),
});

export function ivrRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const tz = () => ctx.settings.timeZone;
  return (app, _opts, done) => {
    app.addHook('onClose', async () => closeLookupIndex(ctx.store));

    app.get(
      '/ivr/lookup',
      {
        config: { action: 'ivr.lookup' },
        schema: {
          tags: ['telephony'],
          summary: 'Blocklist lookup for a switch during call set-up (in-memory index)',
          querystring: z.object({ number: z.string().min(1).max(40) }),
          response: {
            200: z.object({
              number: z.string(),
              blocked: z.boolean(),
              class: callerClass,
              until: z.string().nullable(),
              entryId: z.string().nullable(),
            }),
          },
        },
      },
      async (req, reply) => {
        // Before the handler: the route guard's token check (a database read) and parsing.
        const before = reply.elapsedTime;
        await requireAction(ctx, req, 'ivr.lookup');
        const t1 = performance.now();
        const number = parseNumber(req.query.number);
        const l = lookupIndex(ctx.store);
        await l.ready;
        const a = l.index.lookup(number, ctx.now().getTime());
        const t2 = performance.now();
        void reply.header(
          'server-timing',
          `auth;dur=${before.toFixed(3)}, lookup;dur=${(t2 - t1).toFixed(3)}, total;dur=${reply.elapsedTime.toFixed(3)}`,
        );
        return {
          number: a.number,
          blocked: a.blocked,
          class: a.class,
          until: a.untilMs === null ? null : formatZoned(a.untilMs, tz()),
          entryId: a.entryId,
        };
      },
    );

    app.post(
      '/ivr/decide',
      {
        config: { action: 'ivr.decide' },
        schema: {
          tags: ['telephony'],
          summary:
            'IVR → human: route to a person (with priority), offer a callback, or continue, with reasons',
          body: sessionSchema,
          response: {
            200: z.object({
              action: z.enum(['human', 'callback', 'continue']),
              priority: z.boolean(),
              reasons: z.array(z.enum(IVR_REASONS)),
              callerClass,
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'ivr.decide');
        const d = await decideSession(ctx.store, req.body, ctx.now());
        return { action: d.action, priority: d.priority, reasons: d.reasons, callerClass: d.callerClass };
      },
    );

    app.post(
      '/ivr/sessions',
      {
        config: { action: 'ivr.ingest' },
        schema: {
          tags: ['telephony'],
          summary: 'Ingest finished IVR sessions (from the IVR’s logs) for the IVR report',
          body: z.object({
            sessions: z
              .array(sessionSchema.extend({ at: z.string().datetime({ offset: true }) }))
              .min(1)
              .max(5000),
          }),
          response: { 200: z.object({ stored: z.number() }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'ivr.ingest');
        return { stored: await ingestSessions(ctx.store, req.body.sessions, ctx.now()) };
      },
    );

    app.get(
      '/ivr/report',
      {
        config: { action: 'ivr.report' },
        schema: {
          tags: ['telephony'],
          summary: 'IVR report: decisions, reasons, most repeated intents, IVR complaints heard by agents',
          querystring: z.object({ from: daySchema, to: daySchema.describe('inclusive') }),
          response: {
            200: z.object({
              sessions: z.number(),
              actions: z.object({ human: z.number(), callback: z.number(), continue: z.number() }),
              priority: z.number(),
              reasons: z.array(z.object({ reason: z.string(), count: z.number() })),
              topIntents: z.array(z.object({ intent: z.string(), sessions: z.number() })),
              complaints: z.object({
                count: z.number(),
                examples: z.array(z.object({ conversationId: z.string(), text: z.string() })),
              }),
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'ivr.report');
        const { from, to } = zoned(req.query.from, req.query.to, tz());
        return ivrReport(ctx.store, from, to);
      },
    );

    app.get(
      '/telephony/actions',
      {
        config: { action: 'hangups.read' },
        schema: {
          tags: ['telephony'],
          summary:
            'What the caller may do on the telephony screens (the UI shows tabs and buttons from this)',
          response: {
            200: z.object({
              blocklistRead: z.boolean(),
              blocklistWrite: z.boolean(),
              approve: z.boolean(),
              classify: z.boolean(),
              hangups: z.boolean(),
              ivrReport: z.boolean(),
              settingsRead: z.boolean(),
              settingsWrite: z.boolean(),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'hangups.read');
        return {
          blocklistRead: can(p, 'blocklist.read'),
          blocklistWrite: can(p, 'blocklist.write'),
          approve: can(p, 'blocklist.approve'),
          classify: can(p, 'callers.classify'),
          hangups: true,
          ivrReport: can(p, 'ivr.report'),
          settingsRead: can(p, 'telephony.settings.read'),
          settingsWrite: can(p, 'telephony.settings.write'),
        };
      },
    );

    app.get(
      '/telephony/settings',
      {
        config: { action: 'telephony.settings.read' },
        schema: {
          tags: ['telephony'],
          summary: 'Telephony policy: approval, review period, IVR thresholds, auto-block pattern',
          response: { 200: telephonyPolicySchema },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'telephony.settings.read');
        return loadTelephonyPolicy(ctx.store);
      },
    );

    app.put(
      '/telephony/settings',
      {
        config: { action: 'telephony.settings.write' },
        schema: {
          tags: ['telephony'],
          summary: 'Change the telephony policy (audited)',
          body: telephonyPolicySchema,
          response: { 200: telephonyPolicySchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'telephony.settings.write');
        return changeTelephonyPolicy(ctx.store, p, req.body, ctx.now());
      },
    );

    app.get(
      '/hangups/report',
      {
        config: { action: 'hangups.read' },
        schema: {
          tags: ['telephony'],
          summary:
            'Agent:customer hang-up ratio per team, agent and day; agent hang-ups allowed / not allowed',
          querystring: range,
          response: {
            200: z.object({
              total: tallySchema,
              byTeam: z.array(tallySchema),
              byAgent: z.array(tallySchema),
              byDay: z.array(tallySchema),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'hangups.read');
        const { from, to } = zoned(req.query.from, req.query.to, tz());
        return hangupReport(ctx.store, narrowScope(p, req.query), from, to, tz());
      },
    );

    app.get(
      '/hangups/before-after',
      {
        config: { action: 'hangups.read' },
        schema: {
          tags: ['telephony'],
          summary:
            'Seed 003 one-month check: hang-up ratio, satisfaction, complaints, repeat calls around a policy date',
          querystring: z.object({
            policyDate: daySchema,
            days: z.coerce.number().int().min(1).max(92).default(30),
            teamId: z.string().optional(),
            agentId: z.string().optional(),
            vendorId: z.string().optional(),
          }),
          response: {
            200: z.object({
              before: figuresSchema,
              after: figuresSchema,
              delta: z.object({
                agentShare: z.number().nullable(),
                satisfaction: z.number().nullable(),
                complaintsPerThousandCalls: z.number().nullable(),
                repeatRate: z.number().nullable(),
              }),
              // Two local days each, first and last; an array of two rather than a tuple, which OpenAPI 3.0 can
              // only write as an anyOf of the same schema twice.
              periods: z.object({
                before: z.array(z.string()).length(2).describe('first and last local day'),
                after: z.array(z.string()).length(2).describe('first and last local day'),
              }),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'hangups.read');
        return beforeAfter(ctx.store, narrowScope(p, req.query), req.query.policyDate, req.query.days, tz());
      },
    );
    done();
  };
}

function zoned(fromDay: string, toDay: string, timeZone: string): { from: Date; to: Date } {
  const from = startOfDay(parseLocalDate(fromDay), timeZone);
  const to = startOfDay(addDays(parseLocalDate(toDay), 1), timeZone);
  return { from, to };
}
