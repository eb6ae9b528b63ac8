// MobileCS (SereTOD 2022): ASR transcripts of China Mobile hotline calls. JSON array of
// { id, content: [{ "[SPEAKER 1]": agent text, "[SPEAKER 2]": user text, ... }] }; agent speaks first in a pair.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Conversation, Turn } from '../../../src/core/conversation/schema.ts';

const fileSchema = z.array(z.object({ id: z.string(), content: z.array(z.record(z.string(), z.unknown())) }));

export function loadMobileCs(file: string): Conversation[] {
  return fileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).map((d) => {
    const turns: Turn[] = [];
    for (const pair of d.content) {
      const agent = pair['[SPEAKER 1]'];
      const user = pair['[SPEAKER 2]'];
      if (typeof agent === 'string' && agent.trim() !== '') turns.push({ role: 'agent', text: agent });
      if (typeof user === 'string' && user.trim() !== '') turns.push({ role: 'customer', text: user });
    }
    return { id: `mobilecs-${d.id}`, channel: 'voice', turns };
  });
}
