// Login: username + password against POST /api/auth/login (the server sets an httpOnly session cookie).
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Dropdown, Flex, Form, Input, Typography } from 'antd';
import { GlobalOutlined, LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { ApiError } from '../api/client.ts';
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
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
