// Call-flow fragments the demo dialogues are composed from. The courteous forms follow seed 002
// (客服的工作礼仪: 标准问候语, 等候时"谢谢您的耐心等待", 结束时问还能为他做些什么并感谢来电) and seed 000's
// professional phrasing ("请问，我可以知道您的名字吗？", "非常感谢您的耐心等待", "我完全理解您的苦衷").
// Courteous agent lines must stay free of every fault marker in faults-text.ts: tests check that
// conversations without injected faults contain none.

/** Agent number as spoken in a greeting: A007 → "007". */
export type AgentNo = string;

export const IVR_PROMPTS = [
  '您好，欢迎致电客户服务热线，为保证服务质量，您的通话可能会被录音，正在为您转接人工服务。',
  '人工服务正在为您接通，通话可能会被录音，请稍候。',
] as const;

export const GREETINGS: readonly ((no: AgentNo) => string)[] = [
  (no) => `您好，${no}号客服很高兴为您服务，请问有什么可以帮您？`,
  (no) => `您好，很高兴为您服务，我是${no}号客服，请问有什么可以帮到您？`,
  (no) => `您好，云锦客服中心${no}号为您服务，请问有什么可以帮您？`,
];

export const CHAT_GREETINGS: readonly ((nick: string) => string)[] = [
  (nick) => `您好，在线客服${nick}很高兴为您服务，请问有什么可以帮您？`,
  (nick) => `您好，我是在线客服${nick}，请问有什么可以帮到您？`,
];

/** Customers open a chat before the agent greets them. */
export const CHAT_OPENERS = ['在吗？', '你好，在吗', '人工客服', '你好'] as const;

export const PLEASE_WAIT = [
  '请稍等，我帮您查一下。',
  '好的，请您稍等，我这边帮您查询一下。',
  '请稍等，我帮您核实一下，大概需要一分钟。',
] as const;

/** Said on returning from a hold or a search (seed 002: 回到话筒旁要先谢谢客户等候). */
export const THANKS_FOR_WAITING = [
  '感谢您的耐心等待，',
  '非常感谢您的耐心等待，',
  '谢谢您的耐心等待，已经帮您查到了，',
] as const;

export const CONFIRM_MORE = [
  '请问还有其他可以帮您的吗？',
  '请问还有其他问题需要咨询吗？',
  '请问还有什么可以帮到您的吗？',
] as const;

/** The customer confirms there is nothing else: after this, seed 003 lets the agent hang up (~2 s). */
export const CUSTOMER_DONE = [
  '没有了，谢谢。',
  '没有了，麻烦你了。',
  '不用了，就这个事，谢谢。',
  '没有了。',
] as const;

export const CLOSINGS = [
  '感谢您的来电，祝您生活愉快，再见！',
  '好的，感谢您的来电，祝您生活愉快。',
  '不客气，感谢您的来电，再见。',
] as const;

export const CHAT_CLOSINGS = [
  '感谢您的咨询，祝您生活愉快，再见！',
  '不客气，感谢您的咨询，祝您生活愉快。',
] as const;

/** Empathy and apology (seed 000 第三.关于投诉: 多用类似下列的语句). */
export const EMPATHY = [
  '非常抱歉给您带来不便，我完全理解您的心情，我马上帮您处理。',
  '我们明白您的困难，造成这样我们非常抱歉，我一定尽力帮您解决。',
  '您先别着急，如果我是您，我也会很着急，我这边马上帮您跟进。',
  '谢谢您告诉我们，给您添麻烦了，真的很抱歉，我现在就帮您处理。',
] as const;

/** Escalation promised to an upset customer (seed 002: 暂时无法处理完结应反馈上级, 之后再回电). */
export const ESCALATION = [
  '这个问题我已经帮您提交了加急工单，会在24小时内安排专人回电给您。',
  '我这边已经帮您升级处理，由专员跟进，明天下班前一定给您回复。',
] as const;

export const ANGRY_OPENERS = [
  '你们这到底怎么回事？',
  '我已经打了好几次电话了，',
  '这都第三次了，',
  '我真的是受够了，',
] as const;
export const ANGRY_DEMANDS = ['今天必须给我一个说法！', '你们到底管不管？', '别再让我等了！'] as const;

/** Threats of an external complaint: the complaint-risk flag (seed 002 一般有责: 法律途径、媒体、互联网; seed 004). */
export const THREATS = [
  '再不给我解决，我就打12315投诉你们！',
  '你们要是不处理，我就找媒体曝光！',
  '我要去消协投诉你们！',
  '我要在网上把这事发出来，让大家都看看！',
  '我要向监管部门投诉！',
  '不行我就找律师起诉你们！',
] as const;

export const CUSTOMER_ACKS = ['好的。', '嗯，好的。', '行，知道了。', '哦，好的好的。'] as const;

/** Harassment caller (seed 003 无价值来电) and the agent's warning before an allowed hang-up. */
export const HARASSMENT_LINES = [
  '我没什么事，就是想找人聊聊天。',
  '你们客服不就是陪人说话的吗？接着聊啊。',
  '我就打着玩的，你管得着吗？',
] as const;
export const HARASSMENT_WARNINGS = [
  '先生您好，请您文明用语，如果您没有业务需要办理，我这边将结束通话。',
  '您好，这里是业务咨询热线，如您没有业务需要，请您挂机。',
] as const;
export const HARASSMENT_FINAL = '您好，如无业务需要，本次通话将结束，感谢您的来电，再见。';

/** Silent caller (无声电话): the agent checks twice, then ends the call politely. */
export const SILENT_CHECKS = ['您好，请问能听到我说话吗？', '您好，您那边没有声音，请问能听到吗？'] as const;
export const SILENT_FINAL = '您好，您的电话没有声音，请您稍后再拨，感谢您的来电，再见。';
