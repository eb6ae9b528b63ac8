// Callers, the blocklist and auto-block candidates (docs/product.md "Integration endpoints": POST /api/blocklist,
// POST /api/blocklist/{id}/approve, DELETE /api/blocklist/{id}; seed 003 系统支撑). Caller data is center-wide
// (not an organisation row); numbers are masked on the way out for roles that do not see them
// (src/http/mask-response.ts).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { and, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { rowInScope } from '../../auth/row-scope.ts';
import { requireAction } from '../../auth/sessions.ts';
import { CALLER_CLASSES, BLOCK_STATES, normaliseNumber } from '../../core/telephony/index.ts';
import { schema } from '../../store/index.ts';
import {
  changeEntry,
  classifyCaller,
  createEntry,
  entryHistory,
  loadEntry,
  parseNumber,
  type EntryRow,
  type TelephonyContext,
} from '../../telephony/commands.ts';
import {
  confirmCandidate,
  dismissCandidate,
  scanCandidates,
  type CandidateRow,
} from '../../telephony/candidates.ts';
import type { AppContext } from '../context.ts';

const callerClass = z.enum(CALLER_CLASSES);
const periodSchema = z.union([
  z.enum(['permanent', 'day', 'week', 'month']),
  z.object({ until: z.string().datetime({ offset: true }) }),
]);

