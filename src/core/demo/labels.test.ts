// Every injected fault is really in the conversation, and nothing is in a conversation that was not
// injected: each label is checked against the turns and events by an independent oracle.
import { describe, expect, it } from 'vitest';
import type { Conversation, Turn } from '../conversation/schema.ts';
import { FAULT_KINDS, type FaultKind } from './faults.ts';
import {
  CLOSING_MARKERS,
  EMPATHY_MARKERS,
  FILLER_CHARS,
  FORBIDDEN,
  HARSH,
  THANKS_MARKERS,
} from './faults-text.ts';
import { generateDemo } from './generate.ts';
import { ANGRY_OPENERS, THREATS } from './phrases.ts';

const demos = [
  generateDemo({ seed: 20261008, endDate: '2026-10-08' }),
  generateDemo({ seed: 7, endDate: '2027-03-31', conversations: 300 }),
];

/** seed 002 §8 客服违禁词语 and 质检标准 服务用语, split at "/" (compared without punctuation). */
const SEED_002_FORBIDDEN = [
  '你听我说好吧',
  '我不是跟你说过了吗',
  '急什么',
  '别催我',
  '快点说',
  '让我说完你再讲',
  '我告诉你',
  '我跟你讲',
  '你听我说',
  '跟你说过了',
  '你怎么还问',
  '刚才不是已经告诉你了吗',
  '我不是跟你说的很清楚了吗',
  '不关我的事',
  '大声点',
  '这么小根本听不到',
  '不解释',
  '就是这么规定的',
  '我说了你又不相信',
  '你听不懂我说话吗',
  '我不知道',
  '我不清楚',
  '不是有吗',
  '你自己去看',
  '就这样吧我挂了',
  '说话呀',
  '再不说话我就挂了',
  '什么意思',
  '谁告诉你的',
  '我怎么知道',
  '你怎么这样',
  '怎么现在才说',
  '你着什么急',
  '我就这个态度',
  '不行就是不行',
  '没法查',
  '没办法',
  '有什么了不起的',
  '你到底想怎么样',
  '明明就是你的问题',
  '这不是我们的问题',
  '你有完没完',
  '嘴巴放干净一点',
  '这又不是我的错',
  '你找领导也没用',
  '我就这态度',
  '你想怎样',
  '你要投诉就投诉吧',
  '你要是这样说的话',
  '那我也没办法了',
  '你问我我问谁',
  '不清楚',
  '不知道',
  '我要下班了',
];
const SHIRK_MARKERS = ['不归我管', '找别人', '管不了', '别找我们'];
const strip = (s: string): string => s.replace(/[\p{P}\s]/gu, '');

const agentTurns = (c: Conversation): Turn[] => c.turns.filter((t) => t.role === 'agent');
const customerTurns = (c: Conversation): Turn[] => c.turns.filter((t) => t.role === 'customer');
const holds = (c: Conversation) => (c.events ?? []).flatMap((e) => (e.type === 'hold' ? [e] : []));
const hangup = (c: Conversation) => (c.events ?? []).find((e) => e.type === 'hangup');
const lastSpeech = (c: Conversation): number => Math.max(0, ...c.turns.map((t) => t.endMs ?? 0));

