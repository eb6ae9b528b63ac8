// The seeded demo organisation: org chart, ~500 contacts over the last 30 days, and what was injected
// into each. Pure and deterministic: the same options give deep-equal output.
import { z } from 'zod';
import type { Conversation } from '../conversation/schema.ts';
import { addDays, daysBetween, dayOfWeek, parseLocalDate, type LocalDate } from '../time/days.ts';
import { compose } from './compose.ts';
import {
  agentPropensities,
  DEFAULT_RATES,
  planFaults,
  pickCallerClass,
  type CallerClass,
  type DemoRates,
  type FaultKind,
} from './faults.ts';
import { buildOrg, inventPerson, type DemoAgent, type DemoOrgChart } from './org.ts';
import { createRng, type Rng } from '../random/random.ts';
import type { Persona, Scenario } from './scenario.ts';
import { arrivals } from './schedule.ts';
import { CARD_SCENARIOS } from './scenarios-card.ts';
import { LIFE_SCENARIOS } from './scenarios-life.ts';
import { chatTimeline, voiceTimeline } from './timeline.ts';

export const SCENARIOS: readonly Scenario[] = [...CARD_SCENARIOS, ...LIFE_SCENARIOS];

const rateSchema = z.number().min(0).max(1);
export const demoOptionsSchema = z.object({
  seed: z.number().int(),
  endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'endDate must be YYYY-MM-DD'),
  days: z.number().int().min(1).max(366).default(30),
  conversations: z.number().int().min(0).max(200_000).default(500),
  timeZone: z.string().min(1).default('Asia/Shanghai'),
  rates: z
    .strictObject(Object.fromEntries(Object.keys(DEFAULT_RATES).map((k) => [k, rateSchema.optional()])))
    .optional(),
});
export type DemoOptions = Omit<z.input<typeof demoOptionsSchema>, 'rates'> & { rates?: Partial<DemoRates> };

/** Ground truth for one conversation: what the generator injected (for tests and rule evaluation). */
export interface DemoLabel {
  scenario: string;
  callerClass: CallerClass;
  faults: FaultKind[];
}

export interface DemoOrg extends DemoOrgChart {
  conversations: Conversation[];
  /** By conversation id. Not part of the conversation data: loaders store conversations only. */
  labels: Record<string, DemoLabel>;
}

/** New agents shadow a colleague (跟岗) for a week before they take contacts alone. */
const NESTING_DAYS = 7;
/** After-call work before an agent is free for the next call. */
const WRAP_UP_MS = 30_000;
/** Share of contacts from someone who already called in the window (repeat callers). */
const REPEAT_CALLER = 0.1;
const FIRST_CALLER_NUMBER = 13_800_000_000;

export function generateDemo(options: DemoOptions): DemoOrg {
  const opts = demoOptionsSchema.parse(options);
  const overrides = Object.entries(opts.rates ?? {}).filter(([, v]) => v !== undefined);
  const rates: DemoRates = { ...DEFAULT_RATES, ...Object.fromEntries(overrides) };
  const end = parseLocalDate(opts.endDate);
  const root = createRng(opts.seed);
  const org = buildOrg(root.fork('org'), end);

  const agents = org.agents.map((a, i) => ({ agent: a, index: i, hired: parseLocalDate(a.hiredOn) }));
  const propensity = agentPropensities(
    root.fork('propensity'),
    agents.map((a) => daysBetween(a.hired, end)),
  );
  const busyUntil = agents.map(() => Number.NEGATIVE_INFINITY);
  const meanAnger =
    SCENARIOS.reduce((s, x) => s + x.weight * x.anger, 0) / SCENARIOS.reduce((s, x) => s + x.weight, 0);
  const callers = new CallerBook();

  const conversations: Conversation[] = [];
  const labels: Record<string, DemoLabel> = {};
  const slots = arrivals(root.fork('arrivals'), opts.conversations, end, opts.days, opts.timeZone);
  slots.forEach((slot, i) => {
    const rng = root.fork(`contact:${i}`);
    const id = `demo-${String(i + 1).padStart(4, '0')}`;
    const scenario = rng.weighted(SCENARIOS.map((s) => [s, s.weight] as const));
    const channel = scenario.chatSkillGroup && rng.chance(scenario.chatShare) ? 'chat' : 'voice';
    const callerClass = pickCallerClass(rng, rates, channel);

    const pool = agents.filter((a) => a.agent.teamId === scenario.teamId);
    const available = pickAgent(rng, pool, slot.date, channel === 'voice' ? slot.epochMs : null, busyUntil);
    const agent = available.agent;
    const caller = callers.next(rng, scenario.teamId, callerClass);
    const content = scenario.build(rng, caller.persona, slot.date);
    const plan = planFaults(rng, {
      rates,
      propensity: propensity[available.index] ?? 1,
      channel,
      anger: scenario.anger / meanAnger,
    });
    const { script, faults } = compose(rng, {
      channel,
      callerClass,
      agentNo: agent.id.slice(1),
      chatNick: `小${agent.name.slice(0, 1)}`,
      content,
      plan,
    });
    const timed = channel === 'voice' ? voiceTimeline(rng, script) : chatTimeline(rng, script);
    if (channel === 'voice') busyUntil[available.index] = slot.epochMs + timed.durationMs + WRAP_UP_MS;

    const survey = surveyResult(rng, channel, callerClass, faults, script.ending.by === 'agent');
    conversations.push({
      id,
      channel,
      agentId: agent.id,
      startedAt: slot.iso,
      turns: timed.turns,
      ...(channel === 'voice' ? { events: timed.events } : {}),
      meta: {
        skillGroup: channel === 'chat' ? scenario.chatSkillGroup : scenario.skillGroup,
        topic:
          callerClass === 'regular' ? scenario.topic : callerClass === 'harassment' ? '骚扰来电' : '无声来电',
        ...(channel === 'voice' ? { callerNumber: caller.number } : { memberId: caller.memberId }),
        ...(survey ? { survey } : {}),
      },
    });
    labels[id] = { scenario: scenario.id, callerClass, faults };
  });
  return { ...org, conversations, labels };
}

