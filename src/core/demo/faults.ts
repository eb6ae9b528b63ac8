// Which faults a demo conversation carries. Fault kinds are the default rule ids of docs/product.md, so a
// demo conversation labelled `forbidden-phrase` is one the rule of that id should flag.
import type { Rng } from '../random/random.ts';

export const FAULT_KINDS = [
  'missing-greeting',
  'missing-closing',
  'forbidden-phrase',
  'filler-word',
  'harsh-tone',
  'shirking',
  'long-silence',
  'interruption',
  'hold-without-thanks',
  'agent-hangup',
  'no-empathy',
  'complaint-risk',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Who called (seed 003 来电分类): regular customers, harassment, silent lines. */
export type CallerClass = 'regular' | 'harassment' | 'silent';

export type Mood = { kind: 'calm' } | { kind: 'upset'; threat: boolean; empathy: boolean };

/**
 * Injection rates. Agent faults are per contact and are multiplied by the agent's propensity
 * (mean 1 over the agents: newcomers err more than veterans); customer-side rates are not.
 */
export interface DemoRates {
  missingGreeting: number;
  missingClosing: number;
  forbiddenPhrase: number;
  fillerWord: number;
  harshTone: number;
  shirking: number;
  /** Voice only: > 20 s of silence after a customer turn without a hold or "please wait". */
  longSilence: number;
  /** Voice only: the agent starts while the customer is still speaking. */
  interruption: number;
  /** Among voice calls that contain a hold. */
  holdWithoutThanks: number;
  /** Voice only: the agent hangs up before the customer said there is nothing else. */
  agentHangup: number;
  /** Upset customers, averaged over scenarios (a stuck parcel angers more often than a bill query). */
  upsetCustomer: number;
  /** Among upset customers: threatens 12315 / media / regulator / lawyer. */
  threatWhenUpset: number;
  /** Among upset customers: the agent never apologises or soothes (× the agent's propensity). */
  noEmpathyWhenUpset: number;
  /** Voice only, customer side: harassment calls and silent calls, which the agent may end (seed 003). */
  harassmentCall: number;
  silentCall: number;
}

export const DEFAULT_RATES: DemoRates = {
  missingGreeting: 0.05,
  missingClosing: 0.06,
  forbiddenPhrase: 0.08,
  fillerWord: 0.12,
  harshTone: 0.05,
  shirking: 0.05,
  longSilence: 0.06,
  interruption: 0.07,
  holdWithoutThanks: 0.2,
  agentHangup: 0.04,
  upsetCustomer: 0.1,
  threatWhenUpset: 0.5,
  noEmpathyWhenUpset: 0.35,
  harassmentCall: 0.012,
  silentCall: 0.01,
};

export interface FaultPlan {
  missingGreeting: boolean;
  missingClosing: boolean;
  /** Number of forbidden-phrase exchanges (0–3). */
  forbidden: number;
  /** Number of agent lines with an interjection (0–3). */
  filler: number;
  /** Number of harsh exchanges (0–2). */
  harsh: number;
  shirking: boolean;
  longSilence: boolean;
  interruption: boolean;
  holdWithoutThanks: boolean;
  agentHangup: boolean;
  mood: Mood;
}

export interface PlanInput {
  rates: DemoRates;
  /** The agent's fault multiplier. */
  propensity: number;
  channel: 'voice' | 'chat';
  /** The scenario's anger multiplier divided by the weighted mean over scenarios. */
  anger: number;
}

export function planFaults(rng: Rng, { rates, propensity, channel, anger }: PlanInput): FaultPlan {
  const voice = channel === 'voice';
  // 1 − (1 − rate)^propensity: ≈ rate × propensity for small rates, and 0 and 1 stay exact.
  const p = (rate: number): boolean => rng.chance(1 - Math.pow(1 - Math.min(1, rate), propensity));
  const upset = rng.chance(Math.min(0.9, rates.upsetCustomer * anger));
  return {
    missingGreeting: p(rates.missingGreeting),
    missingClosing: p(rates.missingClosing),
    forbidden: p(rates.forbiddenPhrase)
      ? rng.weighted([
          [1, 0.7],
          [2, 0.25],
          [3, 0.05],
        ] as const)
      : 0,
    filler: p(rates.fillerWord)
      ? rng.weighted([
          [1, 0.5],
          [2, 0.3],
          [3, 0.2],
        ] as const)
      : 0,
    harsh: p(rates.harshTone)
      ? rng.weighted([
          [1, 0.8],
          [2, 0.2],
        ] as const)
      : 0,
    shirking: p(rates.shirking),
    longSilence: voice && p(rates.longSilence),
    interruption: voice && p(rates.interruption),
    holdWithoutThanks: voice && p(rates.holdWithoutThanks),
    agentHangup: voice && p(rates.agentHangup),
    mood: upset
      ? { kind: 'upset', threat: rng.chance(rates.threatWhenUpset), empathy: !p(rates.noEmpathyWhenUpset) }
      : { kind: 'calm' },
  };
}

export function pickCallerClass(rng: Rng, rates: DemoRates, channel: 'voice' | 'chat'): CallerClass {
  if (channel === 'chat') return 'regular';
  return rng.weighted<CallerClass>([
    ['harassment', rates.harassmentCall],
    ['silent', rates.silentCall],
    ['regular', Math.max(0, 1 - rates.harassmentCall - rates.silentCall)],
  ]);
}

/** Newcomers make more mistakes than veterans (docs/product.md: tenure stage analysis new / early / mid / late). */
function tenureFactor(days: number): number {
  if (days < 90) return 1.6;
  if (days < 365) return 1.15;
  if (days < 1095) return 0.85;
  return 0.7;
}

/**
 * Each agent's fault multiplier from tenure (days employed at the end date) and temperament, with one
 * struggling agent and one star so the league table has a clear bottom and top. Normalised to mean 1,
 * so the overall injection rates stay those configured.
 */
export function agentPropensities(rng: Rng, tenureDays: readonly number[]): number[] {
  const raw = tenureDays.map((d) => tenureFactor(d) * rng.float(0.6, 1.5));
  const [struggling, star] = rng.sample(
    raw.map((_, i) => i),
    2,
  );
  if (struggling !== undefined) raw[struggling] = (raw[struggling] ?? 1) * 2.2;
  if (star !== undefined) raw[star] = (raw[star] ?? 1) * 0.4;
  const mean = raw.reduce((a, b) => a + b, 0) / Math.max(1, raw.length);
  return raw.map((x) => x / mean);
}