/** What the text and timing of a conversation show, fault by fault. */
const ORACLE: Record<FaultKind, (c: Conversation, regular: boolean) => boolean> = {
  'missing-greeting': (c, regular) => regular && !agentTurns(c)[0]!.text.includes('您好'),
  'missing-closing': (c, regular) =>
    regular &&
    !agentTurns(c)
      .slice(-2)
      .some((t) => CLOSING_MARKERS.some((m) => t.text.includes(m))),
  'forbidden-phrase': (c) =>
    agentTurns(c).some((t) => {
      const text = strip(t.text);
      return SEED_002_FORBIDDEN.some((p) => text.includes(p));
    }),
  'filler-word': (c) => agentTurns(c).some((t) => FILLER_CHARS.some((f) => t.text.includes(f))),
  'harsh-tone': (c) => agentTurns(c).some((t) => HARSH.some((h) => t.text === h.agent)),
  shirking: (c) => agentTurns(c).some((t) => SHIRK_MARKERS.some((m) => t.text.includes(m))),
  'long-silence': (c) =>
    c.turns.some((t, i) => {
      const before = c.turns[i - 1];
      if (t.role !== 'agent' || before?.role !== 'customer') return false;
      const held = holds(c).some((h) => h.startMs >= before.endMs! && h.endMs <= t.startMs!);
      return !held && t.startMs! - before.endMs! > 20_000;
    }),
  interruption: (c) =>
    c.turns.some((t, i) => {
      const before = c.turns[i - 1];
      return t.role === 'agent' && before?.role === 'customer' && t.startMs! < before.endMs!;
    }),
  'hold-without-thanks': (c) =>
    holds(c).some((h) => {
      const back = c.turns.find((t) => t.role === 'agent' && t.startMs! >= h.endMs);
      return !back || !THANKS_MARKERS.some((m) => back.text.includes(m));
    }),
  'agent-hangup': (c, regular) => {
    const h = hangup(c);
    if (h?.type !== 'hangup' || h.by !== 'agent' || !regular) return false;
    // seed 003: allowed after the customer said there is nothing else and ~2 s have passed.
    const lastCustomer = customerTurns(c).at(-1)?.text ?? '';
    const confirmed = /没有了|不用了|再见/.test(lastCustomer);
    return !confirmed || h.atMs - lastSpeech(c) < 2000;
  },
  'no-empathy': (c) =>
    customerTurns(c).some((t) => ANGRY_OPENERS.some((o) => t.text.startsWith(o))) &&
    !agentTurns(c).some((t) => EMPATHY_MARKERS.some((m) => t.text.includes(m))),
  'complaint-risk': (c) => customerTurns(c).some((t) => THREATS.some((p) => t.text.includes(p))),
};

describe('demo labels', () => {
  it.each(FAULT_KINDS)('%s: labelled exactly where the conversation shows it, several times', (kind) => {
    for (const demo of demos) {
      let n = 0;
      const mismatched: string[] = [];
      for (const c of demo.conversations) {
        const label = demo.labels[c.id]!;
        const shown = ORACLE[kind](c, label.callerClass === 'regular');
        if (shown !== label.faults.includes(kind))
          mismatched.push(`${c.id}: ${c.turns.map((t) => t.text).join(' | ')}`);
        if (shown) n++;
      }
      expect(mismatched).toEqual([]);
      expect(n).toBeGreaterThanOrEqual(5);
    }
  });

  it('keeps about half of the contacts clean and spreads faults over agents', () => {
    const demo = demos[0]!;
    const labels = Object.values(demo.labels);
    const clean = labels.filter((l) => l.faults.length === 0).length / labels.length;
    expect(clean).toBeGreaterThan(0.35);
    expect(clean).toBeLessThan(0.7);
    expect(labels.some((l) => l.faults.length >= 3)).toBe(true);
    const faultRate = demo.agents.map((a) => {
      const own = demo.conversations.filter((c) => c.agentId === a.id);
      return own.reduce((s, c) => s + demo.labels[c.id]!.faults.length, 0) / own.length;
    });
    expect(Math.max(...faultRate)).toBeGreaterThan(2 * Math.min(...faultRate));
  });

  it('never leaves a real question of the agent unanswered by the customer', () => {
    const rhetorical = new Set([...HARSH, ...FORBIDDEN].map((e) => e.agent));
    const hanging: string[] = [];
    for (const demo of demos) {
      for (const c of demo.conversations.filter((x) => demo.labels[x.id]!.callerClass === 'regular')) {
        c.turns.forEach((t, i) => {
          if (t.role !== 'agent' || !t.text.endsWith('？') || rhetorical.has(t.text)) return;
          if (c.turns[i + 1]?.role !== 'customer') hanging.push(`${c.id}: ${t.text}`);
        });
      }
    }
    expect(hanging).toEqual([]);
  });

  it('includes harassment and silent calls that the agent ends as seed 003 allows', () => {
    const demo = demos[0]!;
    const special = demo.conversations.filter((c) => demo.labels[c.id]!.callerClass !== 'regular');
    expect(special.length).toBeGreaterThan(0);
    for (const c of special) {
      const h = hangup(c);
      expect(h).toMatchObject({ by: 'agent' });
      expect(h!.type === 'hangup' && h!.atMs - lastSpeech(c)).toBeGreaterThanOrEqual(2000);
      expect(agentTurns(c).at(-1)!.text).toContain('感谢您的来电');
    }
  });

  it('controls the rates: all zero gives clean contacts, a rate of one puts the fault everywhere', () => {
    const zero = Object.fromEntries(
      [
        'missingGreeting',
        'missingClosing',
        'forbiddenPhrase',
        'fillerWord',
        'harshTone',
        'shirking',
        'longSilence',
        'interruption',
        'holdWithoutThanks',
        'agentHangup',
        'upsetCustomer',
        'harassmentCall',
        'silentCall',
      ].map((k) => [k, 0]),
    );
    const clean = generateDemo({ seed: 5, endDate: '2026-10-08', conversations: 80, rates: zero });
    expect(
      Object.values(clean.labels).every((l) => l.faults.length === 0 && l.callerClass === 'regular'),
    ).toBe(true);
    const all = generateDemo({
      seed: 5,
      endDate: '2026-10-08',
      conversations: 80,
      rates: { ...zero, forbiddenPhrase: 1 },
    });
    for (const c of all.conversations) expect(ORACLE['forbidden-phrase'](c, true)).toBe(true);
  });
});

