// Live calls and alerts (docs/product.md "Integration endpoints": live calls):
//   POST /api/live/calls                       open a call in progress (integration token)
//   POST /api/live/calls/:callId/segments      a transcript segment, partial or final → 202 (+ alerts it raised)
//   POST /api/live/calls/:callId/events        hold / transfer / hang-up as in conversation v1 → 202
//   POST /api/live/calls/:callId/end           stored as a conversation through ingest and scored in full
//   GET  /api/live/calls                       the wall: calls in progress, latest lines, open alerts (scoped)
//   GET  /api/live/calls/:callId               one call: its lines, live hits and the live-vs-final diff
//   GET  /api/live/alerts                      alert history with counts (report)
//   POST /api/live/alerts/:id/handle           acknowledge / take over / dismiss with a reason
//   GET  /api/live/alert-rules, PUT /api/live/alert-rules/:id   which hits alert whom
//   GET  /api/live/alerts/stream               server-sent events (`event: alert`, `event: line`, `event: call`)
//   GET  /api/live/ws                          the ingest endpoints above over one WebSocket (live-ws.ts)
import { setLiveCallsHeldSource } from '../../ops/metrics.ts';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { can } from '../../core/auth/policy.ts';
import { dataScope, inScope, type Principal } from '../../core/auth/roles.ts';
import { eventSchema } from '../../core/conversation/schema.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { alertVisibleTo, AUDIENCES, SEVERITIES, type AlertRule } from '../../core/live/alerts.ts';
import { diffLiveFinal } from '../../core/live/diff.ts';
import { loadAlertRules, saveAlertRule } from '../../live/alert-rules.ts';
import { openLiveBus } from '../../live/bus.ts';
import { endCall, escalateDueAlerts, handleAlert } from '../../live/commands.ts';
import { alertData, LiveHub } from '../../live/hub.ts';
import { openSseStream } from '../../live/sse.ts';
import {
  getLatestResult,
  getLiveCall,
  latestSegments,
  listLiveAlerts,
  countLiveAlerts,
  liveCallsInProgress,
  liveHitsOf,
  liveSegmentsOf,
  userDisplayNames,
} from '../../store/index.ts';
import { LIVE_ALERT_STATES } from '../../store/schema/index.ts';
import type { AppContext } from '../context.ts';
import { openCallBody, segmentBody } from './live-schemas.ts';
import { liveWsRoutes } from './live-ws.ts';

const ESCALATION_SWEEP_MS = 5000;
const WALL_LINES = 4;

