// The left menu, as data. Issue 6 adds its screens here as they land — 总览 overview, 复核 review, 申诉 appeals,
// 规则 rules, 抽检计划 sampling plans, 校准 calibration, KPI, 组织与用户 organisation and users — each with the
// roles that may see it. Only screens that exist are listed: no menu entry leads to a placeholder.
import type { ReactNode } from 'react';
import { MessageOutlined } from '@ant-design/icons';
import type { MessageKey } from '../i18n/messages.ts';

export interface NavItem {
  kind: 'item';
  key: string;
  /** Route prefix; the entry is selected for this path and everything below it. */
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Roles allowed to see the entry; undefined = every logged-in user. */
  roles?: readonly string[];
}

export interface NavGroup {
  kind: 'group';
  key: string;
  label: MessageKey;
  icon: ReactNode;
  children: readonly NavItem[];
}

export type NavEntry = NavItem | NavGroup;

export const NAV: readonly NavEntry[] = [
  {
    kind: 'item',
    key: 'conversations',
    path: '/conversations',
    label: 'menu.conversations',
    icon: <MessageOutlined />,
  },
];

export const HOME_PATH = '/conversations';

function visible(item: NavItem, role: string): boolean {
  return item.roles === undefined || item.roles.includes(role);
}

/** The menu entries this role may see (groups without visible children disappear). */
export function navFor(role: string): NavEntry[] {
  const out: NavEntry[] = [];
  for (const e of NAV) {
    switch (e.kind) {
      case 'item':
        if (visible(e, role)) out.push(e);
        break;
      case 'group': {
        const children = e.children.filter((c) => visible(c, role));
        if (children.length > 0) out.push({ ...e, children });
        break;
      }
    }
  }
  return out;
}

/** The key of the entry whose path is the longest prefix of `pathname`. */
export function selectedKey(pathname: string, entries: readonly NavEntry[]): string | undefined {
  let best: NavItem | undefined;
  const items = entries.flatMap((e) => (e.kind === 'item' ? [e] : e.children));
  for (const item of items) {
    const matches = pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (!best || item.path.length > best.path.length)) best = item;
  }
  return best?.key;
}
