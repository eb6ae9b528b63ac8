// What the live check accepts: conversation v1 JSON as is (the server validates it and reports bad fields), or
// a dialogue typed one turn per line with a speaker prefix — "坐席：您好" / "客户：我要报修" — which becomes a chat
// conversation v1 without times (so timing rules do not apply). Lines without a prefix continue the turn above.

export type Pasted =
  | { kind: 'json'; value: unknown }
  | {
      kind: 'dialogue';
      value: { id: string; channel: 'chat'; turns: { role: 'agent' | 'customer'; text: string }[] };
    }
  | { kind: 'error'; line: number; message: 'empty' | 'json' | 'speaker' };

const SPEAKERS: Record<string, 'agent' | 'customer'> = {
  坐席: 'agent',
  客服: 'agent',
  话务员: 'agent',
  agent: 'agent',
  客户: 'customer',
  顾客: 'customer',
  用户: 'customer',
  来电人: 'customer',
  customer: 'customer',
};

// speaker, then a half- or full-width colon
const PREFIX = /^\s*([\p{L}]{1,10})\s*[:：]\s*(.*)$/u;

export function parsePasted(text: string, id = 'pasted'): Pasted {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'error', line: 0, message: 'empty' };
  if (trimmed.startsWith('{')) {
    try {
      return { kind: 'json', value: JSON.parse(trimmed) as unknown };
    } catch {
      return { kind: 'error', line: 0, message: 'json' };
    }
  }
  const turns: { role: 'agent' | 'customer'; text: string }[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const m = PREFIX.exec(raw);
    const role = m ? SPEAKERS[m[1]!.toLowerCase()] : undefined;
    if (role) {
      turns.push({ role, text: m![2]!.trim() });
      continue;
    }
    const last = turns[turns.length - 1];
    if (!last) return { kind: 'error', line: i + 1, message: 'speaker' };
    last.text = `${last.text}\n${raw.trim()}`;
  }
  return { kind: 'dialogue', value: { id, channel: 'chat', turns } };
}
