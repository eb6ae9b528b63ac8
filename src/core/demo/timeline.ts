// Turns a composed script into timed turns and call events. Voice: Mandarin at 4–5 characters per
// second with 0.3–2 s between speakers; holds become `hold` events; the call ends with a `hangup`.
// Chat: every message is instantaneous at its send time (startMs = endMs), no call events.
import type { ConversationEvent, Turn } from '../conversation/schema.ts';
import type { Rng } from '../random/random.ts';

export type Gap =
  | { kind: 'normal' }
  /** A long gap without a hold event (an unexcused silence, or a search after "请稍等"). */
  | { kind: 'pause'; ms: number }
  /** The line starts while the previous one is still being spoken. */
  | { kind: 'overlap' }
  /** The customer is put on hold between the previous line and this one. */
  | { kind: 'hold' };

export interface ScriptLine {
  role: 'agent' | 'customer' | 'ivr';
  text: string;
  gap: Gap;
}

/** How a voice call ends. Seed 003: an agent may hang up ~2 s after the customer has nothing more. */
export type Ending = { by: 'customer' } | { by: 'agent'; manner: 'courteous' | 'abrupt' };

export interface Script {
  lines: ScriptLine[];
  ending: Ending;
}

export interface Timed {
  turns: Turn[];
  events: ConversationEvent[];
  durationMs: number;
}

const SPOKEN = /[\p{L}\p{N}]/gu;

function spokenChars(text: string): number {
  return text.match(SPOKEN)?.length ?? 0;
}

function pauses(text: string): number {
  return text.match(/[，。？！、；…,.?!]/gu)?.length ?? 0;
}

export function voiceTimeline(rng: Rng, script: Script): Timed {
  // Each speaker keeps a personal pace for the whole call.
  const pace = { agent: rng.float(4, 5), customer: rng.float(4, 5), ivr: 4.5 };
  const turns: Turn[] = [];
  const events: ConversationEvent[] = [];
  let lastEnd = 0; // end of the latest speech so far (overlaps can leave it beyond the previous turn)
  let prev: { startMs: number; endMs: number } | null = null;

  for (const line of script.lines) {
    const chars = Math.max(1, spokenChars(line.text));
    const durationMs = Math.max(
      500,
      Math.round((chars / pace[line.role]) * 1000 * rng.float(0.92, 1.08) + pauses(line.text) * 120),
    );
    let startMs: number;
    if (prev === null) {
      startMs = line.role === 'ivr' ? 0 : rng.int(200, 900);
    } else {
      switch (line.gap.kind) {
        case 'normal':
          startMs = lastEnd + rng.int(300, 2000);
          break;
        case 'pause':
          startMs = lastEnd + line.gap.ms;
          break;
        case 'overlap': {
          const prevLen = prev.endMs - prev.startMs;
          const overlap = Math.min(rng.int(400, 2000), prevLen - 300);
          startMs = overlap > 0 ? prev.endMs - overlap : lastEnd + rng.int(300, 800);
          break;
        }
        case 'hold': {
          const holdStart = lastEnd + rng.int(500, 1500);
          const holdEnd = holdStart + rng.int(20_000, 110_000);
          events.push({ type: 'hold', startMs: holdStart, endMs: holdEnd });
          startMs = holdEnd + rng.int(300, 1200);
          break;
        }
      }
    }
    const endMs = startMs + durationMs;
    turns.push({ role: line.role, text: line.text, startMs, endMs });
    prev = { startMs, endMs };
    lastEnd = Math.max(lastEnd, endMs);
  }

  const ending = script.ending;
  let after: number;
  switch (ending.by) {
    case 'customer':
      after = rng.int(600, 2500);
      break;
    case 'agent':
      // seed 003: "客户明确说明没有其他需求后，可以等2秒左右" — courteous agents wait ≥ 2 s.
      after = ending.manner === 'courteous' ? rng.int(2000, 3500) : rng.int(150, 900);
      break;
  }
  const atMs = lastEnd + after;
  events.push({ type: 'hangup', by: ending.by, atMs });
  return { turns, events, durationMs: atMs };
}

export function chatTimeline(rng: Rng, script: Script): Timed {
  const turns: Turn[] = [];
  let t = 0;
  let prevRole: ScriptLine['role'] | null = null;
  for (const line of script.lines) {
    if (prevRole !== null) {
      if (line.gap.kind === 'pause') t += line.gap.ms;
      else if (prevRole === line.role) t += rng.int(1500, 8000);
      else if (line.role === 'agent')
        t += rng.int(3000, 18_000); // agents answer within the 20 s standard
      else t += rng.int(5000, 40_000); // customers read and type
    }
    turns.push({ role: line.role, text: line.text, startMs: t, endMs: t });
    prevRole = line.role;
  }
  return { turns, events: [], durationMs: t };
}
