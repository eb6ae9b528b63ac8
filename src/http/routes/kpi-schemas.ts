// Answers of the KPI routes (./kpi.ts): the monthly KPI row per agent, one agent's drill-down and the policy
// versions, with the row presenter.
import { z } from 'zod';
import type { KpiItemResult } from '../../core/kpi/index.ts';
import { disciplineWindowSchema } from '../../core/kpi/discipline.ts';
import { kpiPolicySchema } from '../../core/kpi/policy.ts';
import type { kpiRows } from '../../settlement/kpi.ts';
import { declared } from '../declared.ts';

const itemSchema = z.object({
  kind: z.enum(['measured', 'no-data']),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  points: z.number(),
  clamped: z.enum(['floor', 'cap']).nullable(),
  noDataRule: z
    .enum(['base', 'zero'])
    .nullable()
    .describe('without data: what the policy scored instead (`base` points or `zero`); null when measured'),
});

export const kpiRowSchema = z.object({
  agentId: z.string(),
  agentName: z.string(),
  teamId: z.string(),
  vendorId: z.string(),
  policyVersion: z.string(),
  answerRate: z.number().nullable(),
  satisfaction: z.number().nullable(),
  qaScore: z.number().nullable(),
  points: z.object({ answerRate: z.number(), satisfaction: z.number(), qa: z.number(), total: z.number() }),
  bonusFen: z.number(),
  deductionFen: z.number(),
  outcome: z.enum(['bonus', 'deduction', 'on-target']),
  outcomePercent: z.number().nullable(),
  monthlyFeeFen: z.number(),
  items: z.object({ answerRate: itemSchema, satisfaction: itemSchema, qa: itemSchema }),
  noData: z
    .array(z.enum(['answerRate', 'satisfaction', 'qa']))
    .describe('the items scored without data, so no screen shows their points as if they were measured'),
  inputs: z.object({
    days: z.number(),
    offered: z.number(),
    answered: z.number(),
    answeredWithin20s: z.number(),
    abandonedInQueue: z.number(),
    rated: z.number(),
    satisfied: z.number(),
    ratingAbandoned: z.number(),
    qaCount: z.number(),
  }),
});

function item(i: KpiItemResult): z.infer<typeof itemSchema> {
  return i.kind === 'measured'
    ? {
        kind: i.kind,
        value: i.value,
        numerator: i.numerator,
        denominator: i.denominator,
        points: i.points,
        clamped: i.clamped,
        noDataRule: null,
      }
    : {
        kind: i.kind,
        value: null,
        numerator: null,
        denominator: null,
        points: i.points,
        clamped: null,
        noDataRule: i.rule,
      };
}

export function presentKpiRow(r: ReturnType<typeof kpiRows>[number]) {
  const k = r.kpi;
  const s = r.stats;
  return declared(kpiRowSchema, {
    agentId: r.agent.agentId,
    agentName: r.agent.name,
    teamId: r.agent.teamId,
    vendorId: r.agent.vendorId,
    policyVersion: k.policyVersion,
    answerRate: k.items.answerRate.value,
    satisfaction: k.items.satisfaction.value,
    qaScore: k.items.qa.value,
    points: {
      answerRate: k.items.answerRate.points,
      satisfaction: k.items.satisfaction.points,
      qa: k.items.qa.points,
      total: k.totalPoints,
    },
    bonusFen: k.bonusFen,
    deductionFen: k.deductionFen,
    outcome: k.outcome.kind,
    outcomePercent: k.outcome.kind === 'on-target' ? null : k.outcome.percent,
    monthlyFeeFen: k.monthlyFeeFen,
    items: {
      answerRate: item(k.items.answerRate),
      satisfaction: item(k.items.satisfaction),
      qa: item(k.items.qa),
    },
    noData: (['answerRate', 'satisfaction', 'qa'] as const).filter((i) => k.items[i].kind === 'no-data'),
    inputs: {
      days: s?.days ?? 0,
      offered: s?.offered ?? 0,
      answered: s?.answered ?? 0,
      answeredWithin20s: s?.answeredWithin20s ?? 0,
      abandonedInQueue: s?.abandonedInQueue ?? 0,
      rated: s?.rated ?? 0,
      satisfied: s?.satisfied ?? 0,
      ratingAbandoned: s?.ratingAbandoned ?? 0,
      qaCount: r.qa.count,
    },
  });
}

/** seed 000's counting window of the error ladder, stored with each policy version. */
export { disciplineWindowSchema };

export const policyRowSchema = z.object({
  id: z.string(),
  vendorId: z.string().nullable().describe('null for the default policy'),
  version: z.string(),
  effectiveFrom: z.string().describe('the first month (YYYY-MM) the version applies to'),
  policy: kpiPolicySchema,
  disciplineWindow: disciplineWindowSchema,
  createdAt: z.string(),
});

export const addedPolicySchema = policyRowSchema.pick({
  id: true,
  version: true,
  vendorId: true,
  effectiveFrom: true,
});

export const agentDetailSchema = z.object({
  month: z.string(),
  timeZone: z.string(),
  kpi: kpiRowSchema
    .nullable()
    .describe('null when the agent is not part of the month (no data, inactive or hired later)'),
  daily: z.array(
    z.object({
      date: z.string(),
      source: z.string(),
      offered: z.number(),
      answered: z.number(),
      answeredWithin20s: z.number(),
      abandonedInQueue: z.number(),
      rated: z.number(),
      satisfied: z.number(),
      ratingAbandoned: z.number(),
      counted: z
        .boolean()
        .describe('derived rows count only for days no imported source covers, as in the KPI itself'),
    }),
  ),
  qaScores: z.array(
    z.object({
      agentId: z.string(),
      conversationId: z.string(),
      startedAt: z.string().describe('local time of the call, without a zone'),
      total: z.number(),
      reviewed: z.boolean(),
    }),
  ),
  complaints: z.array(
    z.object({
      id: z.string(),
      receivedOn: z.string(),
      severity: z.enum(['minor', 'general', 'severe']),
      decision: z.enum(['pending', 'responsible', 'not_responsible']),
      conversationId: z.string().nullable(),
      description: z.string(),
    }),
  ),
  incidents: z.array(
    z.object({
      id: z.string(),
      occurredOn: z.string(),
      review: z.enum(['pending', 'confirmed', 'rejected']),
      description: z.string(),
    }),
  ),
});
