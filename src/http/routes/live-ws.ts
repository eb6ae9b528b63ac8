// GET /api/live/ws — the live-call endpoints over one WebSocket, for a switch that holds a socket per call (or one
// for all its calls) instead of a POST per segment. Each JSON message is answered with what the HTTP endpoint
// answers, tagged with the message's type and call id (and its `id` when the switch sent one, to match answers):
//   {type:"open", callId, agentId, number?, startedAt?}        → {type:"open", callId, state:"live", created}
//   {type:"segment", callId, role, text, final, startMs?, endMs?, confidence?}
//                                                               → {type:"segment", callId, accepted, seq, alerts}
//   {type:"event", callId, event:{type:"hold"|"transfer"|"hangup", …}} → {type:"event", callId, accepted}
//   {type:"end", callId}                                        → {type:"end", callId, conversationId, batchId}
// A refused message answers {type:"error", callId?, code, message} and the socket stays open. The same hub commands
// run as for the HTTP endpoints (src/live/hub.ts), so alerts, the wall, the stream and webhooks see no difference.
// Authentication is the HTTP one (integration token or session cookie, action live.ingest), checked before upgrade.
import websocket from '@fastify/websocket';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import type { Principal } from '../../core/auth/roles.ts';
import { eventSchema } from '../../core/conversation/schema.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { endCall } from '../../live/commands.ts';
import type { LiveHub } from '../../live/hub.ts';
import type { AppContext } from '../context.ts';
import { openCallBody, segmentBody } from './live-schemas.ts';

const callId = z.string().min(1).max(200);
const ref = { callId, id: z.union([z.string().max(100), z.number()]).optional() };
const messageSchema = z.discriminatedUnion('type', [
  openCallBody.extend({ type: z.literal('open'), ...ref }),
  segmentBody.extend({ type: z.literal('segment'), ...ref }),
  z.object({ type: z.literal('event'), event: eventSchema, ...ref }),
  z.object({ type: z.literal('end'), ...ref }),
]);
type Message = z.infer<typeof messageSchema>;

/** Bigger messages are refused: a segment's text is at most 5000 characters. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export function liveWsRoutes(ctx: AppContext, liveHub: () => Promise<LiveHub>): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    void app.register(websocket, { options: { maxPayload: MAX_MESSAGE_BYTES } }).after(() => {
      const principals = new WeakMap<object, Principal>();
      app.get(
        '/live/ws',
        {
          websocket: true,
          config: { action: 'live.ingest' },
          // Refused with 401/403 before the upgrade, like the HTTP endpoints.
          preValidation: async (req) => {
            principals.set(req, await requireAction(ctx, req, 'live.ingest'));
          },
        },
        (socket, req) => {
          const p = principals.get(req)!;
          const answer = async (m: Message) => {
            const hub = await liveHub();
            switch (m.type) {
              case 'open': {
                const { type: _t, id: _i, ...body } = m;
                const r = await hub.open(p, body);
                return { callId: m.callId, state: 'live' as const, created: r.created };
              }
              case 'segment': {
                const { type: _t, id: _i, callId: c, ...body } = m;
                return { callId: c, accepted: true as const, ...(await hub.segment(c, body)) };
              }
              case 'event':
                await hub.event(m.callId, m.event);
                return { callId: m.callId, accepted: true as const };
              case 'end':
                return endCall(hub, ctx.jobs, p, m.callId, ctx.now());
            }
          };
          // One message at a time, in arrival order: a segment must not overtake the open of its call.
          let queue = Promise.resolve();
          socket.on('message', (data: Buffer, isBinary: boolean) => {
            queue = queue.then(async () => {
              let id: unknown;
              let cid: unknown;
              try {
                if (isBinary) throw new AppError('BAD_INPUT', 'send JSON text messages');
                const raw = JSON.parse(data.toString('utf8')) as unknown;
                if (raw && typeof raw === 'object') ({ id, callId: cid } = raw as Record<string, unknown>);
                const parsed = messageSchema.safeParse(raw);
                if (!parsed.success)
                  throw new AppError('BAD_INPUT', parsed.error.issues.map((i) => i.message).join('; '));
                const out = await answer(parsed.data);
                socket.send(
                  JSON.stringify({ type: parsed.data.type, ...(id === undefined ? {} : { id }), ...out }),
                );
              } catch (e) {
                const code =
                  e instanceof AppError ? e.code : e instanceof SyntaxError ? 'BAD_INPUT' : 'INTERNAL';
                const message = e instanceof Error && code !== 'INTERNAL' ? e.message : 'internal error';
                if (code === 'INTERNAL') req.log.error({ err: e }, 'live websocket message failed');
                socket.send(
                  JSON.stringify({
                    type: 'error',
                    ...(id === undefined ? {} : { id }),
                    ...(typeof cid === 'string' ? { callId: cid } : {}),
                    code,
                    message,
                  }),
                );
              }
            });
          });
        },
      );
    });
    done();
  };
}
