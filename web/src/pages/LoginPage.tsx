// Login: username + password against POST /api/auth/login (the server sets an httpOnly session cookie), and, when
// the server says single sign-on is on (GET /api/auth/config), a button that leaves for the enterprise directory
// (GET /api/auth/oidc/start). A refused SSO sign-in comes back here as ?sso_error=<reason>.
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Divider, Dropdown, Flex, Form, Input, Typography } from 'antd';
import {
  GlobalOutlined,
  LockOutlined,
  LoginOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { ApiError, api } from '../api/client.ts';
import type { ResponseOf } from '../api/typed.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useAuth } from '../auth/auth.tsx';
import type { LoginState } from '../auth/RequireAuth.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/i18n.tsx';
import { describeError } from '../components/States.tsx';
import { HOME_PATH } from '../layout/nav.tsx';

interface Fields {
  username: string;
  password: string;
}

type AuthConfig = ResponseOf<'/api/auth/config', 'get'>;

const SSO_REASONS = [
  'unavailable',
  'state',
  'provider',
  'invalid_token',
  'no_username',
  'no_role',
  'no_agent_id',
  'not_provisioned',
  'disabled',
  'last_admin',
  'unknown_scope',
] as const;

function ssoErrorKey(reason: string | null): MessageKey | null {
  if (reason === null) return null;
  return (SSO_REASONS as readonly string[]).includes(reason)
    ? (`sso.error.${reason}` as MessageKey)
    : 'sso.error.other';
}

function safeTarget(from: string | undefined): string {
  // only same-app paths: never bounce to another origin after login
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login')
    ? from
    : HOME_PATH;
}

export function LoginPage() {
  const { session, login } = useAuth();
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const target = safeTarget((location.state as LoginState | null)?.from);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const ssoError = ssoErrorKey(new URLSearchParams(location.search).get('sso_error'));

  useEffect(() => {
    const ctl = new AbortController();
    api
      .get<AuthConfig>('/api/auth/config', undefined, ctl.signal)
      .then(setConfig)
      // without the answer the page still offers the local form, which is what always works
      .catch(() => undefined);
    return () => ctl.abort();
  }, []);

  if (session.state === 'authenticated') return <Navigate to={target} replace />;
  const expired = session.state === 'anonymous' && session.expired;

  const onFinish = async ({ username, password }: Fields) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(username.trim(), password);
      void navigate(target, { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setError(t('login.failed'));
      else if (e instanceof ApiError && e.status === 429) setError(t('login.throttled'));
      else if (e instanceof ApiError && e.status === 403) setError(t('sso.localRefused'));
      else setError(describeError(e, t));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 60%)',
        padding: 16,
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 20 }}>
        <Dropdown
          menu={{
            items: [
              { key: 'zh-CN', label: '简体中文' },
              { key: 'en-US', label: 'English' },
            ],
            selectable: true,
            selectedKeys: [locale],
            onClick: ({ key }) => setLocale(key as Locale),
          }}
        >
          <Button type="text" icon={<GlobalOutlined />}>
            {locale === 'zh-CN' ? '简体中文' : 'English'}
          </Button>
        </Dropdown>
      </div>
      <Flex vertical align="center" style={{ marginBottom: 24 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          <SafetyCertificateOutlined style={{ color: '#1677ff', marginInlineEnd: 10 }} />
          {t('app.fullName')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
      </Flex>
      <Card style={{ width: 380, maxWidth: '100%' }} title={t('login.title')}>
        {expired ? (
          <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />
        ) : null}
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        ) : null}
        {ssoError && !error ? (
          <Alert
            type="error"
            showIcon
            title={t(ssoError)}
            style={{ marginBottom: 16 }}
            data-testid="sso-error"
          />
        ) : null}
        {config?.sso.enabled ? (
          <>
            <Button
              type="primary"
              block
              size="large"
              icon={<LoginOutlined />}
              href={`/api/auth/oidc/start?returnTo=${encodeURIComponent(target)}`}
              data-testid="sso-login"
            >
              {config.sso.label ?? t('sso.button')}
            </Button>
            <Divider plain style={{ fontSize: 13 }}>
              {t('sso.or')}
            </Divider>
            {config.localLogin === 'admins' ? (
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {t('sso.localAdminsOnly')}
              </Typography.Paragraph>
            ) : null}
          </>
        ) : null}
        <Form<Fields>
          layout="vertical"
          onFinish={(v) => void onFinish(v)}
          requiredMark={false}
          autoComplete="on"
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button
            type={config?.sso.enabled ? 'default' : 'primary'}
            htmlType="submit"
            block
            size="large"
            loading={submitting}
          >
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
