// The left menu, as data: every screen with the policy action that reads its data (src/core/auth/policy.ts); the
// server says at login which actions the user may perform (User.actions), so the menu never re-decides permissions.
// A few entries also name the roles whose work they are (a screen every role may read, but only some use).
// Only screens that exist are listed: no menu entry leads to a placeholder.
import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ControlOutlined,
  EditOutlined,
  AlertOutlined,
  BookOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FundOutlined,
  AccountBookOutlined,
  ExceptionOutlined,
  TrophyOutlined,
  FileSearchOutlined,
  MessageOutlined,
  SolutionOutlined,
  ExperimentOutlined,
  SettingOutlined,
  CarryOutOutlined,
  TeamOutlined,
  KeyOutlined,
  HistoryOutlined,
  AimOutlined,
  ApartmentOutlined,
  ApiOutlined,
  PhoneOutlined,
  ProfileOutlined,
  EyeOutlined,
  ReadOutlined,
  BulbOutlined,
  LineChartOutlined,
} from '@ant-design/icons';
import type { Action, User } from '../api/types.ts';
import type { MessageKey } from '../i18n/messages.ts';

export interface NavItem {
  kind: 'item';
  key: string;
  /** Route prefix; the entry is selected for this path and everything below it. */
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** The action that reads the screen's data: users without it do not see the entry. */
  action?: Action;
  /** The roles whose work the screen is, when it is narrower than who may read it; undefined = everyone. */
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

/** Everyone who works on results of others: QA, leaders, vendor managers, the complaint desk, the admin. */
const SUPERVISORS = ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'vendor_manager', 'complaint_desk'];

