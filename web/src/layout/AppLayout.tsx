// Ant Design Pro-style frame: collapsible left menu, header with the user, role, language switch and logout.
import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Badge, Button, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  GlobalOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useAuth } from '../auth/auth.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/i18n.tsx';
import { roleLabel } from '../i18n/labels.ts';
import { RulesProvider } from '../rules/RulesContext.tsx';
import { ChangePasswordModal } from './ChangePassword.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { NotificationsProvider, useNotifications } from '../notify/NotificationsProvider.tsx';
import { navFor, selectedKey } from './nav.tsx';
import type { NavEntry } from './nav.tsx';
import type { Translate } from '../i18n/i18n.tsx';

const { Header, Sider, Content } = Layout;

const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

/** A menu label with the unread notifications about that screen (review queue, appeals) as a badge. */
function labelWithBadge(text: string, count: number | undefined, key: string) {
  if (!count) return text;
  return (
    <Space size={6}>
      <span>{text}</span>
      <Badge count={count} size="small" data-testid={`menu-badge-${key}`} />
    </Space>
  );
}

function menuItems(
  entries: readonly NavEntry[],
  t: Translate,
  badges: Record<string, number> = {},
): MenuProps['items'] {
  return entries.map((e) => {
    switch (e.kind) {
      case 'item':
        return {
          key: e.key,
          icon: e.icon,
          label: <Link to={e.path}>{labelWithBadge(t(e.label), badges[e.key], e.key)}</Link>,
        };
      case 'group':
        // a collapsed group carries the sum of its entries' badges, so waiting work is never hidden
        return {
          key: e.key,
          icon: e.icon,
          label: labelWithBadge(
            t(e.label),
            e.children.reduce((n, c) => n + (badges[c.key] ?? 0), 0),
            e.key,
          ),
          children: e.children.map((c) => ({
            key: c.key,
            icon: c.icon,
            label: <Link to={c.path}>{labelWithBadge(t(c.label), badges[c.key], c.key)}</Link>,
          })),
        };
    }
  });
}

export function AppLayout() {
  return (
    <NotificationsProvider>
      <Frame />
    </NotificationsProvider>
  );
}

function Frame() {
  const { session, logout } = useAuth();
  const { badges } = useNotifications();
  // On a phone (below 576 px) the header keeps icons only, so nothing wraps one character per line.
  const narrow = !(Grid.useBreakpoint().sm ?? true);
  const { t, locale, setLocale } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  if (session.state !== 'authenticated') return null; // RequireAuth renders us only when logged in
  const { user } = session;
  const entries = navFor(user);
  const selected = selectedKey(location.pathname, entries);

  const onLogout = () => {
    void logout().then(() => navigate('/login', { replace: true }));
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={208}
        theme="dark"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div
          style={{
            height: 56,
            display: 'flex',
            alignItems: 'center',
            gap: 10,
            padding: collapsed ? '0 24px' : '0 20px',
            color: '#fff',
            fontWeight: 600,
            fontSize: 17,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          <SafetyCertificateOutlined style={{ fontSize: 22, color: '#4096ff' }} />
          {collapsed ? null : <span>{t('app.name')}</span>}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={entries.flatMap((e) => (e.kind === 'group' ? [e.key] : []))}
          items={menuItems(entries, t, badges)}
          // room for the collapse button fixed at the bottom, so the last entry can scroll above it (1366×768)
          style={{ paddingBottom: 56 }}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 20px',
            height: 56,
            lineHeight: '56px',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            borderBottom: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Space size={narrow ? 'small' : 'middle'}>
            <NotificationBell />
            <Dropdown
              menu={{
                selectable: true,
                selectedKeys: [locale],
                items: (Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) => ({
                  key: l,
                  label: LANGUAGE_NAMES[l],
                })),
                onClick: ({ key }) => setLocale(key as Locale),
              }}
            >
              <Button
                type="text"
                icon={<GlobalOutlined />}
                aria-label={t('header.language')}
                data-testid="locale-switch"
              >
                {narrow ? null : LANGUAGE_NAMES[locale]}
              </Button>
            </Dropdown>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'password',
                    icon: <KeyOutlined />,
                    label: <span data-testid="change-password">{t('header.changePassword')}</span>,
                  },
                ],
                onClick: ({ key }) => {
                  if (key === 'password') setChangingPassword(true);
                },
              }}
            >
              <Space size={6} data-testid="current-user" style={{ cursor: 'pointer' }}>
                <UserOutlined />
                {narrow ? null : (
                  <>
                    <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                      {user.displayName || user.username}
                    </Typography.Text>
                    <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                      {roleLabel(user.role, t)}
                    </Tag>
                  </>
                )}
              </Space>
            </Dropdown>
            <Button
              type="text"
              icon={<LogoutOutlined />}
              onClick={onLogout}
              data-testid="logout"
              aria-label={t('header.logout')}
            >
              {narrow ? null : t('header.logout')}
            </Button>
          </Space>
        </Header>
        <Content style={{ padding: 20, minWidth: 0 }}>
          <RulesProvider>
            <Outlet />
          </RulesProvider>
        </Content>
        <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
      </Layout>
    </Layout>
  );
}
