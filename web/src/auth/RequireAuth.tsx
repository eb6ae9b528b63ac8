// Routes behind the login: wait for the session probe, send anonymous users to /login remembering where they
// were going (deep links such as /conversations/:id survive the detour).
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Flex, Spin } from 'antd';
import { useAuth } from './auth.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export interface LoginState {
  from?: string;
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  switch (session.state) {
    case 'checking':
      return (
        <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
          <Spin size="large" description={t('common.loading')}>
            <div style={{ width: 120, height: 60 }} />
          </Spin>
        </Flex>
      );
    case 'anonymous': {
      const state: LoginState = { from: location.pathname + location.search };
      return <Navigate to="/login" replace state={state} />;
    }
    case 'authenticated':
      return <>{children}</>;
  }
}