export const NAV: readonly NavEntry[] = [
  {
    kind: 'item',
    key: 'overview',
    path: '/overview',
    label: 'menu.overview',
    icon: <DashboardOutlined />,
    roles: SUPERVISORS,
  },
  {
    kind: 'item',
    key: 'me',
    path: '/me',
    label: 'menu.me',
    icon: <SolutionOutlined />,
    roles: ['agent'],
  },
  {
    kind: 'item',
    key: 'conversations',
    path: '/conversations',
    label: 'menu.conversations',
    icon: <MessageOutlined />,
  },
  {
    kind: 'item',
    key: 'review',
    path: '/review',
    label: 'menu.review',
    icon: <FileSearchOutlined />,
    action: 'review.tasks.read',
  },
  {
    kind: 'item',
    key: 'appeals',
    path: '/appeals',
    label: 'menu.appeals',
    icon: <AuditOutlined />, // appeals.read: every role, scoped
  },
  {
    kind: 'item',
    key: 'rules',
    path: '/rules',
    label: 'menu.rules',
    icon: <BookOutlined />,
  },
  {
    kind: 'group',
    key: 'qaManagement',
    label: 'menu.qaManagement',
    icon: <ExperimentOutlined />,
    children: [
      {
        kind: 'item',
        key: 'sampling',
        path: '/sampling',
        label: 'menu.sampling',
        icon: <CarryOutOutlined />,
        action: 'sampling.read',
      },
      {
        kind: 'item',
        key: 'calibration',
        path: '/calibration',
        label: 'menu.calibration',
        icon: <AimOutlined />,
        action: 'calibration.read',
      },
      {
        kind: 'item',
        key: 'telephony',
        path: '/telephony',
        label: 'menu.telephony',
        icon: <PhoneOutlined />,
        action: 'hangups.read',
      },
      {
        kind: 'item',
        key: 'live',
        path: '/live',
        label: 'menu.live',
        icon: <EyeOutlined />,
        action: 'live.read',
      },
    ],
  },
  {
    kind: 'group',
    key: 'operations',
    label: 'menu.operations',
    icon: <FundOutlined />,
    children: [
      { kind: 'item', key: 'kpi', path: '/kpi', label: 'menu.kpi', icon: <TrophyOutlined /> }, // kpi.read: all, scoped
      {
        kind: 'item',
        key: 'settlements',
        path: '/settlements',
        label: 'menu.settlements',
        icon: <AccountBookOutlined />,
        action: 'settlements.read',
      },
      {
        kind: 'item',
        key: 'settlementInputs',
        path: '/settlement-inputs',
        label: 'menu.settlementInputs',
        icon: <EditOutlined />,
        action: 'settlements.read',
      },
      {
        kind: 'item',
        key: 'kpiPolicies',
        path: '/kpi-policies',
        label: 'menu.kpiPolicies',
        icon: <ControlOutlined />,
        action: 'kpi.policy.read',
      },
      {
        kind: 'item',
        key: 'calendar',
        path: '/calendar',
        label: 'menu.calendar',
        icon: <CalendarOutlined />,
        roles: ['admin', 'qa_lead', 'complaint_desk', 'vendor_manager'], // calendar.read is everyone's; editors and payers
      },
      {
        kind: 'item',
        key: 'complaints',
        path: '/complaints',
        label: 'menu.complaints',
        icon: <AlertOutlined />,
        roles: SUPERVISORS, // complaints.read: all, scoped; agents see theirs in the KPI drill-down
      },
      {
        kind: 'item',
        key: 'callbacks',
        path: '/callbacks',
        label: 'menu.callbacks',
        icon: <PhoneOutlined />,
        // seed 002 回访: the vendor's agents, leaders and manager, the desk, expert seats, QA lead
        action: 'callbacks.read',
      },
      {
        kind: 'item',
        key: 'workOrders',
        path: '/work-orders',
        label: 'menu.workOrders',
        icon: <ProfileOutlined />,
        action: 'workOrders.read',
      },
      {
        kind: 'item',
        key: 'branchEvaluation',
        path: '/branch-evaluation',
        label: 'menu.branchEvaluation',
        icon: <BarChartOutlined />,
        action: 'workOrders.read', // branch-scoped rows
      },
      {
        kind: 'item',
        key: 'discipline',
        path: '/discipline',
        label: 'menu.discipline',
        icon: <ExceptionOutlined />,
        roles: SUPERVISORS, // discipline.read: all, scoped; agents see theirs in the KPI drill-down
      },
      { kind: 'item', key: 'coaching', path: '/coaching', label: 'menu.coaching', icon: <ReadOutlined /> }, // coaching.training.read: all
      { kind: 'item', key: 'ideas', path: '/ideas', label: 'menu.ideas', icon: <BulbOutlined /> }, // ideas.read: all
      {
        kind: 'item',
        key: 'reports',
        path: '/reports',
        label: 'menu.reports',
        icon: <LineChartOutlined />,
        action: 'reports.read',
      },
      {
        kind: 'item',
        key: 'import',
        path: '/import',
        label: 'menu.import',
        icon: <CloudUploadOutlined />,
        action: 'ingest.read',
      },
    ],
  },
  {
    kind: 'group',
    key: 'settings',
    label: 'menu.settings',
    icon: <SettingOutlined />,
    children: [
      {
        kind: 'item',
        key: 'users',
        path: '/users',
        label: 'menu.users',
        icon: <TeamOutlined />,
        action: 'users.read',
      },
      {
        kind: 'item',
        key: 'organisation',
        path: '/organisation',
        label: 'menu.org',
        icon: <ApartmentOutlined />,
        roles: SUPERVISORS, // organisation.read: all, scoped; agents have nothing to manage here
      },
      {
        kind: 'item',
        key: 'tokens',
        path: '/tokens',
        label: 'menu.tokens',
        icon: <KeyOutlined />,
        action: 'tokens.manage',
      },
      {
        kind: 'item',
        key: 'webhooks',
        path: '/webhooks',
        label: 'menu.webhooks',
        icon: <ApiOutlined />,
        action: 'webhooks.manage',
      },
      {
        kind: 'item',
        key: 'audit',
        path: '/audit',
        label: 'menu.audit',
        icon: <HistoryOutlined />,
        action: 'audit.read',
      },
    ],
  },
];

/** The app's root: it sends each user to their own first screen (homePathFor). */
export const HOME_PATH = '/';
export const CONVERSATIONS_PATH = '/conversations';

/** The first screen of a role: agents their own results, everyone else the overview. */
export function homePathFor(role: string): string {
  if (role === 'back_office') return '/work-orders'; // a branch user's work is their branch's orders
  return role === 'agent' ? '/me' : '/overview';
}

function visible(item: NavItem, user: Pick<User, 'role' | 'actions'>): boolean {
  return (
    (item.action === undefined || user.actions.includes(item.action)) &&
    (item.roles === undefined || item.roles.includes(user.role))
  );
}

/** The menu entries this user may see (groups without visible children disappear). */
export function navFor(user: Pick<User, 'role' | 'actions'>): NavEntry[] {
  const out: NavEntry[] = [];
  for (const e of NAV) {
    switch (e.kind) {
      case 'item':
        if (visible(e, user)) out.push(e);
        break;
      case 'group': {
        const children = e.children.filter((c) => visible(c, user));
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
