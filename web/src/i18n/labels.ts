// Labels for values that come from the server (roles, rule ids): known ones are translated, unknown ones shown as-is.
import { hitsZhCN } from './messages-hits.ts';
import type { HitMessageKey } from './messages-hits.ts';
import type { Translate } from './i18n.tsx';
import type { Locale } from './i18n.tsx';
import type { MessageKey } from './messages.ts';

// the server's USER_ROLES (src/core/auth/roles.ts)
const ROLE_KEYS: Record<string, MessageKey> = {
  admin: 'role.admin',
  qa_lead: 'role.qa_lead',
  qa_inspector: 'role.qa_inspector',
  team_leader: 'role.team_leader',
  agent: 'role.agent',
  vendor_manager: 'role.vendor_manager',
  complaint_desk: 'role.complaint_desk',
  back_office: 'role.back_office',
  expert_seat: 'role.expert_seat',
};

export function roleLabel(role: string, t: Translate): string {
  const key = ROLE_KEYS[role];
  return key ? t(key) : role;
}

// Names of the default rule pack's rules (packs/default/pack.yaml `name`; docs/product.md "External contracts":
// the default pack's rule ids): the English names, and the Chinese ones for when the published pack is not loaded (yet). Screens
// name rules through useRuleName (src/rules/RulesContext.tsx), which prefers the published pack's names.
const RULE_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    'forbidden-phrase': '违禁用语',
    'filler-word': '语气词',
    'missing-greeting': '开头语缺失',
    'missing-closing': '结束语缺失',
    'harsh-tone': '语气强硬',
    shirking: '推诿',
    'agent-hangup': '坐席先挂机',
    interruption: '抢话',
    'long-silence': '长时间静音',
    'hold-without-thanks': '保持后未致谢',
    'no-empathy': '未致歉安抚',
    'complaint-risk': '投诉风险',
    'habitual-phrasing': '习惯用语',
    'fast-speech': '语速过快',
    'repeated-answer': '机械重复',
    'long-hold': '保持过长',
  },
  'en-US': {
    'forbidden-phrase': 'Forbidden phrase',
    'filler-word': 'Filler word',
    'missing-greeting': 'Missing greeting',
    'missing-closing': 'Missing closing',
    'harsh-tone': 'Harsh tone',
    shirking: 'Shirking',
    'agent-hangup': 'Agent hung up first',
    interruption: 'Interruption',
    'long-silence': 'Long silence',
    'hold-without-thanks': 'No thanks after hold',
    'no-empathy': 'No apology or empathy',
    'complaint-risk': 'Complaint risk',
    'habitual-phrasing': 'Habitual phrasing',
    'fast-speech': 'Speaking too fast',
    'repeated-answer': 'Mechanical repetition',
    'long-hold': 'Long hold',
  },
};

export function ruleLabel(rule: string, locale: Locale): string {
  return RULE_NAMES[locale][rule] ?? rule;
}

/** The dictionary's name of a rule, or undefined for a rule it does not know. */
export function knownRuleLabel(rule: string, locale: Locale): string | undefined {
  return RULE_NAMES[locale][rule];
}

const CATEGORY_KEYS: Record<string, MessageKey> = {
  professional: 'category.professional',
  attitude: 'category.attitude',
  language: 'category.language',
};

export function categoryLabel(category: string, t: Translate): string {
  const key = CATEGORY_KEYS[category];
  return key ? t(key) : category;
}

// English names of the default rule pack's scorecard items (packs/default/pack.yaml `scorecard.items`, seed 002
// 质检标准): the pack names its items in Chinese only, so the English UI names the known ones by id.
const ITEM_NAMES_EN: Record<string, string> = {
  'professional.careless-answer': 'Answered without checking, misleading the customer',
  'professional.image-damage': 'Careless answer harming the company’s image or leading to a media complaint',
  'professional.no-handover': 'Case not handed over or followed up',
  'professional.misjudged': 'Case misjudged',
  'critical.business-error': 'Critical service error (wrong handling causing financial loss or account risk)',
  'attitude.hangup-transfer': 'Hung up or transferred at will during service',
  'attitude.shirking': 'Shirking or impatience during service',
  'attitude.abuse': 'Quarrelled with, insulted or deceived the customer',
  'attitude.unenthusiastic': 'Not warm, proactive or patient',
  'language.filler': 'Filler words such as “ah, hey, eh”',
  'language.forbidden': 'Forbidden phrases such as “no idea, don’t know”',
  'language.courtesy': 'No courteous greeting or closing',
  'language.tone': 'Harsh tone without service courtesy',
};

/** A scorecard item's name in the UI's language: the pack's (Chinese) name, or the English one for a known id. */
export function itemLabel(item: { id: string; name: string }, locale: Locale): string {
  return locale === 'en-US' ? (ITEM_NAMES_EN[item.id] ?? item.name) : item.name;
}

/**
 * A hit's message in the UI's language: the catalogue's wording for its `messageId` (messages-hits.ts), else the
 * text as the engine or the pack wrote it (a pack's own `not:` message, or an id newer than this screen).
 */
export function hitMessageText(
  h: { message?: string; messageId?: string; messageValues?: Record<string, string> },
  t: Translate,
): string | undefined {
  if (h.messageId !== undefined) {
    const key = `hit.message.${h.messageId}`;
    if (key in hitsZhCN) return t(key as HitMessageKey, h.messageValues);
  }
  return h.message;
}
