// Complaint risk: the customer threatens an external complaint. A flag for escalation and sampling, not a
// deduction (seed 002 一般有责: 提及…法律途径、媒体、互联网; seed 004 投诉监管部门、媒体曝光). Judged by sense: an
// action word (投诉, 曝光, 起诉, 报警…) is a threat by itself, a channel (12345, 消协, 抖音, 记者, 律师, 法院…) only when
// the customer turns to it (我去/我要打/向/上/发… before it in the same clause), so 媒体播放器打不开, 我朋友是律师 and
// 法院附近有营业厅吗 are not threats; 我不是要投诉 is negated (the condition's `negated` exception).
import { z } from 'zod';
import { inList } from '../types.ts';
import type { RawHit } from '../types.ts';
import { matchSchema, phraseListSchema } from './common.ts';
import { defineOperator } from './define.ts';

/** Words that are a threat by themselves. */
export const DEFAULT_RISK_PHRASES = [
  '投诉',
  '曝光',
  '起诉',
  '举报',
  { pattern: '报警', notFollowedBy: ['器'] },
  '申诉',
  '告你们',
  '告你',
  '打官司',
  '法律途径',
  '走法律',
  '维权',
  '发帖',
  '网上曝光',
  '发微博',
];

/** External channels (seed 002: 法律途径、媒体、互联网; seed 004: 监管部门、媒体): a threat when turned to. */
export const DEFAULT_RISK_CHANNELS = [
  '12345',
  '市长热线',
  '政府热线',
  '12315',
  '315',
  '消协',
  '消费者协会',
  '工商',
  '市场监管',
  '市场监督',
  '监管部门',
  '银保监',
  '银监会',
  '保监会',
  '证监会',
  '工信部',
  '通管局',
  '通信管理局',
  '电视台',
  '媒体',
  '记者',
  '报社',
  '报纸',
  '网上',
  '微博',
  '抖音',
  '快手',
  '小红书',
  '朋友圈',
  '公众号',
  '黑猫',
  '律师',
  '法院',
  '仲裁',
  '派出所',
  '公安',
];

/** Verbs and prepositions of turning to a channel: 我去/找/打/向/给/上/发/到/告/请/跟/让. */
export const DEFAULT_RISK_CUES = [
  '去',
  '找',
  '打',
  '向',
  '给',
  '上',
  '发',
  '到',
  '告',
  '请',
  '跟',
  '让',
  '挂',
];

const CLAUSE_END = /[，,。！!？?；;\n]/u;

export const complaintRisk = defineOperator({
  id: 'complaint-risk',
  names: { zh: '投诉风险', en: 'Complaint risk' },
  summary:
    'Hits a customer threat of an external complaint: an action word (投诉, 曝光, 起诉…), or a channel (12345, media, regulators, courts, social media) the customer turns to.',
  timing: false,
  midCall: true,
  textHits: true,
  defaultRole: 'customer',
  options: z.object({
    phrases: phraseListSchema.default(DEFAULT_RISK_PHRASES),
    channels: phraseListSchema.default(DEFAULT_RISK_CHANNELS),
    /** A channel counts when one of these stands at most `cueWithin` characters before it in its clause. */
    cues: z.array(z.string().min(1)).default(DEFAULT_RISK_CUES),
    cueWithin: z.number().int().min(1).max(20).default(8),
    match: matchSchema.optional(),
  }),
  compile(o, ctx) {
    const list = ctx.phrases(o.phrases, o.match);
    const channels = ctx.phrases(o.channels, o.match);
    const turnedTo = (text: string, start: number): boolean => {
      let from = start;
      while (from > 0 && start - from < o.cueWithin && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
      const before = text.slice(from, start);
      return o.cues.some((c) => before.includes(c));
    };
    return (view) => {
      const hits: RawHit[] = [];
      for (const turn of view.turns) {
        const text = view.conversation.turns[turn]?.text ?? '';
        for (const m of view.matches(list, turn))
          if (inList(list, m)) hits.push({ turn, start: m.start, end: m.end });
        for (const m of view.matches(channels, turn))
          if (inList(channels, m) && turnedTo(text, m.start)) hits.push({ turn, start: m.start, end: m.end });
      }
      if (hits.length > 1) hits.sort((a, b) => a.turn - b.turn || a.start - b.start);
      return { kind: 'hits', hits };
    };
  },
});