export const entrySchema = z.object({
  id: z.string(),
  number: z.string(),
  class: callerClass,
  reason: z.string(),
  period: periodSchema,
  state: z.enum(BLOCK_STATES),
  decidedBy: z.string(),
  operatedBy: z.string(),
  approvedBy: z.string().nullable(),
  activatedAt: z.string().nullable(),
  until: z.string().nullable().describe('end of the restriction; null when permanent or not yet active'),
  reviewOn: z.string().nullable(),
  source: z.enum(['manual', 'auto']),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const eventSchema = z.object({
  type: z.string(),
  by: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
});

const candidateSchema = z.object({
  id: z.string(),
  number: z.string(),
  calls: z.number(),
  windowMinutes: z.number(),
  firstAt: z.string(),
  lastAt: z.string(),
  flood: z.boolean(),
  state: z.enum(['pending', 'confirmed', 'dismissed', 'blocked']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  dismissedUntil: z.string().nullable(),
  entryId: z.string().nullable(),
  createdAt: z.string(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentEntry(e: EntryRow): z.infer<typeof entrySchema> {
  return {
    id: e.id,
    number: e.number,
    class: e.class,
    reason: e.reason,
    period: e.periodKind === 'until' ? { until: (e.periodUntil ?? new Date(0)).toISOString() } : e.periodKind,
    state: e.state,
    decidedBy: e.decidedBy,
    operatedBy: e.operatedBy,
    approvedBy: e.approvedBy,
    activatedAt: iso(e.activatedAt),
    until: iso(e.until),
    reviewOn: e.reviewOn,
    source: e.source,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

function presentCandidate(c: CandidateRow): z.infer<typeof candidateSchema> {
  return {
    id: c.id,
    number: c.number,
    calls: c.calls,
    windowMinutes: c.windowMinutes,
    firstAt: c.firstAt.toISOString(),
    lastAt: c.lastAt.toISOString(),
    flood: c.flood,
    state: c.state,
    decidedBy: c.decidedBy,
    decidedAt: iso(c.decidedAt),
    note: c.note,
    dismissedUntil: iso(c.dismissedUntil),
    entryId: c.entryId,
    createdAt: c.createdAt.toISOString(),
  };
}

export function blocklistRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  const tc = (): TelephonyContext => ({ store: ctx.store, now: ctx.now(), timeZone: ctx.settings.timeZone });
  const B = schema.blocklistEntries;

  return (app, _opts, done) => {
    app.get(
      '/blocklist',
      {
        config: { action: 'blocklist.read' },
        schema: {
          tags: ['telephony'],
          summary: 'Blocklist entries, newest first (search by number or reason, filter by state and class)',
          querystring: z.object({
            q: z.string().max(100).optional(),
            state: z.enum(BLOCK_STATES).optional(),
            class: callerClass.optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: z.object({ items: z.array(entrySchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'blocklist.read');
        const conds: (SQL | undefined)[] = [];
        if (req.query.state) conds.push(eq(B.state, req.query.state));
        if (req.query.class) conds.push(eq(B.class, req.query.class));
        if (req.query.q) {
          const n = normaliseNumber(req.query.q);
          const like = `%${req.query.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
          conds.push(or(n ? ilike(B.number, `%${n}%`) : undefined, ilike(B.reason, like)));
        }
        const rows = await ctx.store.db
          .select()
          .from(B)
          .where(and(...conds))
          .orderBy(desc(B.createdAt), B.id)
          .limit(req.query.limit);
        return { items: rows.map(presentEntry) };
      },
    );

    app.get(
      '/blocklist/:id',
      {
        config: { action: 'blocklist.read' },
        schema: {
          tags: ['telephony'],
          summary: 'One blocklist entry with its history',
          params: z.object({ id: z.string() }),
          response: { 200: z.object({ entry: entrySchema, history: z.array(eventSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'blocklist.read');
        const e = await loadEntry(ctx.store, req.params.id);
        const h = await entryHistory(ctx.store, e.id);
        return {
          entry: presentEntry(e),
          history: h.map((x) => ({ type: x.type, by: x.by, note: x.note, at: x.at.toISOString() })),
        };
      },
    );

    app.post(
      '/blocklist',
      {
        config: { action: 'blocklist.write' },
        schema: {
          tags: ['telephony'],
          summary: 'Put a number on the blocklist (pending until a second person approves, when required)',
          body: z.object({
            number: z.string().min(1).max(40),
            period: periodSchema,
            reason: z.string().min(1).max(2000),
            class: callerClass.optional(),
            decidedBy: z.string().min(1).max(200).optional(),
            reviewOn: z.string().date().optional(),
          }),
          response: { 201: entrySchema },
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'blocklist.write');
        const e = await createEntry(tc(), p, req.body);
        return reply.code(201).send(presentEntry(e));
      },
    );

    for (const verb of ['approve', 'reject'] as const)
      app.post(
        `/blocklist/:id/${verb}`,
        {
          config: { action: 'blocklist.approve' },
          schema: {
            tags: ['telephony'],
            summary:
              verb === 'approve'
                ? 'Approve a pending entry (a second person): it blocks from now for its period'
                : 'Reject a pending entry',
            params: z.object({ id: z.string() }),
            body: z.object({ note: z.string().max(2000).optional() }).optional(),
            response: { 200: entrySchema },
          },
        },
        async (req) => {
          const p = await requireAction(ctx, req, 'blocklist.approve');
          const c = tc();
          const event = { type: verb, by: p.id, at: c.now };
          return presentEntry(await changeEntry(c, p, req.params.id, event, req.body?.note));
        },
      );

    app.delete(
      '/blocklist/:id',
      {
        config: { action: 'blocklist.approve' },
        schema: {
          tags: ['telephony'],
          summary: 'Lift an entry (unblock); the entry stays in the history',
          params: z.object({ id: z.string() }),
          querystring: z.object({ reason: z.string().max(2000).optional() }),
          response: { 200: entrySchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'blocklist.approve');
        const c = tc();
        const e = await changeEntry(
          c,
          p,
          req.params.id,
          { type: 'lift', by: p.id, at: c.now },
          req.query.reason,
        );
        return presentEntry(e);
      },
    );

    app.get(
      '/blocklist-candidates',
      {
        config: { action: 'blocklist.read' },
        schema: {
          tags: ['telephony'],
          summary: 'Auto-block candidates (pending first)',
          querystring: z.object({
            state: z.enum(['pending', 'confirmed', 'dismissed', 'blocked']).optional(),
          }),
          response: { 200: z.object({ items: z.array(candidateSchema) }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'blocklist.read');
        const C = schema.blocklistCandidates;
        const rows = await ctx.store.db
          .select()
          .from(C)
          .where(req.query.state ? eq(C.state, req.query.state) : undefined)
          .orderBy(desc(C.createdAt), C.id)
          .limit(500);
        return { items: rows.map(presentCandidate) };
      },
    );

    app.post(
      '/blocklist-candidates/scan',
      {
        config: { action: 'blocklist.approve' },
        schema: {
          tags: ['telephony'],
          summary:
            'Run the auto-block scan now (it also runs every five minutes): new candidates from recent classed calls',
          response: { 200: z.object({ proposed: z.number(), blocked: z.number() }) },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'blocklist.approve');
        return scanCandidates(tc());
      },
    );

    for (const verb of ['confirm', 'dismiss'] as const)
      app.post(
        `/blocklist-candidates/:id/${verb}`,
        {
          config: { action: 'blocklist.approve' },
          schema: {
            tags: ['telephony'],
            summary:
              verb === 'confirm'
                ? 'Confirm a candidate: the number goes on the blocklist, active'
                : 'Dismiss a candidate: nothing is blocked and the number is not proposed again for a while',
            params: z.object({ id: z.string() }),
            body: z.object({ note: z.string().max(2000).optional() }).optional(),
            response: { 200: candidateSchema },
          },
        },
        async (req) => {
          const p = await requireAction(ctx, req, 'blocklist.approve');
          const fn = verb === 'confirm' ? confirmCandidate : dismissCandidate;
          return presentCandidate(await fn(tc(), p, req.params.id, req.body?.note));
        },
      );

    app.get(
      '/callers',
      {
        config: { action: 'callers.read' },
        schema: {
          tags: ['telephony'],
          summary: 'Callers with a class or an entry (search by number, filter by class)',
          querystring: z.object({ q: z.string().max(40).optional(), class: callerClass.optional() }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  number: z.string(),
                  class: callerClass,
                  classSetBy: z.string().nullable(),
                  classReason: z.string().nullable(),
                  classSetAt: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'callers.read');
        const K = schema.callers;
        const n = req.query.q ? (normaliseNumber(req.query.q) ?? req.query.q.replace(/\D/g, '')) : null;
        const rows = await ctx.store.db
          .select()
          .from(K)
          .where(
            and(
              n ? ilike(K.number, `%${n}%`) : undefined,
              req.query.class ? eq(K.class, req.query.class) : undefined,
            ),
          )
          .orderBy(desc(K.classSetAt), K.number)
          .limit(200);
        return {
          items: rows.map((r) => ({
            number: r.number,
            class: r.class,
            classSetBy: r.classSetBy,
            classReason: r.classReason,
            classSetAt: iso(r.classSetAt),
          })),
        };
      },
    );

    app.get(
      '/callers/:number',
      {
        config: { action: 'callers.read' },
        schema: {
          tags: ['telephony'],
          summary: 'One caller: class, class history, blocklist entries, conversations and complaints',
          params: z.object({ number: z.string() }),
          response: {
            200: z.object({
              number: z.string(),
              class: callerClass,
              classHistory: z.array(
                z.object({
                  class: callerClass,
                  setBy: z.string().nullable(),
                  reason: z.string(),
                  at: z.string(),
                }),
              ),
              entries: z.array(entrySchema),
              conversations: z.array(
                z.object({
                  id: z.string(),
                  startedAt: z.string().nullable(),
                  agentId: z.string().nullable(),
                  hangupBy: z.string().nullable(),
                }),
              ),
              complaints: z.array(
                z.object({
                  id: z.string(),
                  receivedOn: z.string(),
                  conversationId: z.string().nullable(),
                  decision: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'callers.read');
        const number = parseNumber(req.params.number);
        const [caller] = await ctx.store.db
          .select()
          .from(schema.callers)
          .where(eq(schema.callers.number, number));
        const history = await ctx.store.db
          .select()
          .from(schema.callerClassHistory)
          .where(eq(schema.callerClassHistory.number, number))
          .orderBy(desc(schema.callerClassHistory.id));
        const entries = await ctx.store.db
          .select()
          .from(B)
          .where(eq(B.number, number))
          .orderBy(desc(B.createdAt));
        const convs = await ctx.store.sql<{
          id: string;
          started_at: string | Date | null;
          agent_id: string | null;
          by: string | null;
        }>(
          `select id, started_at, agent_id,
                  (select e->>'by' from jsonb_array_elements(coalesce(body->'events', '[]'::jsonb)) e
                    where e->>'type' = 'hangup' limit 1) as by
             from conversations
            where is_latest and $1 in (body->'meta'->>'callerNumber', body->'meta'->>'customerNumber', body->'meta'->>'number')
            order by started_at desc nulls last limit 100`,
          [number],
        );
        const ids = convs.rows.map((r) => r.id);
        const complaints = ids.length
          ? await ctx.store.db
              .select()
              .from(schema.complaints)
              .where(inArray(schema.complaints.conversationId, ids))
          : [];
        return {
          number,
          class: caller?.class ?? 'regular',
          classHistory: history.map((h) => ({
            class: h.class,
            setBy: h.setBy,
            reason: h.reason,
            at: h.at.toISOString(),
          })),
          entries: entries.map(presentEntry),
          conversations: convs.rows.map((r) => ({
            id: r.id,
            startedAt: r.started_at ? new Date(r.started_at).toISOString() : null,
            agentId: r.agent_id,
            hangupBy: r.by,
          })),
          // Complaints are organisation rows: only those inside the caller's data scope.
          complaints: complaints
            .filter((c) => rowInScope(p, c))
            .map((c) => ({
              id: c.id,
              receivedOn: c.receivedOn,
              conversationId: c.conversationId,
              decision: c.decision,
            })),
        };
      },
    );

    app.put(
      '/callers/:number/class',
      {
        config: { action: 'callers.classify' },
        schema: {
          tags: ['telephony'],
          summary: 'Set a caller’s class (regular / harassment / non-routine, seed 003) with the reason',
          params: z.object({ number: z.string() }),
          body: z.object({ class: callerClass, reason: z.string().min(1).max(2000) }),
          response: { 200: z.object({ number: z.string(), class: callerClass }) },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'callers.classify');
        await classifyCaller(tc(), p, req.params.number, req.body.class, req.body.reason);
        return { number: parseNumber(req.params.number), class: req.body.class };
      },
    );
    done();
  };
}
