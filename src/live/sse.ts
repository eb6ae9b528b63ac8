// The server-sent-event stream of one browser: the bus messages this user should see, masked like any API answer
// (src/http/mask-response.ts) for roles that do not see personal numbers, since the stream bypasses serialization.
// A comment line every 15 s keeps proxies from closing an idle stream.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inScope, seesPersonalNumbers, type Principal } from '../core/auth/roles.ts';
import { alertVisibleTo } from '../core/live/alerts.ts';
import { maskDeep } from '../core/privacy/mask.ts';
import type { LiveBus } from './bus.ts';
import type { LiveMessage } from './messages.ts';

const KEEPALIVE_MS = 15_000;

/** The event name and data a user receives for a bus message, or undefined when it is not for them. */
export function sseEventFor(p: Principal, m: LiveMessage): { event: string; data: unknown } | undefined {
  switch (m.type) {
    case 'alert':
      return alertVisibleTo(p, m.to) ? { event: 'alert', data: m.alert } : undefined;
    case 'line':
      return inScope(p, m.to)
        ? {
            event: 'line',
            data: {
              callId: m.callId,
              agentId: m.to.agentId,
              seq: m.seq,
              role: m.role,
              text: m.text,
              final: m.final,
            },
          }
        : undefined;
    case 'call':
      return inScope(p, m.to)
        ? {
            event: 'call',
            data: { callId: m.callId, agentId: m.to.agentId, teamId: m.to.teamId, state: m.state },
          }
        : undefined;
  }
}

export function openSseStream(req: FastifyRequest, reply: FastifyReply, p: Principal, bus: LiveBus): void {
  const mask = !seesPersonalNumbers(p.role);
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(': connected\n\n');
  const unsubscribe = bus.subscribe((m) => {
    const e = sseEventFor(p, m);
    if (!e) return;
    const data = mask ? maskDeep(e.data) : e.data;
    res.write(`event: ${e.event}\ndata: ${JSON.stringify(data)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEPALIVE_MS);
  keepAlive.unref();
  const close = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  req.raw.on('close', close);
  res.on('close', close);
}
