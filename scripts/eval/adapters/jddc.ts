// JDDC 2019 chat logs: TSV without header, 7 columns
// session_id, user_id, waiter_send (1 = agent), is_transfer, is_repeat, sku, content. No times.
import { readFileSync } from 'node:fs';
import type { Conversation, Turn } from '../../../src/core/conversation/schema.ts';

export function loadJddc(file: string): Conversation[] {
  const sessions = new Map<string, Turn[]>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const [session, , sender] = cols;
    const text = cols.slice(6).join('\t');
    if (session === undefined || sender === undefined || text.trim() === '') continue;
    let turns = sessions.get(session);
    if (turns === undefined) sessions.set(session, (turns = []));
    turns.push({ role: sender === '1' ? 'agent' : 'customer', text });
  }
  return [...sessions].map(([id, turns]) => ({ id: `jddc-${id}`, channel: 'chat', turns }));
}
