// What an upload says besides the audio (docs/stt.md "Uploading").
import { z } from 'zod';

const roleSchema = z.enum(['agent', 'customer', 'ivr', 'system']);
export const recordingOptionsSchema = z
  .object({
    conversationId: z.string().min(1).max(200).optional(),
    agentId: z.string().min(1).max(100).optional(),
    startedAt: z.iso.datetime({ offset: true }).optional(),
    /** Stereo: which channel is the agent (0 = left); default ZHIJIAN_STT_AGENT_CHANNEL. */
    agentChannel: z.coerce.number().int().min(0).max(1).optional(),
    /** Mono with diarisation: speaker label → role (default: first voice = agent). */
    speakerRoles: z.record(z.string(), roleSchema).optional(),
  })
  .strict();
export type RecordingOptions = z.infer<typeof recordingOptionsSchema>;
