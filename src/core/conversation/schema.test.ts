import { describe, expect, it } from 'vitest';
import { hasTimes, parseConversation } from './schema.ts';

describe('conversation v1', () => {
  it('applies the default channel and keeps optional fields optional', () => {
    const r = parseConversation({ id: 'c-1', turns: [{ role: 'agent', text: '您好' }] });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.conversation.channel).toBe('voice');
      expect(hasTimes(r.conversation)).toBe(false);
    }
  });

  it('reports every bad field with its path and line', () => {
    const r = parseConversation(
      { id: '', startedAt: '2026-10-08 09:30', turns: [{ role: 'bot', text: 1 }] },
      7,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const fields = r.errors.map((e) => e.field).sort();
      expect(fields).toEqual(['id', 'startedAt', 'turns.0.role', 'turns.0.text']);
      expect(r.errors.every((e) => e.line === 7)).toBe(true);
    }
  });

  it('rejects a turn that ends before it starts and accepts zoned timestamps', () => {
    const bad = parseConversation({ id: 'x', turns: [{ role: 'agent', text: 'a', startMs: 10, endMs: 5 }] });
    expect(bad.ok).toBe(false);
    const good = parseConversation({
      id: 'x',
      startedAt: '2026-10-08T09:30:00+08:00',
      turns: [{ role: 'agent', text: 'a', startMs: 0, endMs: 5 }],
      events: [{ type: 'hangup', by: 'agent', atMs: 9 }],
    });
    expect(good.ok).toBe(true);
  });
});

describe('blank identifiers', () => {
  it('refuses a whitespace-only conversation id or agent id with its line and field', () => {
    const r = parseConversation({ id: '  \t ', agentId: '\u3000', turns: [] }, 12);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => `${e.line}:${e.field}`).sort()).toEqual(['12:agentId', '12:id']);
      expect(r.errors[0]!.message).toContain('blank');
    }
  });

  it('keeps an id that has visible characters around spaces as it is', () => {
    const r = parseConversation({ id: ' c 1 ', turns: [] });
    expect(r.ok && r.conversation.id).toBe(' c 1 ');
  });
});
