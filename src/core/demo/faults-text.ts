// The faulty fragments the demo injects, each a realistic bad habit the QA engine must catch.
// A customer line that provokes it comes with most of them, so the fault sits in a plausible context.

/** A customer line and the faulty agent reply it provokes. */
export interface Exchange {
  customer: string;
  agent: string;
}

/**
 * seed 002 §8 客服违禁词语 and 质检标准 服务用语 ("不清楚、不知道、我要下班了，明天找其他客服吧").
 * `phrase` is the list entry the agent line contains verbatim (ignoring punctuation).
 */
export const FORBIDDEN: readonly (Exchange & { phrase: string })[] = [
  {
    phrase: '我不是跟你说过了吗',
    customer: '那到底什么时候能处理好？',
    agent: '我不是跟你说过了吗，已经在处理了，等通知就行。',
  },
  { phrase: '急什么，别催我', customer: '你能快一点吗？我赶时间。', agent: '急什么，别催我，系统正在查。' },
  {
    phrase: '快点说',
    customer: '我这个情况有点复杂，我慢慢跟你说……',
    agent: '快点说，后面还有很多电话排着呢。',
  },
  {
    phrase: '我不知道，我不清楚',
    customer: '那下个月还会这样吗？',
    agent: '我不知道，我不清楚，到时候再说吧。',
  },
  { phrase: '不解释，就是这么规定的', customer: '为什么一定要这样处理？', agent: '不解释，就是这么规定的。' },
  { phrase: '不是有吗，你自己去看', customer: '这个规则在哪里能看到？', agent: '不是有吗，你自己去看。' },
  { phrase: '你找领导也没用', customer: '这不合理，我要找你们领导。', agent: '你找领导也没用，结果都一样。' },
  {
    phrase: '什么意思？谁告诉你的？我怎么知道',
    customer: '可是我上次打电话的时候不是这么说的。',
    agent: '什么意思？谁告诉你的？我怎么知道。',
  },
  { phrase: '没法查！没办法！', customer: '那你帮我想想办法行不行？', agent: '没法查！没办法！' },
  { phrase: '不行就是不行', customer: '能不能给我通融一下？', agent: '不行就是不行，说多少遍都一样。' },
  {
    phrase: '明明就是你的问题',
    customer: '你们就是这么对待客户的？',
    agent: '明明就是你的问题，怪不到我们头上。',
  },
  {
    phrase: '你有完没完',
    customer: '我再问一遍，这个费用到底怎么算的？',
    agent: '你有完没完，该说的都说了。',
  },
  {
    phrase: '我就这态度，你想怎样？你要投诉就投诉吧',
    customer: '你这是什么态度？',
    agent: '我就这态度，你想怎样？你要投诉就投诉吧。',
  },
  {
    phrase: '你要是这样说的话，那我也没办法了',
    customer: '反正我不接受这个结果。',
    agent: '你要是这样说的话，那我也没办法了。',
  },
  { phrase: '你问我，我问谁', customer: '你们系统里应该能查到吧？', agent: '你问我，我问谁？' },
  { phrase: '说话呀，再不说话我就挂了', customer: '嗯……那个……', agent: '说话呀，再不说话我就挂了。' },
  { phrase: '你听不懂我说话吗', customer: '你说慢一点，我没听清。', agent: '你听不懂我说话吗？' },
  {
    phrase: '你着什么急',
    customer: '我下午还要上班，能不能快点？',
    agent: '你着什么急，我这不是在帮你查吗。',
  },
  {
    phrase: '我要下班了，明天找其他客服吧',
    customer: '那你能帮我再查一下明细吗？',
    agent: '我要下班了，明天找其他客服吧。',
  },
];

/**
 * Rhetorical questioning, blaming and ordering (seed 000 禁忌: 责问、反问、训斥; 习惯用语 vs 专业表达;
 * seed 002 言辞语气强硬). None of these contains a seed-002 list phrase.
 */
export const HARSH: readonly Exchange[] = [
  { customer: '这个月怎么又出问题了？', agent: '你怎么对我们公司的产品老是有问题？' },
  { customer: '是不是你们弄错了？', agent: '你错了，不是那样的！' },
  { customer: '我还是没太明白。', agent: '你没有弄明白，这次听好了。' },
  { customer: '那你们帮我办一下吧。', agent: '如果你需要我的帮助，你必须先把资料准备齐。' },
  { customer: '我之前没收到任何通知。', agent: '短信都发了你自己不看，这能怪谁？' },
  { customer: '这么简单的事怎么这么麻烦？', agent: '这么简单的规定你都看不懂吗？' },
  { customer: '我哪知道要提前申请？', agent: '办之前你自己不会先问清楚吗？' },
  { customer: '那我现在该怎么办？', agent: '你自己看着办吧。' },
];

/** Deflecting responsibility (推诿, seed 002 服务态度 "存在推诿、厌烦等行为"); `{dept}` is the other party. */
export const SHIRKING: readonly ((dept: string) => string)[] = [
  (dept) => `这不归我管，你去找${dept}吧。`,
  (dept) => `这个是${dept}负责的，你找别人问吧。`,
  (dept) => `我们这边管不了，你自己联系${dept}。`,
  (dept) => `这个你找${dept}，别找我们。`,
];

/** Interjections (seed 002: 啊、喂、哎) put in front of an agent line. */
export const FILLER_PREFIXES = ['啊，', '哎，', '啊，那个，'] as const;
/** Greeting with the habitual "喂" in front (a filler, not a missing greeting). */
export const FILLER_GREETING_PREFIX = '喂，';
/** Said after a hold or a long search instead of thanking the customer. */
export const FILLER_AFTER_WAIT = '喂，您还在吗？';

/** Openings without a courtesy greeting (seed 002: 开头语未出现礼貌问候语). */
export const NO_GREETING: readonly ((no: string) => string)[] = [
  () => '请讲。',
  () => '嗯，您说。',
  (no) => `${no}号，请讲。`,
  () => '您说，什么事？',
];

/** Returning from a hold without thanks (seed 002: 要先谢谢客户等候). */
export const NO_THANKS_RETURN = ['查到了，', '好的，这边查到了，', '您那个查到了，'] as const;

/** Last agent words without a courtesy closing (seed 002: 结束语未出现礼貌结束语). */
export const NO_CLOSING = ['嗯，好。', '好的。', '行。'] as const;

/** The customer is still asking when the agent hangs up on them (seed 003: 客户未明确没有其他需求). */
export const CUT_OFF_QUESTIONS = [
  '那我再问一下，那个……',
  '等一下，我还有个问题，就是……',
  '那如果到时候还不行的话……',
] as const;
/** A closing said without asking whether anything else is needed, followed by an immediate agent hang-up. */
export const RUSHED_CLOSINGS = [
  '好的，感谢您的来电，再见。',
  '那就先这样处理，感谢您的来电，再见。',
] as const;

/** Agent-side markers the tests use to tell a courteous line from a faulty one. */
export const FILLER_CHARS = ['啊', '喂', '哎'] as const;
export const EMPATHY_MARKERS = ['抱歉', '理解', '对不起', '不好意思', '添麻烦', '别着急'] as const;
export const THANKS_MARKERS = ['耐心等待', '久等'] as const;
export const CLOSING_MARKERS = ['感谢您的来电', '祝您生活愉快', '感谢您的咨询'] as const;
export const THREAT_MARKERS = ['12315', '媒体', '曝光', '消协', '监管', '律师', '网上'] as const;
