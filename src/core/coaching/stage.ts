// Tenure stages for stage-based training (seed 004 "按照上线时段可分为：上线初期、中期及后期", and 新员工 / 老员工 by
// years of service). An agent is `new` from hire until going on line (pre-line training) and for the first
// `newDays` after hire when no on-line date is known; once on line the days since going on line decide early /
// middle / late. Thresholds are settings (stored, edited by the QA lead); these are the defaults.
import { z } from 'zod';
import { addDays, daysBetween, parseLocalDate, type LocalDate } from '../time/days.ts';

export const STAGES = ['new', 'early', 'middle', 'late'] as const;
export type Stage = (typeof STAGES)[number];

export const stageSettingsSchema = z
  .object({
    /** Days of pre-line training after hire when the agent's on-line date is not recorded. */
    trainingDays: z.number().int().min(0).max(365),
    /** On line for fewer than this many days: early stage (上线初期). */
    earlyUntilDays: z.number().int().min(1).max(3650),
    /** On line for fewer than this many days (and not early): middle stage (上线中期); after it late (后期). */
    middleUntilDays: z.number().int().min(2).max(3650),
  })
  .refine((s) => s.middleUntilDays > s.earlyUntilDays, {
    message: 'middleUntilDays must be greater than earlyUntilDays',
    path: ['middleUntilDays'],
  });
export type StageSettings = z.infer<typeof stageSettingsSchema>;

export const DEFAULT_STAGE_SETTINGS: StageSettings = {
  trainingDays: 7,
  earlyUntilDays: 90,
  middleUntilDays: 365,
};

/**
 * The failures each stage typically shows and training should focus on (seed 004): new and early agents the
 * service red lines (risk, forbidden words, attitude: 服务红线意识、防范风险); middle agents basic business and process
 * answers (基础业务、流程的解答与执行); late agents complaints born of over-confidence (错误的经验疏忽导致投诉) and
 * soothing difficult customers (投诉的处理安撫技巧). Values are rule categories and rule ids of the default pack.
 */
export const STAGE_FOCUS: Record<Stage, { categories: readonly string[]; rules: readonly string[] }> = {
  new: {
    categories: ['attitude'],
    rules: ['forbidden-phrase', 'insult', 'missing-greeting', 'missing-closing'],
  },
  early: { categories: ['attitude'], rules: ['forbidden-phrase', 'insult', 'shirking', 'agent-hangup'] },
  middle: { categories: ['professional'], rules: ['repeated-answer', 'long-hold', 'hold-without-thanks'] },
  late: {
    categories: ['professional'],
    rules: ['complaint-risk', 'no-empathy', 'habitual-phrasing', 'harsh-tone'],
  },
};

export interface TenureDates {
  hiredOn: string | null;
  onlineOn: string | null;
}

/** The effective on-line day: recorded, else hire + training days; null without a hire date. */
export function onlineDay(a: TenureDates, s: StageSettings): LocalDate | null {
  if (a.onlineOn) return parseLocalDate(a.onlineOn);
  if (!a.hiredOn) return null;
  return addDays(parseLocalDate(a.hiredOn), s.trainingDays);
}

/** The agent's stage on `today` (local day), or null when neither date is known. */
export function stageOf(a: TenureDates, today: string, s: StageSettings): Stage | null {
  const online = onlineDay(a, s);
  if (!online) return null;
  const days = daysBetween(online, parseLocalDate(today));
  if (days < 0) return 'new';
  if (days < s.earlyUntilDays) return 'early';
  if (days < s.middleUntilDays) return 'middle';
  return 'late';
}

/** Whether a hit rule (id, category) is one of the stage's typical failures. */
export function isTypicalFailure(stage: Stage, ruleId: string, category: string | undefined): boolean {
  const f = STAGE_FOCUS[stage];
  return f.rules.includes(ruleId) || (category !== undefined && f.categories.includes(category));
}
