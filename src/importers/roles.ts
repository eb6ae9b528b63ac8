// Who speaks: role values in tables, speaker labels in subtitles and sender names in chat logs, mapped to the
// roles of conversation v1. Chinese contact centers call the agent 客服/坐席/座席/话务员 and the caller
// 客户/用户/来电人 (seed 002 uses 坐席 and 客户 throughout); IVR and chat bots are 'ivr'.
import type { Role } from '../core/conversation/schema.ts';
import { simplifyLabel } from './traditional.ts';

// prettier-ignore
const ROLE_WORDS: Record<Role, readonly string[]> = {
  agent: [
    'agent', 'staff', 'csr', 'cs', 'operator', 'service', 'servicer', 'employee', 'seat', 'kefu',
    'zuoxi', '客服', '坐席', '座席', '人工', '人工客服', '客服人员', '客服代表', '客服专员', '话务员', '接线员', '服务人员', '在线客服',
    '热线客服', '员工', '工作人员', '坐席员', '座席员', '客服坐席', '坐席人员',
  ],
  customer: [
    'customer', 'user', 'client', 'caller', 'visitor', 'guest', 'consumer', 'buyer', 'kehu', '客户',
    '用户', '来电人', '来电者', '来电客户', '访客', '顾客', '买家', '客人', '市民', '消费者', '会员', '游客',
  ],
  ivr: [
    'ivr', 'bot', 'robot', 'chatbot', '机器人', '智能客服', '语音导航', '自助语音', '自动语音', '导航', '小助手',
  ],
  system: [
    'system', 'sys', 'notice', '系统', '系统消息', '系统提示', '提示',
  ],
};

const ROLE_BY_WORD = new Map<string, Role>();
for (const [role, words] of Object.entries(ROLE_WORDS) as [Role, readonly string[]][]) {
  for (const w of words) ROLE_BY_WORD.set(w, role);
}

/** Prefixes that name a role when followed by a name or number: 客服小李, 坐席-1003, 客户张先生. */
const ROLE_PREFIXES: readonly [string, Role][] = [
  ['智能客服', 'ivr'],
  ['机器人', 'ivr'],
  ['客服', 'agent'],
  ['坐席', 'agent'],
  ['座席', 'agent'],
  ['人工', 'agent'],
  ['话务员', 'agent'],
  ['客户', 'customer'],
  ['用户', 'customer'],
  ['访客', 'customer'],
  ['来电', 'customer'],
  ['顾客', 'customer'],
];

/**
 * Fold a label for comparison: full-width to half-width, lower case, no spaces, brackets, underscores, dashes
 * or a trailing colon, and numbers without leading zeros (`[SPEAKER_01]` → `speaker1`).
 */
export function foldLabel(raw: string): string {
  return simplifyLabel(raw)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s[\]()（）【】<>《》_\-:：]/g, '')
    .replace(/\d+/g, (d) => String(Number(d)));
}

/** A caller-supplied label → role table, folded once. */
export type RoleTable = ReadonlyMap<string, Role>;

export function roleTable(custom: Record<string, Role>): RoleTable {
  const t = new Map<string, Role>();
  for (const [k, v] of Object.entries(custom)) t.set(foldLabel(k), v);
  return t;
}

/**
 * The role a value names: the caller's table first (exact label, then its bare number so `{ "1": "agent" }`
 * matches `SPEAKER 1` and `说话人1`), then the built-in words, then a role-word prefix.
 */
export function roleOf(raw: string, custom: RoleTable): Role | undefined {
  const key = foldLabel(raw);
  if (key === '') return undefined;
  const own = custom.get(key) ?? custom.get(/(\d+)$/.exec(key)?.[1] ?? '\u0000');
  if (own) return own;
  const word = ROLE_BY_WORD.get(key);
  if (word) return word;
  for (const [prefix, role] of ROLE_PREFIXES) if (key.startsWith(prefix)) return role;
  return undefined;
}

export function unknownRoleMessage(raw: string): string {
  return `unknown role "${raw}" (use 客服/坐席/agent, 客户/用户/customer, ivr, system, or map it with speakerRoles)`;
}
