import { describe, expect, it } from 'vitest';
import { parseConversation } from '../conversation/schema.ts';
import { addDays, daysBetween, formatLocalDate, parseLocalDate } from '../time/days.ts';
import { generateDemo } from './generate.ts';

const END = '2026-10-08';
const demo = generateDemo({ seed: 20261008, endDate: END });
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})\+08:00$/;

function local(startedAt: string | undefined): { date: string; hour: number } {
  const m = LOCAL.exec(startedAt ?? '');
  if (!m) throw new Error(`not a +08:00 timestamp: ${startedAt}`);
  return { date: m[1]!, hour: Number(m[2]) };
}

describe('generateDemo: determinism and validity', () => {
  it('gives deep-equal output for the same seed and end date', () => {
    const again = generateDemo({ seed: 20261008, endDate: END });
    expect(again).toEqual(demo);
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
  });

  it('changes with the seed and with the end date', () => {
    const other = generateDemo({ seed: 20261009, endDate: END, conversations: 20 });
    const same = generateDemo({ seed: 20261008, endDate: END, conversations: 20 });
    expect(other.conversations).not.toEqual(same.conversations);
    const later = generateDemo({ seed: 20261008, endDate: '2026-10-09', conversations: 20 });
    expect(later.conversations[0]?.startedAt).not.toBe(same.conversations[0]?.startedAt);
  });

  it('produces conversations that all pass parseConversation unchanged', () => {
    for (const [i, c] of demo.conversations.entries()) {
      const r = parseConversation(JSON.parse(JSON.stringify(c)), i + 1);
      if (!r.ok) throw new Error(`${c.id}: ${JSON.stringify(r.errors)}`);
      expect(r.conversation).toEqual(c);
    }
  });

  it('numbers the conversations demo-0001… in time order, with a label each', () => {
    expect(demo.conversations).toHaveLength(500);
    demo.conversations.forEach((c, i) => expect(c.id).toBe(`demo-${String(i + 1).padStart(4, '0')}`));
    const times = demo.conversations.map((c) => Date.parse(c.startedAt!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Object.keys(demo.labels).sort()).toEqual(demo.conversations.map((c) => c.id));
  });

  it('rejects bad options with a message that names them', () => {
    expect(() => generateDemo({ seed: 1, endDate: '2026-02-30' })).toThrow(/calendar date/);
    expect(() => generateDemo({ seed: 1, endDate: '8.10.2026' })).toThrow(/endDate/);
    expect(() => generateDemo({ seed: 1, endDate: END, days: 0 })).toThrow(/days/);
    expect(() => generateDemo({ seed: 1.5, endDate: END })).toThrow(/seed/);
    expect(() => generateDemo({ seed: 1, endDate: END, rates: { fillerWord: 2 } })).toThrow(/fillerWord/);
    expect(() => generateDemo({ seed: 1, endDate: END, rates: { filerWord: 0.1 } as never })).toThrow(
      /filerWord/,
    );
  });
});

describe('generateDemo: the organisation', () => {
  it('has one client, its vendor and two teams', () => {
    expect(demo.client.name).toMatch(/客户服务中心$/);
    expect(demo.vendors).toHaveLength(1);
    expect(demo.vendors[0]!.clientId).toBe(demo.client.id);
    expect(demo.teams).toHaveLength(2);
    for (const t of demo.teams) expect(t.vendorId).toBe(demo.vendors[0]!.id);
  });

  it('has 20 agents with Chinese names, split over both teams, with every tenure stage', () => {
    expect(demo.agents.map((a) => a.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`),
    );
    expect(new Set(demo.agents.map((a) => a.name)).size).toBe(20);
    for (const a of demo.agents) expect(a.name).toMatch(/^\p{Script=Han}{2,3}$/u);
    for (const t of demo.teams) expect(demo.agents.filter((a) => a.teamId === t.id)).toHaveLength(10);
    const end = parseLocalDate(END);
    const tenure = demo.agents.map((a) => daysBetween(parseLocalDate(a.hiredOn), end));
    expect(tenure.filter((d) => d < 90).length).toBeGreaterThanOrEqual(3); // new
    expect(tenure.filter((d) => d >= 90 && d < 365).length).toBeGreaterThanOrEqual(3); // early
    expect(tenure.filter((d) => d >= 365 && d < 1095).length).toBeGreaterThanOrEqual(3); // mid
    expect(tenure.filter((d) => d >= 1095).length).toBeGreaterThanOrEqual(2); // late
    expect(tenure.some((d) => d < 30)).toBe(true); // someone joined during the window
  });

  it('has users for every role, agents logging in with their lowercase id', () => {
    const roles = [
      'qa_lead',
      'qa_inspector',
      'team_leader',
      'agent',
      'vendor_manager',
      'complaint_desk',
    ] as const;
    for (const role of roles)
      expect(
        demo.users.some((u) => u.role === role),
        role,
      ).toBe(true);
    expect(new Set(demo.users.map((u) => u.username)).size).toBe(demo.users.length);
    for (const a of demo.agents) {
      const u = demo.users.find((x) => x.agentId === a.id);
      expect(u).toMatchObject({
        username: a.id.toLowerCase(),
        role: 'agent',
        teamId: a.teamId,
        displayName: a.name,
      });
    }
    const leaders = demo.users.filter((u) => u.role === 'team_leader');
    expect(leaders.map((u) => u.teamId).sort()).toEqual(demo.teams.map((t) => t.id).sort());
    for (const u of demo.users.filter((x) => x.role === 'complaint_desk')) expect(u.vendorId).toBeUndefined();
  });
});

describe('generateDemo: when contacts happen', () => {
  it('stays inside the last 30 local days and the 08:00–22:00 opening hours', () => {
    const first = formatLocalDate(addDays(parseLocalDate(END), -29));
    for (const c of demo.conversations) {
      const { date, hour } = local(c.startedAt);
      expect(date >= first && date <= END, c.startedAt).toBe(true);
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(22);
    }
    expect(new Set(demo.conversations.map((c) => local(c.startedAt).date)).size).toBe(30);
  });

  it('peaks mid-morning, dips at lunch and quietens at night and at weekends', () => {
    const byHour = new Array<number>(24).fill(0);
    for (const c of demo.conversations) byHour[local(c.startedAt).hour]!++;
    expect(byHour[10]!).toBeGreaterThan(byHour[8]!);
    expect(byHour[10]!).toBeGreaterThan(byHour[12]!);
    expect(byHour[15]!).toBeGreaterThan(byHour[21]!);
    const perDay = new Map<string, number>();
    for (const c of demo.conversations)
      perDay.set(local(c.startedAt).date, (perDay.get(local(c.startedAt).date) ?? 0) + 1);
    const mean = (weekend: boolean): number => {
      const days = [...perDay].filter(
        ([d]) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) === weekend,
      );
      return days.reduce((s, [, n]) => s + n, 0) / days.length;
    };
    expect(mean(true)).toBeLessThan(mean(false));
  });

  it('honours days, conversations and another time zone', () => {
    const small = generateDemo({
      seed: 3,
      endDate: '2026-07-15',
      days: 7,
      conversations: 60,
      timeZone: 'Europe/Berlin',
    });
    expect(small.conversations).toHaveLength(60);
    for (const c of small.conversations) {
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}:\d{2}\+02:00$/.exec(c.startedAt!);
      expect(m, c.startedAt).not.toBeNull();
      expect(m![1]! >= '2026-07-09' && m![1]! <= '2026-07-15').toBe(true);
      expect(Number(m![2])).toBeGreaterThanOrEqual(8);
    }
    expect(generateDemo({ seed: 3, endDate: END, conversations: 0 }).conversations).toEqual([]);
  });
});

describe('generateDemo: who handles what', () => {
  it('routes each contact to an agent of the right team who had finished nesting', () => {
    const agents = new Map(demo.agents.map((a) => [a.id, a]));
    for (const c of demo.conversations) {
      const a = agents.get(c.agentId!)!;
      const group = String(c.meta?.skillGroup);
      expect(a.teamId, `${c.id} ${group}`).toBe(group.startsWith('信用卡') ? 'T01' : 'T02');
      expect(
        daysBetween(parseLocalDate(a.hiredOn), parseLocalDate(local(c.startedAt).date)),
      ).toBeGreaterThanOrEqual(7);
    }
    for (const a of demo.agents)
      expect(
        demo.conversations.some((c) => c.agentId === a.id),
        a.id,
      ).toBe(true);
  });

  it('never gives an agent two calls at once', () => {
    const lastEnd = new Map<string, number>();
    for (const c of demo.conversations.filter((x) => x.channel === 'voice')) {
      const start = Date.parse(c.startedAt!);
      const hangup = c.events!.find((e) => e.type === 'hangup');
      expect(start).toBeGreaterThanOrEqual(lastEnd.get(c.agentId!) ?? 0);
      lastEnd.set(c.agentId!, start + (hangup?.type === 'hangup' ? hangup.atMs : 0));
    }
  });

  it('mixes mostly calls with some chats, and carries skill group, topic, caller and survey', () => {
    const chats = demo.conversations.filter((c) => c.channel === 'chat');
    expect(chats.length / demo.conversations.length).toBeGreaterThan(0.1);
    expect(chats.length / demo.conversations.length).toBeLessThan(0.35);
    const numbers = new Map<string, number>();
    for (const c of demo.conversations) {
      expect(typeof c.meta?.skillGroup).toBe('string');
      expect(typeof c.meta?.topic).toBe('string');
      if (c.channel === 'voice') {
        expect(String(c.meta?.callerNumber)).toMatch(/^138\d{8}$/);
        numbers.set(String(c.meta?.callerNumber), (numbers.get(String(c.meta?.callerNumber)) ?? 0) + 1);
      } else {
        expect(String(c.meta?.memberId)).toMatch(/^M\d{6}$/);
      }
      if (c.meta?.survey !== undefined)
        expect(['satisfied', 'unsatisfied', 'abandoned']).toContain(c.meta.survey);
    }
    expect([...numbers.values()].some((n) => n > 1)).toBe(true); // repeat callers
    const topics = new Set(demo.conversations.map((c) => c.meta?.topic));
    for (const t of ['查询账单', '修改地址', '投诉快递', '宽带报修', '退款进度'])
      expect(topics.has(t), t).toBe(true);
  });

  it('has satisfaction near the 90 % target, lower where faults were injected', () => {
    const rated = demo.conversations.filter(
      (c) => c.meta?.survey === 'satisfied' || c.meta?.survey === 'unsatisfied',
    );
    expect(rated.length).toBeGreaterThan(150);
    const share = (cs: typeof rated): number =>
      cs.filter((c) => c.meta?.survey === 'satisfied').length / cs.length;
    const clean = rated.filter((c) => demo.labels[c.id]!.faults.length === 0);
    const faulty = rated.filter((c) => demo.labels[c.id]!.faults.length > 0);
    expect(share(rated)).toBeGreaterThan(0.75);
    expect(share(rated)).toBeLessThan(0.97);
    expect(share(clean)).toBeGreaterThan(share(faulty));
    expect(demo.conversations.some((c) => c.meta?.survey === 'abandoned')).toBe(true);
  });
});