const alertSchema = z.object({
  id: z.string(),
  callId: z.string(),
  agentId: z.string(),
  rule: z.string(),
  text: z.string(),
  turn: z.number(),
  at: z.string(),
  severity: z.enum(SEVERITIES),
  state: z.enum(LIVE_ALERT_STATES),
  escalated: z.boolean(),
});
const lineSchema = z.object({ seq: z.number(), role: z.string(), text: z.string() });
const spanSchema = z.object({
  rule: z.string(),
  turn: z.number(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
});
const alertRuleSchema = z.object({
  id: z.string(),
  name: z.string(),
  rules: z.array(z.string()),
  severity: z.enum(SEVERITIES),
  audiences: z.array(z.enum(AUDIENCES)),
  escalateAfterSeconds: z.number().int().nullable(),
  enabled: z.boolean(),
});
/** A stored final hit as a span (stored hits are the contract's Hit, kept as JSON). */
const spanOf = (h: Record<string, unknown>) => ({
  rule: String(h.rule),
  turn: Number(h.turn),
  start: Number(h.start),
  end: Number(h.end),
  text: typeof h.text === 'string' ? h.text : '',
});
const presentRule = (r: AlertRule & { name: string }) => ({
  ...r,
  rules: [...r.rules],
  audiences: [...r.audiences],
});
/** What the caller may do on the live screens (the UI shows buttons from these, never from role names). */
const liveActionsSchema = z.object({ handle: z.boolean(), configure: z.boolean() });
const liveActions = (p: Principal) => ({
  handle: can(p, 'live.alerts.handle'),
  configure: can(p, 'live.alerts.configure'),
});
const callParams = z.object({ callId: z.string().min(1).max(200) });

export function liveRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    let hub: LiveHub | undefined;
    let sweep: NodeJS.Timeout | undefined;
    const ready = (async () => {
      hub = new LiveHub(ctx.store, await openLiveBus(ctx.store), () => ctx.now());
      const held = hub;
      setLiveCallsHeldSource(() => held.size);
      // Escalation with second-level precision; the claim is atomic, so every process may sweep.
      sweep = setInterval(
        () => void escalateDueAlerts(ctx.store, ctx.jobs, ctx.now()).catch(() => {}),
        ESCALATION_SWEEP_MS,
      );
      sweep.unref();
      return hub;
    })();
    ready.catch(() => {});
    const liveHub = () => ready;
    app.addHook('onClose', async () => {
      if (sweep) clearInterval(sweep);
      await hub?.bus.close();
    });

    // The same commands over a WebSocket, for switches that hold a socket (GET /api/live/ws).
    void app.register(liveWsRoutes(ctx, liveHub));

    app.post(
      '/live/calls',
      {
        config: { action: 'live.ingest' },
        schema: {
          tags: ['live'],
          summary: 'Open a live call (an integration streams its transcript in)',
          body: openCallBody,
          response: { 201: z.object({ callId: z.string(), state: z.literal('live'), created: z.boolean() }) },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'live.ingest');
        const r = await (await liveHub()).open(p, req.body);
        void reply.code(201);
        return { callId: req.body.callId, state: 'live' as const, created: r.created };
      },
    );

    app.post(
      '/live/calls/:callId/segments',
      {
        config: { action: 'live.ingest' },
        schema: {
          tags: ['live'],
          summary: 'A transcript segment of a live call; final segments are checked at once',
          description:
            'Partial segments (final: false) show on the wall and give provisional hits only; a final segment is ' +
            'checked with the rules that decide mid-call and answers the alerts it raised.',
          params: callParams,
          body: segmentBody,
          response: {
            202: z.object({
              accepted: z.literal(true),
              seq: z.number().nullable(),
              alerts: z.array(alertSchema),
            }),
          },
        },
      },
      async (req, reply) => {
        await requireAction(ctx, req, 'live.ingest');
        const r = await (await liveHub()).segment(req.params.callId, req.body);
        void reply.code(202);
        return { accepted: true as const, ...r };
      },
    );

    app.post(
      '/live/calls/:callId/events',
      {
        config: { action: 'live.ingest' },
        schema: {
          tags: ['live'],
          summary: 'A call event (hold, transfer, hang-up) as in conversation v1',
          params: callParams,
          body: eventSchema,
          response: { 202: z.object({ accepted: z.literal(true) }) },
        },
      },
      async (req, reply) => {
        await requireAction(ctx, req, 'live.ingest');
        await (await liveHub()).event(req.params.callId, req.body);
        void reply.code(202);
        return { accepted: true as const };
      },
    );

    app.post(
      '/live/calls/:callId/end',
      {
        config: { action: 'live.ingest' },
        schema: {
          tags: ['live'],
          summary: 'End a live call: it is stored as a conversation and scored in full',
          params: callParams,
          response: {
            202: z.object({ callId: z.string(), conversationId: z.string(), batchId: z.string() }),
          },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'live.ingest');
        const r = await endCall(await liveHub(), ctx.jobs, p, req.params.callId, ctx.now());
        void reply.code(202);
        return r;
      },
    );

    app.get(
      '/live/calls',
      {
        config: { action: 'live.read' },
        schema: {
          tags: ['live'],
          summary:
            'Calls in progress with their latest lines and open alerts (the wall), in the caller’s scope',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  callId: z.string(),
                  agentId: z.string(),
                  teamId: z.string().nullable(),
                  startedAt: z.string(),
                  lines: z.array(lineSchema),
                  alerts: z.array(alertSchema),
                }),
              ),
              actions: liveActionsSchema,
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'live.read');
        const calls = await liveCallsInProgress(ctx.store, dataScope(p));
        const ids = calls.map((c) => c.callId);
        const [lines, alerts] = await Promise.all([
          latestSegments(ctx.store, ids, WALL_LINES),
          listLiveAlerts(ctx.store, dataScope(p), { state: 'open', limit: 1000 }),
        ]);
        return {
          items: calls.map((c) => ({
            callId: c.callId,
            agentId: c.agentId,
            teamId: c.teamId,
            startedAt: c.startedAt.toISOString(),
            lines: lines
              .filter((l) => l.callId === c.callId)
              .map((l) => ({ seq: l.seq, role: l.role, text: l.text })),
            alerts: alerts.filter((a) => a.callId === c.callId && alertVisibleTo(p, a)).map(alertData),
          })),
          actions: liveActions(p),
        };
      },
    );

    app.get(
      '/live/calls/:callId',
      {
        config: { action: 'live.read' },
        schema: {
          tags: ['live'],
          summary:
            'One live (or ended) call: lines, live hits, alerts, and the live-vs-final diff once scored',
          params: callParams,
          response: {
            200: z.object({
              callId: z.string(),
              agentId: z.string(),
              state: z.enum(['live', 'ended']),
              startedAt: z.string(),
              endedAt: z.string().nullable(),
              lines: z.array(lineSchema),
              liveHits: z.array(spanSchema),
              alerts: z.array(alertSchema),
              diff: z
                .object({
                  confirmed: z.array(spanSchema),
                  withdrawn: z.array(spanSchema),
                  finalOnly: z.array(spanSchema),
                })
                .nullable(),
              actions: liveActionsSchema,
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'live.read');
        const call = await getLiveCall(ctx.store, req.params.callId);
        if (!call || !inScope(p, call)) throw new AppError('NOT_FOUND', `no live call ${req.params.callId}`);
        const [segments, hits, alerts, result] = await Promise.all([
          liveSegmentsOf(ctx.store, call.callId),
          liveHitsOf(ctx.store, call.callId),
          listLiveAlerts(ctx.store, dataScope(p), { callId: call.callId, limit: 1000 }),
          call.state === 'ended' ? getLatestResult(ctx.store, call.callId) : Promise.resolve(undefined),
        ]);
        const live = hits.map(({ rule, turn, start, end, text }) => ({ rule, turn, start, end, text }));
        return {
          callId: call.callId,
          agentId: call.agentId,
          state: call.state,
          startedAt: call.startedAt.toISOString(),
          endedAt: call.endedAt?.toISOString() ?? null,
          lines: segments.map((s) => ({ seq: s.seq, role: s.role, text: s.text })),
          liveHits: live,
          alerts: alerts.filter((a) => alertVisibleTo(p, a)).map(alertData),
          diff: result ? diffLiveFinal(live, result.hits.map(spanOf)) : null,
          actions: liveActions(p),
        };
      },
    );

    app.get(
      '/live/alerts',
      {
        config: { action: 'live.read' },
        schema: {
          tags: ['live'],
          summary: 'Alert history and counts per rule, severity and state (the report)',
          querystring: z.object({
            from: z.iso.datetime({ offset: true }).optional(),
            to: z.iso.datetime({ offset: true }).optional(),
            state: z.enum(LIVE_ALERT_STATES).optional(),
            limit: z.coerce.number().int().min(1).max(1000).default(200),
          }),
          response: {
            200: z.object({
              items: z.array(
                alertSchema.extend({
                  handledBy: z.string().nullable(),
                  handledByName: z.string().nullable(),
                  handledAt: z.string().nullable(),
                  reason: z.string().nullable(),
                  // the report lists the scope's alerts; handling is for the alert's audience, while it is open
                  actions: z.object({ handle: z.boolean() }),
                }),
              ),
              counts: z.array(
                z.object({ rule: z.string(), severity: z.string(), state: z.string(), count: z.number() }),
              ),
              actions: liveActionsSchema,
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'live.read');
        const q = req.query;
        const f = {
          ...(q.from === undefined ? {} : { from: new Date(q.from) }),
          ...(q.to === undefined ? {} : { to: new Date(q.to) }),
          ...(q.state === undefined ? {} : { state: q.state }),
          limit: q.limit,
        };
        const [rows, counts] = await Promise.all([
          listLiveAlerts(ctx.store, dataScope(p), f),
          countLiveAlerts(ctx.store, dataScope(p), f),
        ]);
        const names = await userDisplayNames(
          ctx.store,
          rows.flatMap((a) => (a.handledByUserId ? [a.handledByUserId] : [])),
        );
        return {
          items: rows.map((a) => ({
            ...alertData(a),
            handledBy: a.handledByUserId,
            handledByName: a.handledByUserId ? (names.get(a.handledByUserId) ?? null) : null,
            handledAt: a.handledAt?.toISOString() ?? null,
            reason: a.reason,
            actions: {
              handle: a.state === 'open' && can(p, 'live.alerts.handle') && alertVisibleTo(p, a),
            },
          })),
          counts,
          actions: liveActions(p),
        };
      },
    );

    app.post(
      '/live/alerts/:id/handle',
      {
        config: { action: 'live.alerts.handle' },
        schema: {
          tags: ['live'],
          summary: 'Acknowledge, take over or dismiss (with a reason) an open alert',
          params: z.object({ id: z.string().min(1) }),
          body: z.object({
            action: z.enum(['acknowledge', 'take-over', 'dismiss']),
            reason: z.string().max(500).optional(),
          }),
          response: { 200: alertSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'live.alerts.handle');
        return handleAlert(ctx.store, p, req.params.id, req.body.action, req.body.reason, ctx.now());
      },
    );

    app.get(
      '/live/alert-rules',
      {
        config: { action: 'live.read' },
        schema: {
          tags: ['live'],
          summary: 'Alert rules: which live hits alert whom, how severe, escalation seconds',
          response: { 200: z.object({ items: z.array(alertRuleSchema), actions: liveActionsSchema }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'live.read');
        return {
          items: (await loadAlertRules(ctx.store, ctx.now())).map(presentRule),
          actions: liveActions(p),
        };
      },
    );

    app.put(
      '/live/alert-rules/:id',
      {
        config: { action: 'live.alerts.configure' },
        schema: {
          tags: ['live'],
          summary: 'Create or change an alert rule',
          params: z.object({ id: z.string().min(1).max(60) }),
          body: alertRuleSchema.omit({ id: true }),
          response: { 200: alertRuleSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'live.alerts.configure');
        const rule = await saveAlertRule(ctx.store, p, req.params.id, req.body, ctx.now());
        (await liveHub()).forgetRules();
        return presentRule(rule);
      },
    );

    app.get(
      '/live/alerts/stream',
      {
        config: { action: 'live.read' },
        schema: {
          tags: ['live'],
          summary:
            'Server-sent events: `event: alert` (id, callId, agentId, rule, text, turn, at, severity, …)',
          description:
            'Each user receives the alerts meant for them (the agent’s team leader, QA roles, admin, expert seats ' +
            'per the alert rule) and, for the wall, `event: line` and `event: call` of the calls in their scope.',
          response: { 200: z.string().describe('text/event-stream') },
        },
      },
      async (req, reply) => {
        const p: Principal = await requireAction(ctx, req, 'live.read');
        const h = await liveHub();
        openSseStream(req, reply, p, h.bus);
      },
    );
    done();
  };
}
