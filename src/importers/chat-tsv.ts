// Chat logs exported from online customer service (在线客服/IM) systems: tab-separated, a header row, one
// message per row, e.g. `conversation_id \t time \t sender \t text`. Sender values map to roles (客服小李 →
// agent, 访客 → customer, or `speakerRoles`); message times are ISO with a zone or `YYYY-MM-DD HH:mm:ss` in
// the contact center's zone; turn offsets count from the conversation's first message, which is also its
// start. A message has no duration, so a turn's end equals its start.
import { importDelimited } from './csv.ts';
import type { Imported, ResolvedOptions } from './types.ts';

export function importChatTsv(bytes: Uint8Array, options: ResolvedOptions): Imported {
  return importDelimited(bytes, options, { channel: 'chat' }, '\t');
}