interface PoolAgent {
  agent: DemoAgent;
  index: number;
  hired: LocalDate;
}

/** Five days on, two consecutive days off, staggered across agents so every day is staffed. */
function onShift(a: PoolAgent, date: LocalDate): boolean {
  const offStart = (a.index * 3) % 7;
  return (dayOfWeek(date) - offStart + 7) % 7 >= 2;
}

/**
 * An agent of the team who has finished nesting, is on shift and (for a call) is not on another call.
 * Constraints are relaxed in that order of importance if nobody qualifies.
 */
function pickAgent(
  rng: Rng,
  pool: readonly PoolAgent[],
  date: LocalDate,
  callAt: number | null,
  busyUntil: readonly number[],
): PoolAgent {
  const working = pool.filter((a) => daysBetween(addDays(a.hired, NESTING_DAYS), date) >= 0);
  const team = working.length > 0 ? working : pool;
  const shift = team.filter((a) => onShift(a, date));
  const free = shift.filter((a) => callAt === null || (busyUntil[a.index] ?? 0) <= callAt);
  const choices = free.length > 0 ? free : shift.length > 0 ? shift : team;
  return rng.pick(choices);
}

interface Caller {
  persona: Persona;
  number: string;
  memberId: string;
}

/** Customers and their numbers (13800000000 + n, fake but complete so masking can be shown). */
class CallerBook {
  private readonly byTeam = new Map<string, Caller[]>();
  private readonly harassers: Caller[] = [];
  private count = 0;

  next(rng: Rng, teamId: string, callerClass: CallerClass): Caller {
    if (callerClass === 'harassment') {
      // Two numbers make all the harassment calls, so the auto-block of seed 003 has something to find.
      if (this.harassers.length < 2) this.harassers.push(this.create(rng));
      return rng.pick(this.harassers);
    }
    const seen = this.byTeam.get(teamId) ?? [];
    if (callerClass === 'regular' && seen.length > 0 && rng.chance(REPEAT_CALLER)) return rng.pick(seen);
    const caller = this.create(rng);
    seen.push(caller);
    this.byTeam.set(teamId, seen);
    return caller;
  }

  private create(rng: Rng): Caller {
    this.count += 1;
    const person = inventPerson(rng, new Set(), 0.5);
    return {
      persona: {
        fullName: person.name,
        address: person.name.slice(0, 1) + (person.female ? '女士' : '先生'),
      },
      number: String(FIRST_CALLER_NUMBER + this.count),
      memberId: `M${String(100_000 + this.count)}`,
    };
  }
}

type Survey = 'satisfied' | 'unsatisfied' | 'abandoned';

/**
 * The post-contact satisfaction survey (seed 002 满意度 = 满意量/(参评量-放弃量)). Offered on most calls
 * the customer ends, never after an agent hang-up; faults and upset customers lower satisfaction.
 */
function surveyResult(
  rng: Rng,
  channel: 'voice' | 'chat',
  callerClass: CallerClass,
  faults: readonly FaultKind[],
  agentHungUp: boolean,
): Survey | null {
  if (callerClass !== 'regular' || agentHungUp) return null;
  if (!rng.chance(channel === 'voice' ? 0.65 : 0.5)) return null;
  if (rng.chance(0.12)) return 'abandoned';
  let p = 0.975;
  for (const f of faults) p *= SATISFACTION_FACTOR[f];
  return rng.chance(p) ? 'satisfied' : 'unsatisfied';
}

const SATISFACTION_FACTOR: Record<FaultKind, number> = {
  'missing-greeting': 0.95,
  'missing-closing': 0.95,
  'forbidden-phrase': 0.6,
  'filler-word': 0.97,
  'harsh-tone': 0.6,
  shirking: 0.65,
  'long-silence': 0.9,
  interruption: 0.9,
  'hold-without-thanks': 0.92,
  'agent-hangup': 0.7,
  'no-empathy': 0.5,
  'complaint-risk': 0.7,
};
