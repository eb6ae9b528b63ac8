// The API's route registry: one module per capability, mounted under /api.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { routeGuard } from '../../auth/route-guard.ts';
import { maskResponses } from '../mask-response.ts';
import { agentRoutes } from './agents.ts';
import { appealRoutes } from './appeals.ts';
import { calibrationRoutes } from './calibration.ts';
import { precisionRoutes } from './precision.ts';
import { reviewRoutes } from './review.ts';
import { samplingRoutes } from './sampling.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { ssoRoutes } from './auth-sso.ts';
import { conversationRoutes } from './conversations.ts';
import { dashboardRoutes } from './dashboard.ts';
import { healthRoutes } from './health.ts';
import { ingestRoutes } from './ingest.ts';
import { importProfileRoutes } from './import-profiles.ts';
import { packRoutes } from './packs.ts';
import { packPreviewRunRoutes } from './pack-preview-runs.ts';
import { assistRoutes } from './assist.ts';
import { organisationRoutes } from './organisation.ts';
import { statsRoutes } from './stats.ts';
import { complaintRoutes } from './complaints.ts';
import { complaintRateRoutes } from './complaint-rates.ts';
import { workOrderRoutes } from './work-orders.ts';
import { branchEvaluationRoutes } from './branch-evaluation.ts';
import { callbackRoutes } from './callbacks.ts';
import { disciplineRoutes } from './discipline.ts';
import { kpiRoutes } from './kpi.ts';
import { settlementInputRoutes } from './settlement-inputs.ts';
import { settlementRoutes } from './settlement.ts';
import { tokenRoutes } from './tokens.ts';
import { userRoutes } from './users.ts';
import { schemaRoutes } from './schemas.ts';
import { notificationRoutes } from './notifications.ts';
import { conversationHubRoutes } from './conversation-hub.ts';
import { blocklistRoutes } from './blocklist.ts';
import { ivrRoutes } from './ivr.ts';
import { recordingRoutes } from './recordings.ts';
import { liveRoutes } from './live.ts';
import { coachingCaseRoutes } from './coaching-cases.ts';
import { coachingIdeaRoutes } from './coaching-ideas.ts';
import { savedViewRoutes } from './saved-views.ts';
import { listExportRoutes } from '../list-export.ts';
import { reportRoutes } from './reports.ts';

export function registerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Every route's declared `config.action` is enforced before its body is parsed (401/403 by the policy table).
    app.addHook('onRequest', routeGuard(ctx));
    app.addHook('preSerialization', maskResponses(ctx));
    for (const routes of [
      healthRoutes,
      authRoutes,
      ssoRoutes,
      conversationRoutes,
      listExportRoutes,
      savedViewRoutes,
      agentRoutes,
      statsRoutes,
      kpiRoutes,
      settlementRoutes,
      settlementInputRoutes,
      complaintRateRoutes,
      complaintRoutes,
      workOrderRoutes,
      branchEvaluationRoutes,
      callbackRoutes,
      disciplineRoutes,
      dashboardRoutes,
      ingestRoutes,
      packRoutes,
      packPreviewRunRoutes,
      assistRoutes,
      organisationRoutes,
      userRoutes,
      tokenRoutes,
      auditRoutes,
      reviewRoutes,
      appealRoutes,
      samplingRoutes,
      calibrationRoutes,
      precisionRoutes,
      schemaRoutes,
      notificationRoutes,
      conversationHubRoutes,
      importProfileRoutes,
      blocklistRoutes,
      ivrRoutes,
      recordingRoutes,
      liveRoutes,
      coachingCaseRoutes,
      coachingIdeaRoutes,
      reportRoutes,
    ]) {
      await app.register(routes(ctx));
    }
  };
}
