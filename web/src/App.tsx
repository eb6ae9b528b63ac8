// Routes of the web UI. Everything except /login sits behind the session and inside the app frame.
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/auth.tsx';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { HOME_PATH } from './layout/nav.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ConversationsPage } from './pages/conversations/ConversationsPage.tsx';
import { ConversationDetailPage } from './pages/conversation/ConversationDetailPage.tsx';

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <AppLayout />
                </RequireAuth>
              }
            >
              <Route index element={<Navigate to={HOME_PATH} replace />} />
              <Route path="conversations" element={<ConversationsPage />} />
              <Route path="conversations/:id" element={<ConversationDetailPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
