// The KPI and settlement policy: every number of seed 002's contract (and seed 000's fine) as versioned data,
// so each contract can carry its own values. `DEFAULT_KPI_POLICY` is policy v1 with the seeds' values.
// Money is integer fen; targets, bases, slopes and caps allow at most two decimals (points are exact centipoints).
import { z } from 'zod';
import { hasAtMostTwoDecimals } from './money.ts';
import { DEFAULT_TIME_ZONE } from '../time/index.ts';

const twoDecimals = z.number().refine(hasAtMostTwoDecimals, 'must have at most two decimals');
const nonNegativePoints = twoDecimals.refine((x) => x >= 0, 'must not be negative');
const fen = z.number().int('must be a whole number of fen').nonnegative().max(Number.MAX_SAFE_INTEGER);
const percent = twoDecimals.refine((x) => x >= 0 && x <= 100, 'must be between 0 and 100');

/** What an item scores when its period has no data (no calls offered, no survey, no QA score). */
export const NO_DATA_RULES = ['base', 'zero'] as const;
export type NoDataRule = (typeof NO_DATA_RULES)[number];

interface ItemDefaults {
  target: number;
  base: number;
  slope: number;
  whenNoData: NoDataRule;
}

// Each item scores `base + slope × (value − target)` in points, floored at 0, optionally capped
// (docs/product.md "Decided readings of the seeds": above-target results earn points at the same slope, else 120 is unreachable).
function itemSchema(d: ItemDefaults) {
  return z.object({
    /** Target in the item's unit: percent for rates (97 = 97 %), points for the QA score. */
    target: percent.default(d.target),
    /** Points at exactly the target. */
    base: nonNegativePoints.default(d.base),
    /** Points per percentage point (rates) or per QA point, above and below the target. */
    slope: nonNegativePoints.default(d.slope),
    /** Highest points the item may give; null = no cap. */
    cap: nonNegativePoints.nullable().default(null),
    whenNoData: z.enum(NO_DATA_RULES).default(d.whenNoData),
  });
}

export const kpiPolicySchema = z.object({
  /** Required so that every statement names the policy it was computed under. */
  version: z.string().min(1).max(100),
  description: z.string().max(1000).optional(),
  /** Periods (months, report due dates) are calendar days of this zone. */
  timeZone: z.string().min(1).default(DEFAULT_TIME_ZONE),
  items: z
    .object({
      // seed 002 (五)1: 20 s answer rate, target 97 % → 40 points, −2 per percentage point. An agent with no
      // offered calls (all leave, or only abandoned-in-queue calls) is not measured: base points by default.
      answerRate: itemSchema({ target: 97, base: 40, slope: 2, whenNoData: 'base' }).prefault({}),
      // seed 002 (五)2: satisfaction, target 90 % → 30 points, −1 per point; "如果满意度没有统计，默认为满分".
      satisfaction: itemSchema({ target: 90, base: 30, slope: 1, whenNoData: 'base' }).prefault({}),
      // seed 002 (五)3: QA score, target 90 → 30 points, −1 per point. No QA score: base points by default
      // (the agent is not punished for the QA team not sampling them); the result says "no-data".
      qa: itemSchema({ target: 90, base: 30, slope: 1, whenNoData: 'base' }).prefault({}),
    })
    .prefault({}),
  /** Total at which neither bonus nor deduction applies (seed 002: "kpi满分是100分"). */
  thresholdPoints: nonNegativePoints.default(100),
  bonus: z
    .object({
      // seed 002: "奖金总额计算公式为：1000元*(总分-100)%".
      baseFen: fen.default(100_000),
      /** Largest bonus percentage; null = uncapped. */
      maxPercent: percent.nullable().default(null),
    })
    .prefault({}),
  deduction: z
    .object({
      // seed 002: "B客服 … 7000*(100-80)%=1400元" — the agent's monthly fee; overridable per agent.
      monthlyFeeFen: fen.default(700_000),
      // seed 002: "低于80分，扣除20%的费用" — the deduction stops growing at 20 %.
      maxPercent: percent.default(20),
    })
    .prefault({}),
  complaints: z
    .object({
      // seed 002 (一) 1.1 轻微有责 500元, 1.2 一般有责 2500元, 1.3 严重有责 5000元 (vendor found responsible).
      minorFen: fen.default(50_000),
      generalFen: fen.default(250_000),
      severeFen: fen.default(500_000),
    })
    .prefault({}),
  // seed 002 (三): each late callback (yesterday's complaint, after-hours voicemail) 50元.
  lateCallbackFen: fen.default(5_000),
  lateReport: z
    .object({
      // seed 002 (四) "未在每个月5号前完成报表，每次扣罚50元": on or before the 5th is on time (docs/product.md).
      dueDayOfMonth: z.number().int().min(1).max(28).default(5),
      feeFen: fen.default(5_000),
    })
    .prefault({}),
  // seed 000 差错处理 (2): second record-keeping error → offline training and a 100元 fine.
  disciplineFineFen: fen.default(10_000),
});

export type KpiPolicy = z.infer<typeof kpiPolicySchema>;
export type KpiPolicyInput = z.input<typeof kpiPolicySchema>;
export type KpiItemPolicy = KpiPolicy['items']['answerRate'];
export type KpiItemId = keyof KpiPolicy['items'];

/** Policy v1: the seeds' values (seed 002 KPI and penalties, seed 000 fine). */
export const DEFAULT_KPI_POLICY: KpiPolicy = Object.freeze(
  kpiPolicySchema.parse({
    version: 'v1',
    description:
      'seed 002 KPI考核 and 扣罚事项, seed 000 差错处理 (product.md "Interpretations of the seeds")',
  }),
);

export type PolicyParseResult =
  { ok: true; policy: KpiPolicy } | { ok: false; errors: { field: string; message: string }[] };

/** Parse an untrusted policy (e.g. a contract's JSON file); omitted fields take policy v1's values. */
export function parseKpiPolicy(value: unknown): PolicyParseResult {
  const r = kpiPolicySchema.safeParse(value);
  if (r.success) return { ok: true, policy: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  };
}
