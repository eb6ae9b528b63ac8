// Request bodies shared by the live-call HTTP endpoints (live.ts) and their WebSocket twin (live-ws.ts).
import { z } from 'zod';
import { roleSchema } from '../../core/conversation/schema.ts';

export const openCallBody = z.object({
  callId: z.string().min(1).max(200),
  agentId: z.string().min(1).max(100),
  number: z.string().max(40).optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
});

export const segmentBody = z.object({
  role: roleSchema,
  text: z.string().max(5000),
  startMs: z.number().int().nonnegative().optional(),
  endMs: z.number().int().nonnegative().optional(),
  final: z.boolean(),
  confidence: z.number().min(0).max(1).optional(),
});
