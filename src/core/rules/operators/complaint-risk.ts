// Complaint risk: the customer threatens an external complaint (media, 12315, regulator, lawyer). A flag for
// escalation and sampling, not a deduction (seed 002 一般有责: 提及…法律途径、媒体、互联网; seed 004 投诉监管部门、媒体曝光).
import { z } from 'zod';
import { inList } from '../types.ts';
import type { RawHit } from '../types.ts';
import { matchSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';

export const DEFAULT_RISK_PHRASES = [
  '投诉',
  '曝光',
  '媒体',
  '记者',
  '电视台',
  '报社',
  '12315',
  '315',
  '消协',
  '消费者协会',
  '工商局',
  '市场监管',
  '监管部门',
  '银保监',
  '银监会',
  '工信部',
  '通信管理局',
  '律师',
  '起诉',
  '法院',
  '法律途径',
  '报警',
  '发微博',
  '网上曝光',
];

export const complaintRisk = defineOperator({
  id: 'complaint-risk',
  names: { zh: '投诉风险', en: 'Complaint risk' },
  summary:
    'Hits every complaint-risk phrase the customer says (default list: media, 12315, regulators, lawyers).',
  timing: false,
  textHits: true,
  defaultRole: 'customer',
  options: z.object({
    phrases: phraseListSchema.default(DEFAULT_RISK_PHRASES),
    match: matchSchema.optional(),
  }),
  compile(o, ctx) {
    const list = ctx.phrases(o.phrases, o.match);
    return (view) => {
      const hits: RawHit[] = [];
      for (const turn of view.turns)
        for (const m of view.matches(list, turn))
          if (inList(list, m)) hits.push({ turn, start: m.start, end: m.end });
      return { kind: 'hits', hits };
    };
  },
});
