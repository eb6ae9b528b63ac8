// Routes of the web UI. Everything except /login sits behind the session and inside the app frame; the root
// sends each user to the first screen of their role.
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { queryClient } from './api/queries.ts';
import { AuthProvider, useAuth } from './auth/auth.tsx';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { homePathFor } from './layout/nav.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ConversationsPage } from './pages/conversations/ConversationsPage.tsx';
import { ConversationDetailPage } from './pages/conversation/ConversationDetailPage.tsx';
import { OverviewPage } from './pages/overview/OverviewPage.tsx';
import { AgentHomePage } from './pages/me/AgentHomePage.tsx';
import { RulesPage } from './pages/rules/RulesPage.tsx';
import { ReviewQueuePage } from './pages/review/ReviewQueuePage.tsx';
import { ReviewTaskPage } from './pages/review/ReviewTaskPage.tsx';
import { AppealsPage } from './pages/appeals/AppealsPage.tsx';
import { KpiPage } from './pages/kpi/KpiPage.tsx';
import { SettlementsPage } from './pages/settlement/SettlementsPage.tsx';
import { StatementPage } from './pages/settlement/StatementPage.tsx';
import { SettlementInputsPage } from './pages/settlement/SettlementInputsPage.tsx';
import { CalendarPage } from './pages/settlement/CalendarPage.tsx';
import { KpiPoliciesPage } from './pages/kpi/KpiPoliciesPage.tsx';
import { DisciplinePage } from './pages/discipline/DisciplinePage.tsx';
import { WorkOrdersPage } from './pages/work-orders/WorkOrdersPage.tsx';
import { BranchEvaluationPage } from './pages/branch-evaluation/BranchEvaluationPage.tsx';
import { ComplaintsPage } from './pages/complaints/ComplaintsPage.tsx';
import { ImportPage } from './pages/import/ImportPage.tsx';
import { SamplingPage } from './pages/sampling/SamplingPage.tsx';
import { TelephonyPage } from './pages/telephony/TelephonyPage.tsx';
import { LivePage } from './pages/live/LivePage.tsx';
import { CalibrationPage } from './pages/calibration/CalibrationPage.tsx';
import { SessionPage } from './pages/calibration/SessionPage.tsx';
import { OrganisationPage } from './pages/organisation/OrganisationPage.tsx';
import { UsersPage } from './pages/admin/UsersPage.tsx';
import { TokensPage } from './pages/admin/TokensPage.tsx';
import { AuditPage } from './pages/admin/AuditPage.tsx';
import { WebhooksPage } from './pages/admin/WebhooksPage.tsx';
import { NotificationsPage } from './pages/notifications/NotificationsPage.tsx';
import { CoachingPage } from './pages/coaching/CoachingPage.tsx';
import { IdeasPage } from './pages/coaching/IdeasPage.tsx';
import { ReportsPage } from './pages/reports/ReportsPage.tsx';
import { CallbacksPage } from './pages/callbacks/CallbacksPage.tsx';

function RoleHome() {
  const { session } = useAuth();
  if (session.state !== 'authenticated') return null; // inside RequireAuth
  return <Navigate to={homePathFor(session.user.role)} replace />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
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
                <Route index element={<RoleHome />} />
                <Route path="overview" element={<OverviewPage />} />
                <Route path="me" element={<AgentHomePage />} />
                <Route path="conversations" element={<ConversationsPage />} />
                <Route path="conversations/:id" element={<ConversationDetailPage />} />
                <Route path="rules" element={<RulesPage />} />
                <Route path="review" element={<ReviewQueuePage />} />
                <Route path="review/:id" element={<ReviewTaskPage />} />
                <Route path="appeals" element={<AppealsPage />} />
                <Route path="kpi" element={<KpiPage />} />
                <Route path="settlements" element={<SettlementsPage />} />
                <Route path="settlements/:id" element={<StatementPage />} />
                <Route path="settlement-inputs" element={<SettlementInputsPage />} />
                <Route path="kpi-policies" element={<KpiPoliciesPage />} />
                <Route path="calendar" element={<CalendarPage />} />
                <Route path="complaints" element={<ComplaintsPage />} />
                <Route path="callbacks" element={<CallbacksPage />} />
                <Route path="discipline" element={<DisciplinePage />} />
                <Route path="work-orders" element={<WorkOrdersPage />} />
                <Route path="branch-evaluation" element={<BranchEvaluationPage />} />
                <Route path="import" element={<ImportPage />} />
                <Route path="sampling" element={<SamplingPage />} />
                <Route path="telephony" element={<TelephonyPage />} />
                <Route path="live" element={<LivePage />} />
                <Route path="calibration" element={<CalibrationPage />} />
                <Route path="calibration/:id" element={<SessionPage />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="organisation" element={<OrganisationPage />} />
                <Route path="tokens" element={<TokensPage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="webhooks" element={<WebhooksPage />} />
                <Route path="notifications" element={<NotificationsPage />} />
                <Route path="coaching" element={<CoachingPage />} />
                <Route path="ideas" element={<IdeasPage />} />
                <Route path="reports" element={<ReportsPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </AuthProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