describe('demo timing', () => {
  const all = demos.flatMap((d) => d.conversations);

  it('gives every voice turn times that move forward, at 4–5 characters a second', () => {
    const problems: string[] = [];
    let rateChecked = 0;
    for (const c of all.filter((x) => x.channel === 'voice')) {
      let prevStart = -1;
      for (const t of c.turns) {
        if (t.startMs === undefined || t.endMs === undefined) problems.push(`${c.id}: untimed turn`);
        else if (t.endMs < t.startMs || t.startMs < prevStart)
          problems.push(`${c.id}: out of order at ${t.text}`);
        else {
          prevStart = t.startMs;
          const chars = t.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
          const perSecond = chars / ((t.endMs - t.startMs) / 1000);
          if (chars >= 8 && (perSecond < 3.2 || perSecond > 5.5))
            problems.push(`${c.id}: ${perSecond}/s ${t.text}`);
          if (chars >= 8) rateChecked++;
        }
      }
      if (c.turns[0]?.role === 'ivr' && c.turns[0].startMs !== 0)
        problems.push(`${c.id}: IVR prompt not at 0`);
    }
    expect(problems).toEqual([]);
    expect(rateChecked).toBeGreaterThan(3000);
  });

  it('keeps holds inside the call with nobody speaking during them', () => {
    let n = 0;
    for (const c of all.filter((x) => x.channel === 'voice')) {
      const end = hangup(c);
      for (const h of holds(c)) {
        n++;
        expect(h.endMs - h.startMs).toBeGreaterThanOrEqual(20_000);
        expect(h.startMs).toBeGreaterThan(0);
        expect(end?.type === 'hangup' && h.endMs < end.atMs).toBe(true);
        for (const t of c.turns)
          expect(t.endMs! <= h.startMs || t.startMs! >= h.endMs, `${c.id} ${t.text}`).toBe(true);
        const before = c.turns.filter((t) => t.endMs! <= h.startMs).at(-1);
        expect(before?.role).toBe('agent');
        expect(before?.text).toMatch(/请.*稍等/);
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  it('ends every call with one hang-up after the last word, mostly by the customer', () => {
    const voice = all.filter((x) => x.channel === 'voice');
    for (const c of voice) {
      const ups = (c.events ?? []).filter((e) => e.type === 'hangup');
      expect(ups).toHaveLength(1);
      expect(c.events!.at(-1)).toBe(ups[0]);
      expect(ups[0]!.type === 'hangup' && ups[0]!.atMs).toBeGreaterThan(lastSpeech(c));
    }
    const byCustomer = voice.filter(
      (c) => hangup(c)?.type === 'hangup' && hangup(c)!.by === 'customer',
    ).length;
    expect(byCustomer / voice.length).toBeGreaterThan(0.7);
    expect(byCustomer / voice.length).toBeLessThan(0.95);
  });

  it('times chats by message: instantaneous, in order, answered within 20 s unless the agent asked to wait', () => {
    const chats = all.filter((x) => x.channel === 'chat');
    expect(chats.length).toBeGreaterThan(50);
    for (const c of chats) {
      expect(c.events).toBeUndefined();
      expect(c.turns[0]).toMatchObject({ role: 'customer', startMs: 0 });
      c.turns.forEach((t, i) => {
        expect(t.endMs).toBe(t.startMs);
        if (i > 0) expect(t.startMs!).toBeGreaterThan(c.turns[i - 1]!.startMs!);
      });
    }
  });
});
