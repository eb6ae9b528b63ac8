// STC-3 (NTCIR-14, Weibo helpdesk dialogues): JSON array of { id, turns: [{ sender, utterances[] }] }.
// helpdesk → agent, customer → customer; each utterance becomes one turn (a Weibo post). No times.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Conversation } from '../../../src/core/conversation/schema.ts';

const fileSchema = z.array(
  z.object({
    id: z.union([z.string(), z.number()]),
    turns: z.array(z.object({ sender: z.string(), utterances: z.array(z.string()) })),
  }),
);

export function loadStc3(file: string): Conversation[] {
  return fileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).map((d) => ({
    id: `stc3-${d.id}`,
    channel: 'chat',
    turns: d.turns.flatMap((t) =>
      t.utterances
        .filter((u) => u.trim() !== '')
        .map((text) => ({ role: t.sender === 'helpdesk' ? 'agent' : 'customer', text }) as const),
    ),
  }));
}
