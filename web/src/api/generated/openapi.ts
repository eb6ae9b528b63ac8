// GENERATED from the server's OpenAPI document by scripts/openapi/web-types.ts (openapi-typescript); do not edit.
// Regenerate after changing a route's schemas: npx tsx scripts/openapi/web-types.ts
export interface paths {
  '/api/agents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agents visible to the caller */
    get: operations['getAgents'];
    put?: never;
    /** Create an agent (code such as A001, the agentId of conversation v1) in an active team */
    post: operations['postAgents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One agent (404 outside the caller’s scope) */
    get: operations['getAgentsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, move to another team, set the hire date, deactivate (离职) or reactivate an agent */
    patch: operations['patchAgentsById'];
    trace?: never;
  };
  '/api/appeals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Appeals in the caller’s scope (open ones oldest first, to decide in order) */
    get: operations['getAppeals'];
    put?: never;
    /** Appeal one deduction (a confirmed hit or a manual item) of your finalized review before the deadline (3 working days) */
    post: operations['postAppeals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appeals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One appeal */
    get: operations['getAppealsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appeals/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide an open appeal once: upheld removes the deduction and updates the final score at once */
    post: operations['postAppealsByIdDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appeals/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The appeals list with the same filters as a file: text/csv (UTF-8 with BOM) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); personal numbers masked as in the JSON answer */
    get: operations['getAppealsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assist/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check one outgoing chat message: forbidden phrases, harsh tone, shirking, fillers, with suggestions
     * @description Uses the message-level rules of the published rule pack. `block` is true when a hit must stop the message (forbidden phrase, harsh tone, shirking); offsets are UTF-16 into `text`. The response carries a `server-timing` header (auth, check, total in ms).
     */
    post: operations['postAssistCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit entries, newest first; filter by entity (e.g. user, agent, result), entity id, actor user id, action and time [from, to) */
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit list with the same filters as a file: text/csv (UTF-8 with BOM) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); personal numbers masked as in the JSON answer */
    get: operations['getAuditExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How one may log in here: whether single sign-on is on, and whether local passwords still work */
    get: operations['getAuthConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in; sets an httpOnly session cookie */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the session */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in user */
    get: operations['getAuthMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on: where the directory sends the browser back; sets the session cookie and redirects into the app, or to the login page with ?sso_error= */
    get: operations['getAuthOidcCallback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on: redirects the browser to the enterprise directory’s login page (404 when SSO is off) */
    get: operations['getAuthOidcStart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change one’s own password (the current one is required); ends one’s other sessions */
    post: operations['postAuthPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Blocklist entries, newest first (search by number or reason, filter by state and class) */
    get: operations['getBlocklist'];
    put?: never;
    /** Put a number on the blocklist (pending until a second person approves, when required) */
    post: operations['postBlocklist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocklist-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Auto-block candidates (pending first) */
    get: operations['getBlocklistCandidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocklist-candidates/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a candidate: the number goes on the blocklist, active */
    post: operations['postBlocklistCandidatesByIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocklist-candidates/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dismiss a candidate: nothing is blocked and the number is not proposed again for a while */
    post: operations['postBlocklistCandidatesByIdDismiss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocklist-candidates/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the auto-block scan now (it also runs every five minutes): new candidates from recent classed calls */
    post: operations['postBlocklistCandidatesScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocklist/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One blocklist entry with its history */
    get: operations['getBlocklistById'];
    put?: never;
    post?: never;
    /** Lift an entry (unblock); the entry stays in the history */
    delete: operations['deleteBlocklistById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocklist/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a pending entry (a second person): it blocks from now for its period */
    post: operations['postBlocklistByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/blocklist/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending entry */
    post: operations['postBlocklistByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/branch-evaluation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Monthly branch league table: on-time reply and resolution, bounce-backs, redos, re-complaints, satisfaction */
    get: operations['getBranchEvaluation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/branch-evaluation/{branchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One branch’s month: its figures, the orders behind each, and its score over six months */
    get: operations['getBranchEvaluationByBranchId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/branch-evaluation/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly branch league table as an XLSX workbook */
    get: operations['getBranchEvaluationExportXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/branches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Branches and departments (a branch user: their own) */
    get: operations['getBranches'];
    put?: never;
    /** Create a branch or department */
    post: operations['postBranches'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calibration-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Calibration sessions */
    get: operations['getCalibrationSessions'];
    put?: never;
    /** Create a calibration session: the same conversations scored blind by the invited inspectors */
    post: operations['postCalibrationSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calibration-sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A session: conversations with their machine hits; the caller’s own scores until it is closed */
    get: operations['getCalibrationSessionsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calibration-sessions/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the session and report agreement */
    post: operations['postCalibrationSessionsByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calibration-sessions/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agreement per item (Fleiss’ and Cohen’s kappa) and per inspector, once the session is closed */
    get: operations['getCalibrationSessionsByIdReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calibration-sessions/{id}/scores/{conversationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Submit (or replace) your blind score of one conversation while the session is open */
    put: operations['putCalibrationSessionsByIdScoresByConversationId'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Callback tasks in the caller’s scope (an agent: assigned to them), nearest due first: open ones and those due in the window */
    get: operations['getCallbacks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One callback task */
    get: operations['getCallbacksById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign an open callback task to an agent of its vendor (null: back to the team) */
    post: operations['postCallbacksByIdAssign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a callback attempt: reached → done; the third unanswered attempt → unreachable. A first attempt after the due moment makes the task late (¥50 line) */
    post: operations['postCallbacksByIdAttempts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the callback scan now (it also runs every five minutes): new tasks, and late ones charged */
    post: operations['postCallbacksScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Callers with a class or an entry (search by number, filter by class) */
    get: operations['getCallers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callers/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One caller: class, class history, blocklist entries, conversations and complaints */
    get: operations['getCallersByNumber'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callers/{number}/class': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a caller’s class (regular / harassment / non-routine, seed 003) with the reason */
    put: operations['putCallersByNumberClass'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check one conversation v1 with the published pack (nothing is stored) */
    post: operations['postCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clients (甲方) visible to the caller */
    get: operations['getClients'];
    put?: never;
    /** Create a client */
    post: operations['postClients'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, deactivate (no active vendors left) or reactivate a client */
    patch: operations['patchClientsById'];
    trace?: never;
  };
  '/api/coaching/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suggested cases from the last days: fatal or complaint-linked → problem, top score with thanks → excellent, same topic best and worst → contrast */
    get: operations['getCoachingCandidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Case libraries: categories, cases (searchable by text, category and rule) and what the caller may do */
    get: operations['getCoachingCases'];
    put?: never;
    /** Add a conversation, or an excerpt (turn range) of it, to a library category */
    post: operations['postCoachingCases'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case */
    get: operations['getCoachingCasesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/cases/{id}/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The agent of a praise case agrees (or not) to be named in the study view */
    post: operations['postCoachingCasesByIdConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/cases/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case library in the caller’s scope as an XLSX or CSV (UTF-8 with BOM) file */
    get: operations['getCoachingCasesExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or edit a library category */
    put: operations['putCoachingCategoriesById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Coaching plans in the caller’s scope */
    get: operations['getCoachingPlans'];
    put?: never;
    /** A coaching plan for an agent: focus rules, assigned cases, optionally a follow-up review now */
    post: operations['postCoachingPlans'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/plans/{id}/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the plan’s follow-up review (a review task on the agent’s latest scored call) */
    post: operations['postCoachingPlansByIdFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/plans/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Coaching plans in the caller’s scope as an XLSX or CSV (UTF-8 with BOM) file */
    get: operations['getCoachingPlansExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Training sessions in the caller’s scope (an agent: the sessions they are invited to) */
    get: operations['getCoachingSessions'];
    put?: never;
    /** Build a training session (a playlist of cases) for a team; its active agents are invited */
    post: operations['postCoachingSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/sessions/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record who attended (every other invited agent is marked absent) */
    put: operations['putCoachingSessionsByIdAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/sessions/{id}/studied': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The agent marks one case of the session studied */
    post: operations['postCoachingSessionsByIdStudied'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/sessions/{id}/study': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The session’s cases as agents study them: personal numbers masked, the agent anonymised unless a praise case they agreed to share */
    get: operations['getCoachingSessionsByIdStudy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/sessions/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Training sessions in the caller’s scope as an XLSX or CSV (UTF-8 with BOM) file */
    get: operations['getCoachingSessionsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The stage thresholds: pre-line training days, end of the early and of the middle stage */
    get: operations['getCoachingSettings'];
    /** Change the stage thresholds the stage analysis uses (audited) */
    put: operations['putCoachingSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/stages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stage analysis: each agent’s tenure stage and, per stage, QA score, hits per 100 calls, top rules (typical failures marked) and complaints */
    get: operations['getCoachingStages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaint-causes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The complaint-cause taxonomy (seed 004), editable; version = the list’s latest edit */
    get: operations['getComplaintCauses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaint-causes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, reorder or retire a complaint cause (audited) */
    patch: operations['patchComplaintCausesById'];
    trace?: never;
  };
  '/api/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Complaints in the caller’s scope, newest first */
    get: operations['getComplaints'];
    put?: never;
    /** Register a complaint (optionally already decided) */
    post: operations['postComplaints'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One complaint */
    get: operations['getComplaintsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Decide responsibility and severity, or correct the record; refused (423) once the month’s statement is approved */
    patch: operations['patchComplaintsById'];
    trace?: never;
  };
  '/api/complaints/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search calls to link to a new complaint: id or caller-number fragment, agent, local day */
    get: operations['getComplaintsCalls'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The complaints list with the same filters as a file: text/csv (UTF-8 with BOM) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); personal numbers masked as in the JSON answer */
    get: operations['getComplaintsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/intake-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Callback due day and re-complaint warning for a complaint about to be registered */
    get: operations['getComplaintsIntakeCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/complaints/rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Complaint rate (per 10,000 calls) by month, cause, team and agent over the months [from, to] in the caller’s scope */
    get: operations['getComplaintsRates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conversations in the caller’s scope, newest first, with their latest score */
    get: operations['getConversations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conversations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One conversation (latest version) with its latest result: hits with evidence, score breakdown */
    get: operations['getConversationsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conversations/{id}/audio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The conversation’s audio (audio/wav), with byte ranges for seeking */
    get: operations['getConversationsByIdAudio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conversations/{id}/recording': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The recording a conversation was transcribed from (404 when it has none) */
    get: operations['getConversationsByIdRecording'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conversations/{id}/workflow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Review and appeal state of a conversation, the verdict on each hit, and what the caller may do from its page */
    get: operations['getConversationsByIdWorkflow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conversations/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The conversations list with the same filters as a file: text/csv (UTF-8 with BOM) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); personal numbers masked as in the JSON answer */
    get: operations['getConversationsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Top violated rules and results per team, vendor and agent for the list filters (default: last 30 days) */
    get: operations['getDashboardOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/discipline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger: every agent with incidents, their ladder stage and online status */
    get: operations['getDiscipline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/discipline/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The discipline list with the same filters as a file: text/csv (UTF-8 with BOM) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); personal numbers masked as in the JSON answer */
    get: operations['getDisciplineExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/discipline/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a record-keeping error (信息记录不准确); it counts once a reviewer confirms it */
    post: operations['postDisciplineIncidents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/discipline/incidents/{id}/confirm-return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm that a stage-2 agent may go back online; the agent returns once the supervisor and the client have both confirmed */
    post: operations['postDisciplineIncidentsByIdConfirmReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/discipline/incidents/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm or reject a pending incident (审核); the reporter may not review their own report */
    post: operations['postDisciplineIncidentsByIdReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hangups/before-after': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 003 one-month check: hang-up ratio, satisfaction, complaints, repeat calls around a policy date */
    get: operations['getHangupsBeforeAfter'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hangups/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agent:customer hang-up ratio per team, agent and day; agent hang-ups allowed / not allowed */
    get: operations['getHangupsReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: 200 while the process answers, with the database and queue state (never error text); use /api/ready to decide whether to route traffic */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ideas in the caller’s scope (and those they submitted), newest first, with what the caller may do */
    get: operations['getIdeas'];
    put?: never;
    /** Submit an idea (an agent’s own, or a customer’s proposal heard in a callback) */
    post: operations['postIdeas'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas/{id}/effect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record (or correct) the measured effect of an adopted idea: the day, what changed and optionally a metric before and after (audited) */
    post: operations['postIdeasByIdEffect'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an idea: under evaluation, adopted (optionally with a reward in fen), declined or duplicate, with a reason; a reward in an approved month is refused (423) */
    post: operations['postIdeasByIdMove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ideas (金点子) in the caller’s scope as an XLSX or CSV (UTF-8 with BOM) file */
    get: operations['getIdeasExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/import-profiles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved import profiles (column mapping, roles, channel, encoding, time zone), by name */
    get: operations['getImportProfiles'];
    put?: never;
    /** Save a named import profile; upload with `profile` (its name or id) to use it */
    post: operations['postImportProfiles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/import-profiles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace an import profile’s name, description and options */
    put: operations['putImportProfilesById'];
    post?: never;
    /** Delete an import profile (batches imported with it keep their records) */
    delete: operations['deleteImportProfilesById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ingest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ingest conversations (conversation v1) as a background batch
     * @description Body: a JSON array of conversation v1 (or {"conversations": [...]}, or one object) as application/json; JSONL as application/x-ndjson or text/plain; or multipart/form-data with one or more files in any importer format (json, jsonl, csv, xlsx, xls, aliyun, tencent, iflytek, huawei, volcengine, srt, vtt, chat-tsv) plus optional fields `format`, `timeZone`, `encoding`, `channel`, `profile` (a saved import profile by name or id) and `options` (JSON import options). Answers at once with the batch id; poll GET /api/ingest/{batchId}. Re-sending a conversation with the same content changes nothing; changed content becomes a new version. Unknown agent ids are stored without team/vendor and reported as warnings.
     */
    post: operations['postIngest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ingest/{batchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress and errors of an ingest batch */
    get: operations['getIngestByBatchId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ivr/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** IVR → human: route to a person (with priority), offer a callback, or continue, with reasons */
    post: operations['postIvrDecide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ivr/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Blocklist lookup for a switch during call set-up (in-memory index) */
    get: operations['getIvrLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ivr/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** IVR report: decisions, reasons, most repeated intents, IVR complaints heard by agents */
    get: operations['getIvrReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ivr/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ingest finished IVR sessions (from the IVR’s logs) for the IVR report */
    post: operations['postIvrSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kpi': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** KPI per agent for a month (seed 002): the three items, total, bonus or deduction, with inputs */
    get: operations['getKpi'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kpi/{agentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One agent’s KPI for a month with its inputs: daily rows, QA scores, complaints, incidents */
    get: operations['getKpiByAgentId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kpi/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** KPI/settlement policy versions (default and per vendor) */
    get: operations['getKpiPolicies'];
    put?: never;
    /** Add a policy version (omitted fields take v1’s values) for a vendor or as the default, from a month on */
    post: operations['postKpiPolicies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kpi/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import daily call statistics per agent (CSV or XLSX: agent_id, date, offered, answered, answered_within_20s, abandoned_in_queue[, rated, satisfied, rating_abandoned]); re-importing replaces the same (agent, day, source) */
    post: operations['postKpiStats'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/kpi/stats/derive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Derive a month’s daily statistics from stored conversations’ meta (answeredWithinMs, survey); replaces the month’s derived rows */
    post: operations['postKpiStatsDerive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/alert-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Alert rules: which live hits alert whom, how severe, escalation seconds */
    get: operations['getLiveAlertRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/alert-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or change an alert rule */
    put: operations['putLiveAlertRulesById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Alert history and counts per rule, severity and state (the report) */
    get: operations['getLiveAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/alerts/{id}/handle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge, take over or dismiss (with a reason) an open alert */
    post: operations['postLiveAlertsByIdHandle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/alerts/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Server-sent events: `event: alert` (id, callId, agentId, rule, text, turn, at, severity, …)
     * @description Each user receives the alerts meant for them (the agent’s team leader, QA roles, admin, expert seats per the alert rule) and, for the wall, `event: line` and `event: call` of the calls in their scope.
     */
    get: operations['getLiveAlertsStream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Calls in progress with their latest lines and open alerts (the wall), in the caller’s scope */
    get: operations['getLiveCalls'];
    put?: never;
    /** Open a live call (an integration streams its transcript in) */
    post: operations['postLiveCalls'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/calls/{callId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One live (or ended) call: lines, live hits, alerts, and the live-vs-final diff once scored */
    get: operations['getLiveCallsByCallId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/calls/{callId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a live call: it is stored as a conversation and scored in full */
    post: operations['postLiveCallsByCallIdEnd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/calls/{callId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A call event (hold, transfer, hang-up) as in conversation v1 */
    post: operations['postLiveCallsByCallIdEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live/calls/{callId}/segments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A transcript segment of a live call; final segments are checked at once
     * @description Partial segments (final: false) show on the wall and give provisional hits only; a final segment is checked with the rules that decide mid-call and answers the alerts it raised.
     */
    post: operations['postLiveCallsByCallIdSegments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s notifications, newest first */
    get: operations['getNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the given notifications (or, without ids, all) of the caller read */
    post: operations['postNotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unread notifications of the caller, in all and per kind */
    get: operations['getNotificationsSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rule pack versions, newest first per pack, with their publication state */
    get: operations['getPacks'];
    put?: never;
    /**
     * Upload a new rule pack version (YAML) as a draft; a bad pack is rejected with line and path
     * @description Body: the pack YAML as text/yaml, application/yaml or text/plain, or JSON {source, fileName?}. 400 BAD_INPUT lists every issue {file, line, column, path, message}; 409 when that version exists with other content. Uploading the same source again answers 200 with created=false.
     */
    post: operations['postPacks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packs/{id}/{version}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Impact of a pack version over stored conversations of a period, against the published version
     * @description Evaluates the latest version of every conversation started in [from, to) under the published version and under this one, synchronously, up to `limit` conversations (default 20 000, at most 200 000; `truncated` tells when the period holds more). Answers per-rule gains and losses, score histograms and the most moved conversations.
     */
    post: operations['postPacksByIdByVersionPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packs/{id}/{version}/preview-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start an impact preview of a pack version over a period, in the background
     * @description Queues the comparison of this version with the published one over the latest version of every conversation started in [from, to), up to `limit` (default 1 000 000). Poll GET /api/packs/preview-runs/{runId} for progress and, once done, the summary.
     */
    post: operations['postPacksByIdByVersionPreviewRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packs/{id}/{version}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a pack version: new conversations are scored with it (audited)
     * @description Stored results are not changed: re-score a period with POST /api/rescore. The version published last is current; publishing an earlier version again makes it current once more (a roll-back, audited as rule_pack.rollback).
     */
    post: operations['postPacksByIdByVersionPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packs/preview-runs/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress and, once done, the summary of a background impact preview */
    get: operations['getPacksPreviewRunsByRunId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/precision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per-rule precision over reviews finalized in [from, to): confirmed ÷ reviewed, appeals upheld */
    get: operations['getPrecision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: 200 when the database and the queue answer and every migration is applied, else 503 */
    get: operations['getReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recordings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a call recording (WAV) for speech-to-text
     * @description multipart/form-data with one `file` (PCM WAV, 16-bit, 8 or 16 kHz, mono or stereo) and optional fields `conversationId`, `agentId`, `startedAt`, `agentChannel` (stereo: 0 = left, 1 = right) and `speakerRoles` (JSON, mono with diarisation: {"spk0": "agent"}). Answers at once; the transcript is made by a job and ingested as a conversation (poll GET /api/recordings/{id}).
     */
    post: operations['postRecordings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recordings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Transcription progress of an uploaded recording */
    get: operations['getRecordingsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly QA report of a vendor or team (figures, daily trend, per team, per agent, top rules, appeals, complaints) in the caller’s scope */
    get: operations['getReportsMonthly'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/monthly/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly QA report as an XLSX workbook (summary, daily trend, teams, agents, rules, appeals, complaints) */
    get: operations['getReportsMonthlyExportXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/monthly/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly QA report as a printable HTML page (A4, charts as inline SVG; print to PDF) */
    get: operations['getReportsMonthlyPrint'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/trends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trends per agent, team, vendor or overall by week or month (QA score, hits per 100 calls, top rules, appeals upheld, complaints) and the rule trend, in the caller’s scope */
    get: operations['getReportsTrends'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rescore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-score the conversations of a period with the published pack version, in the background
     * @description Queues a re-score of the latest version of every conversation started in [from, to). Results are kept per pack version; the new result becomes the one shown. Poll GET /api/rescore/{jobId}.
     */
    post: operations['postRescore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rescore/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of a background re-score */
    get: operations['getRescoreByJobId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public holidays and make-up working days (调休) used for appeal deadlines */
    get: operations['getReviewCalendar'];
    /** Replace the holidays and make-up working days within [from, to] (inclusive days); audited */
    put: operations['putReviewCalendar'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Review tasks: an inspector sees their own queue, QA lead and admin every task (oldest first) */
    get: operations['getReviewTasks'];
    put?: never;
    /** Start a review of one conversation (its latest version and score) outside any sampling plan; without an inspector the least loaded one gets it */
    post: operations['postReviewTasks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One review task with everything needed to review it */
    get: operations['getReviewTasksById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/tasks/{id}/finalize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finalize: store the final score (shown instead of the machine score) and open the appeal period; an optional comment to the agent goes with the review */
    post: operations['postReviewTasksByIdFinalize'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/tasks/{id}/hits/{hit}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Confirm or reject one machine hit (a rejection needs a reason); audited */
    put: operations['putReviewTasksByIdHitsByHit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/tasks/{id}/items/{item}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Deduct on a manual scorecard item (seed 002 事件判断不正确 …); 0 occurrences removes it; audited */
    put: operations['putReviewTasksByIdItemsByItem'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/tasks/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an open review task to another inspector (or QA lead); the verdicts so far stay */
    post: operations['postReviewTasksByIdReassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/tasks/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The review-tasks list with the same filters as a file: text/csv (UTF-8 with BOM) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); personal numbers masked as in the JSON answer */
    get: operations['getReviewTasksExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Finalized reviews in the caller’s scope, newest first (an agent sees their own) */
    get: operations['getReviews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One finalized review with its verdicts, deductions and appeals */
    get: operations['getReviewsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rules/published': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published rule pack: scorecard categories and every rule with its seed citation */
    get: operations['getRulesPublished'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sampling-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sampling plans */
    get: operations['getSamplingPlans'];
    put?: never;
    /** Create a sampling plan */
    post: operations['postSamplingPlans'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sampling-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One sampling plan with its recent runs */
    get: operations['getSamplingPlansById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a sampling plan (tasks already created stay); audited */
    patch: operations['patchSamplingPlansById'];
    trace?: never;
  };
  '/api/sampling-plans/{id}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the plan over conversations started in [from, to): creates review tasks assigned evenly to the active inspectors; a re-run adds only what is missing */
    post: operations['postSamplingPlansByIdRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/schema/conversation-v1.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The JSON Schema (draft 2020-12) of conversation v1, the format POST /api/ingest reads */
    get: operations['getSchemaConversationV1Json'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlement-inputs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A vendor’s late callbacks and actual losses of a month, and the report due in it (period M−1) */
    get: operations['getSettlementInputs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlement-inputs/actual-losses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an actual loss (seed 002 (二)) to deduct on the vendor’s statement of `month` */
    post: operations['postSettlementInputsActualLosses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlement-inputs/actual-losses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Clear an actual loss recorded by mistake (its month must be open); audited */
    delete: operations['deleteSettlementInputsActualLossesById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlement-inputs/late-callbacks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a late callback (¥50) by hand, as a correction: the callback scan charges late tasks by itself */
    post: operations['postSettlementInputsLateCallbacks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlement-inputs/late-callbacks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Clear a late callback recorded by mistake (its month must be open); audited */
    delete: operations['deleteSettlementInputsLateCallbacksById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlement-inputs/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the vendor’s report for `period` was completed (due by the 5th of the next month); the vendor manager records now, the client side may give the time */
    post: operations['postSettlementInputsReports'];
    /** Clear a report submission recorded with the wrong time (record it again with the right one); the month judging it must be open; audited */
    delete: operations['deleteSettlementInputsReports'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Statements (without lines), newest month first, in the caller’s scope */
    get: operations['getSettlements'];
    put?: never;
    /** Build the vendor’s statement of a month from the stored inputs (new draft, or the draft rebuilt); confirmed → 409, approved → 423 */
    post: operations['postSettlements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One statement: KPI per agent, every line, totals by kind, net, states and adjusting entries */
    get: operations['getSettlementsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements/{id}/acknowledge-inputs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge that the statement’s inputs changed since it was built (or that KPI data is missing) and move it on as built; names the would-be statement’s fingerprint; audited */
    post: operations['postSettlementsByIdAcknowledgeInputs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements/{id}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an adjusting entry on an approved (locked) statement; it is paid on the vendor’s next statement */
    post: operations['postSettlementsByIdAdjustments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The client approves the confirmed statement; it is locked from then on */
    post: operations['postSettlementsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The vendor manager confirms the draft */
    post: operations['postSettlementsByIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements/{id}/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The statement as an XLSX workbook */
    get: operations['getSettlementsByIdExportXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements/{id}/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The statement as a printable HTML page */
    get: operations['getSettlementsByIdPrint'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settlements/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a confirmed statement back to draft (needs a reason) */
    post: operations['postSettlementsByIdReopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SLA policies */
    get: operations['getSlaPolicies'];
    put?: never;
    /** Create an SLA policy (reply and resolve within working days, working hours or hours) */
    post: operations['postSlaPolicies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla-policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an SLA policy; every order under it is recomputed from its own events */
    patch: operations['patchSlaPoliciesById'];
    trace?: never;
  };
  '/api/stats/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conversations per day with average score, score distribution and totals (default: last 30 days) */
    get: operations['getStatsOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Teams visible to the caller */
    get: operations['getTeams'];
    put?: never;
    /** Create a team under an active vendor (a vendor manager: their own vendor) */
    post: operations['postTeams'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, deactivate (no active agents left) or reactivate a team */
    patch: operations['patchTeamsById'];
    trace?: never;
  };
  '/api/telephony/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the caller may do on the telephony screens (the UI shows tabs and buttons from this) */
    get: operations['getTelephonyActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/telephony/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Telephony policy: approval, review period, IVR thresholds, auto-block pattern */
    get: operations['getTelephonySettings'];
    /** Change the telephony policy (audited) */
    put: operations['putTelephonySettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API tokens (never their secret): the caller’s own; the admin sees all, or one account’s */
    get: operations['getTokens'];
    put?: never;
    /** Create an API token (answered once; send it as `Authorization: Bearer …`). It acts as its owner, limited to `actions` when given; the admin may issue it for another (service) account via userId */
    post: operations['postTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token at once (kept for the record, never usable again) */
    delete: operations['deleteTokensById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** User accounts visible to the caller (admin, QA lead: all; vendor manager: vendor; team leader: team) */
    get: operations['getUsers'];
    put?: never;
    /** Create an account; without a password one is generated and answered once. An agent account needs agentId, a team leader teamId, a vendor manager vendorId */
    post: operations['postUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user account */
    get: operations['getUsersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change display name, role and scope, or disable/enable an account (disabling ends its sessions and tokens). A role change without scope ids clears them */
    patch: operations['patchUsersById'];
    trace?: never;
  };
  '/api/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reset an account’s password (generated and answered once when none is given); ends the account’s sessions */
    post: operations['postUsersByIdPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vendors (乙方) visible to the caller */
    get: operations['getVendors'];
    put?: never;
    /** Create a vendor under an active client */
    post: operations['postVendors'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, deactivate (no active teams left) or reactivate a vendor */
    patch: operations['patchVendorsById'];
    trace?: never;
  };
  '/api/views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved views of one list: the caller’s own and those shared with their team */
    get: operations['getViews'];
    put?: never;
    /** Save the filters of a list under a name (the same name again replaces them) */
    post: operations['postViews'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a saved view (its owner only) */
    delete: operations['deleteViewsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Webhook subscriptions (secrets are never shown again) */
    get: operations['getWebhooks'];
    put?: never;
    /** Subscribe a URL to notification events (empty list = all); answers the HMAC signing secret once */
    post: operations['postWebhooks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a webhook subscription and its deliveries */
    delete: operations['deleteWebhooksById'];
    options?: never;
    head?: never;
    /** Change a webhook subscription (name, URL, event kinds, active) */
    patch: operations['patchWebhooksById'];
    trace?: never;
  };
  '/api/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest deliveries of a subscription (newest first) with attempts and last answer */
    get: operations['getWebhooksByIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/deliveries/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a failed delivery again (the same body, a new signature) */
    post: operations['postWebhooksDeliveriesByIdRetry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/work-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Work orders the caller may see (a branch user: their branch), nearest deadline first */
    get: operations['getWorkOrders'];
    put?: never;
    /** Create a work order addressed to a branch or department (SLA from its policy) */
    post: operations['postWorkOrders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/work-orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One work order with its events, policy and SLA */
    get: operations['getWorkOrdersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/work-orders/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an event (reply, resolve, pause, resume, bounce-back, redo, reopen, urge, escalate) */
    post: operations['postWorkOrdersByIdEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/work-orders/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the SLA scan now (it also runs every five minutes): reminders before a deadline, escalation past it */
    post: operations['postWorkOrdersScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAgents: {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              hiredOn: string | null;
              id: string;
              name: string;
              teamId: string;
              teamName: string;
              vendorId: string;
            }[];
          };
        };
      };
    };
  };
  postAgents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          hiredOn?: string | null;
          id: string;
          name: string;
          teamId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            hiredOn: string | null;
            id: string;
            name: string;
            teamId: string;
            teamName: string;
            vendorId: string;
          };
        };
      };
    };
  };
  getAgentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            hiredOn: string | null;
            id: string;
            name: string;
            teamId: string;
            teamName: string;
            vendorId: string;
          };
        };
      };
    };
  };
  patchAgentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          /** Format: date */
          hiredOn?: string | null;
          name?: string;
          teamId?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            hiredOn: string | null;
            id: string;
            name: string;
            teamId: string;
            teamName: string;
            vendorId: string;
          };
        };
      };
    };
  };
  getAppeals: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: 'open' | 'upheld' | 'rejected';
        taskId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              agentId: string | null;
              /** @description given in lists */
              conversationId?: string;
              decidedAt: string | null;
              decidedByUserId: string | null;
              decisionReason: string | null;
              filedAt: string;
              filedByUserId: string;
              id: number;
              item: string | null;
              reason: string;
              /** @description the contested rule (hit appeals) */
              rule: string | null;
              /** @enum {string} */
              status: 'open' | 'upheld' | 'rejected';
              target:
                | {
                    hit: number | null;
                    /** @enum {string} */
                    kind: 'hit';
                  }
                | {
                    item: string | null;
                    /** @enum {string} */
                    kind: 'item';
                  };
              taskId: number;
              teamId: string | null;
              totalAfter: number | null;
              totalBefore: number | null;
            }[];
            total: number;
          };
        };
      };
    };
  };
  postAppeals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          target:
            | {
                hit: number;
                /** @enum {string} */
                kind: 'hit';
              }
            | {
                item: string;
                /** @enum {string} */
                kind: 'item';
              };
          taskId: number;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            /** @description given in lists */
            conversationId?: string;
            decidedAt: string | null;
            decidedByUserId: string | null;
            decisionReason: string | null;
            filedAt: string;
            filedByUserId: string;
            id: number;
            item: string | null;
            reason: string;
            /** @description the contested rule (hit appeals) */
            rule: string | null;
            /** @enum {string} */
            status: 'open' | 'upheld' | 'rejected';
            target:
              | {
                  hit: number | null;
                  /** @enum {string} */
                  kind: 'hit';
                }
              | {
                  item: string | null;
                  /** @enum {string} */
                  kind: 'item';
                };
            taskId: number;
            teamId: string | null;
            totalAfter: number | null;
            totalBefore: number | null;
          };
        };
      };
    };
  };
  getAppealsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            /** @description given in lists */
            conversationId?: string;
            decidedAt: string | null;
            decidedByUserId: string | null;
            decisionReason: string | null;
            filedAt: string;
            filedByUserId: string;
            id: number;
            item: string | null;
            reason: string;
            /** @description the contested rule (hit appeals) */
            rule: string | null;
            /** @enum {string} */
            status: 'open' | 'upheld' | 'rejected';
            target:
              | {
                  hit: number | null;
                  /** @enum {string} */
                  kind: 'hit';
                }
              | {
                  item: string | null;
                  /** @enum {string} */
                  kind: 'item';
                };
            taskId: number;
            teamId: string | null;
            totalAfter: number | null;
            totalBefore: number | null;
          };
        };
      };
    };
  };
  postAppealsByIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'upheld' | 'rejected';
          reason: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            /** @description given in lists */
            conversationId?: string;
            decidedAt: string | null;
            decidedByUserId: string | null;
            decisionReason: string | null;
            filedAt: string;
            filedByUserId: string;
            id: number;
            item: string | null;
            reason: string;
            /** @description the contested rule (hit appeals) */
            rule: string | null;
            /** @enum {string} */
            status: 'open' | 'upheld' | 'rejected';
            target:
              | {
                  hit: number | null;
                  /** @enum {string} */
                  kind: 'hit';
                }
              | {
                  item: string | null;
                  /** @enum {string} */
                  kind: 'item';
                };
            taskId: number;
            teamId: string | null;
            totalAfter: number | null;
            totalBefore: number | null;
          };
        };
      };
    };
  };
  getAppealsExport: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAssistCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default chat
           * @enum {string}
           */
          channel?: 'chat' | 'voice';
          text: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            block: boolean;
            hits: {
              end: number;
              name: string;
              rule: string;
              /** @enum {string} */
              severity: 'block' | 'warn' | 'info';
              start: number;
              suggestion?: string;
              text: string;
            }[];
            pack: {
              id: string;
              revision: number;
            };
          };
        };
      };
    };
  };
  getAudit: {
    parameters: {
      query?: {
        action?: string;
        actor?: string;
        entity?: string;
        entityId?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: {
                displayName: string | null;
                id: string;
                username: string | null;
              } | null;
              after: unknown;
              at: string;
              before: unknown;
              entity: string;
              entityId: string;
              id: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
    };
  };
  getAuditExport: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAuthConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            localLogin: 'all' | 'admins';
            sso: {
              enabled: boolean;
              label: string | null;
            };
          };
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          username: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: string;
            user: {
              /** @description policy actions this user may perform */
              actions: (
                | 'conversations.read'
                | 'stats.read'
                | 'organisation.read'
                | 'organisation.manage'
                | 'teams.manage'
                | 'agents.manage'
                | 'users.read'
                | 'users.manage'
                | 'account.self'
                | 'tokens.manage'
                | 'tokens.manage.any'
                | 'audit.read'
                | 'ingest.write'
                | 'ingest.read'
                | 'packs.read'
                | 'packs.write'
                | 'packs.preview'
                | 'packs.publish'
                | 'rescore.run'
                | 'rescore.read'
                | 'assist.check'
                | 'dashboard.read'
                | 'rules.check'
                | 'review.tasks.read'
                | 'review.tasks.work'
                | 'review.tasks.create'
                | 'review.tasks.assign'
                | 'reviews.read'
                | 'appeals.file'
                | 'appeals.read'
                | 'appeals.decide'
                | 'sampling.read'
                | 'sampling.manage'
                | 'sampling.run'
                | 'calibration.read'
                | 'calibration.manage'
                | 'calibration.score'
                | 'precision.read'
                | 'calendar.read'
                | 'calendar.manage'
                | 'kpi.read'
                | 'kpi.stats.write'
                | 'kpi.policy.read'
                | 'kpi.policy.write'
                | 'complaints.read'
                | 'complaints.write'
                | 'settlement.inputs.write'
                | 'settlement.reports.write'
                | 'settlements.read'
                | 'settlements.build'
                | 'settlements.confirm'
                | 'settlements.approve'
                | 'settlements.reopen'
                | 'settlements.adjust'
                | 'settlements.acknowledge'
                | 'discipline.read'
                | 'discipline.write'
                | 'discipline.review'
                | 'discipline.confirm'
                | 'coaching.cases.read'
                | 'coaching.cases.write'
                | 'coaching.categories.manage'
                | 'coaching.consent'
                | 'coaching.training.read'
                | 'coaching.training.manage'
                | 'coaching.study'
                | 'coaching.stages.read'
                | 'coaching.plans.manage'
                | 'coaching.settings.manage'
                | 'ideas.read'
                | 'ideas.submit'
                | 'ideas.decide'
                | 'reports.read'
                | 'notifications.read'
                | 'workOrders.read'
                | 'workOrders.create'
                | 'workOrders.act'
                | 'workOrders.scan'
                | 'branches.read'
                | 'branches.manage'
                | 'sla.read'
                | 'sla.manage'
                | 'callbacks.read'
                | 'callbacks.act'
                | 'callbacks.assign'
                | 'callbacks.scan'
                | 'complaintCauses.read'
                | 'complaintCauses.manage'
                | 'webhooks.manage'
                | 'callers.read'
                | 'callers.classify'
                | 'blocklist.read'
                | 'blocklist.write'
                | 'blocklist.approve'
                | 'ivr.lookup'
                | 'ivr.decide'
                | 'ivr.ingest'
                | 'ivr.report'
                | 'telephony.settings.read'
                | 'telephony.settings.write'
                | 'hangups.read'
                | 'live.ingest'
                | 'live.read'
                | 'live.alerts.handle'
                | 'live.alerts.configure'
                | 'views.read'
                | 'views.write'
              )[];
              agentId: string | null;
              branchId?: string | null;
              displayName: string;
              id: string;
              /** @enum {string} */
              role:
                | 'admin'
                | 'qa_lead'
                | 'qa_inspector'
                | 'team_leader'
                | 'agent'
                | 'vendor_manager'
                | 'complaint_desk'
                | 'back_office'
                | 'expert_seat';
              teamId: string | null;
              username: string;
              vendorId: string | null;
            };
          };
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
    };
  };
  getAuthMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** @description policy actions this user may perform */
              actions: (
                | 'conversations.read'
                | 'stats.read'
                | 'organisation.read'
                | 'organisation.manage'
                | 'teams.manage'
                | 'agents.manage'
                | 'users.read'
                | 'users.manage'
                | 'account.self'
                | 'tokens.manage'
                | 'tokens.manage.any'
                | 'audit.read'
                | 'ingest.write'
                | 'ingest.read'
                | 'packs.read'
                | 'packs.write'
                | 'packs.preview'
                | 'packs.publish'
                | 'rescore.run'
                | 'rescore.read'
                | 'assist.check'
                | 'dashboard.read'
                | 'rules.check'
                | 'review.tasks.read'
                | 'review.tasks.work'
                | 'review.tasks.create'
                | 'review.tasks.assign'
                | 'reviews.read'
                | 'appeals.file'
                | 'appeals.read'
                | 'appeals.decide'
                | 'sampling.read'
                | 'sampling.manage'
                | 'sampling.run'
                | 'calibration.read'
                | 'calibration.manage'
                | 'calibration.score'
                | 'precision.read'
                | 'calendar.read'
                | 'calendar.manage'
                | 'kpi.read'
                | 'kpi.stats.write'
                | 'kpi.policy.read'
                | 'kpi.policy.write'
                | 'complaints.read'
                | 'complaints.write'
                | 'settlement.inputs.write'
                | 'settlement.reports.write'
                | 'settlements.read'
                | 'settlements.build'
                | 'settlements.confirm'
                | 'settlements.approve'
                | 'settlements.reopen'
                | 'settlements.adjust'
                | 'settlements.acknowledge'
                | 'discipline.read'
                | 'discipline.write'
                | 'discipline.review'
                | 'discipline.confirm'
                | 'coaching.cases.read'
                | 'coaching.cases.write'
                | 'coaching.categories.manage'
                | 'coaching.consent'
                | 'coaching.training.read'
                | 'coaching.training.manage'
                | 'coaching.study'
                | 'coaching.stages.read'
                | 'coaching.plans.manage'
                | 'coaching.settings.manage'
                | 'ideas.read'
                | 'ideas.submit'
                | 'ideas.decide'
                | 'reports.read'
                | 'notifications.read'
                | 'workOrders.read'
                | 'workOrders.create'
                | 'workOrders.act'
                | 'workOrders.scan'
                | 'branches.read'
                | 'branches.manage'
                | 'sla.read'
                | 'sla.manage'
                | 'callbacks.read'
                | 'callbacks.act'
                | 'callbacks.assign'
                | 'callbacks.scan'
                | 'complaintCauses.read'
                | 'complaintCauses.manage'
                | 'webhooks.manage'
                | 'callers.read'
                | 'callers.classify'
                | 'blocklist.read'
                | 'blocklist.write'
                | 'blocklist.approve'
                | 'ivr.lookup'
                | 'ivr.decide'
                | 'ivr.ingest'
                | 'ivr.report'
                | 'telephony.settings.read'
                | 'telephony.settings.write'
                | 'hangups.read'
                | 'live.ingest'
                | 'live.read'
                | 'live.alerts.handle'
                | 'live.alerts.configure'
                | 'views.read'
                | 'views.write'
              )[];
              agentId: string | null;
              branchId?: string | null;
              displayName: string;
              id: string;
              /** @enum {string} */
              role:
                | 'admin'
                | 'qa_lead'
                | 'qa_inspector'
                | 'team_leader'
                | 'agent'
                | 'vendor_manager'
                | 'complaint_desk'
                | 'back_office'
                | 'expert_seat';
              teamId: string | null;
              username: string;
              vendorId: string | null;
            };
          };
        };
      };
    };
  };
  getAuthOidcCallback: {
    parameters: {
      query?: {
        code?: string;
        error?: string;
        error_description?: string;
        iss?: string;
        state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Redirect (Location header); a browser navigation, not an API call */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
    };
  };
  getAuthOidcStart: {
    parameters: {
      query?: {
        returnTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Redirect (Location header); a browser navigation, not an API call */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
    };
  };
  postAuthPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
    };
  };
  getBlocklist: {
    parameters: {
      query?: {
        class?: 'regular' | 'harassment' | 'non-routine';
        limit?: number;
        q?: string;
        state?: 'pending' | 'active' | 'lifted' | 'expired' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              activatedAt: string | null;
              approvedBy: string | null;
              /** @enum {string} */
              class: 'regular' | 'harassment' | 'non-routine';
              createdAt: string;
              decidedBy: string;
              id: string;
              number: string;
              operatedBy: string;
              period:
                | ('permanent' | 'day' | 'week' | 'month')
                | {
                    /** Format: date-time */
                    until: string;
                  };
              reason: string;
              reviewOn: string | null;
              /** @enum {string} */
              source: 'manual' | 'auto';
              /** @enum {string} */
              state: 'pending' | 'active' | 'lifted' | 'expired' | 'rejected';
              /** @description end of the restriction; null when permanent or not yet active */
              until: string | null;
              updatedAt: string;
            }[];
          };
        };
      };
    };
  };
  postBlocklist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          class?: 'regular' | 'harassment' | 'non-routine';
          decidedBy?: string;
          number: string;
          period:
            | ('permanent' | 'day' | 'week' | 'month')
            | {
                /** Format: date-time */
                until: string;
              };
          reason: string;
          /** Format: date */
          reviewOn?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activatedAt: string | null;
            approvedBy: string | null;
            /** @enum {string} */
            class: 'regular' | 'harassment' | 'non-routine';
            createdAt: string;
            decidedBy: string;
            id: string;
            number: string;
            operatedBy: string;
            period:
              | ('permanent' | 'day' | 'week' | 'month')
              | {
                  /** Format: date-time */
                  until: string;
                };
            reason: string;
            reviewOn: string | null;
            /** @enum {string} */
            source: 'manual' | 'auto';
            /** @enum {string} */
            state: 'pending' | 'active' | 'lifted' | 'expired' | 'rejected';
            /** @description end of the restriction; null when permanent or not yet active */
            until: string | null;
            updatedAt: string;
          };
        };
      };
    };
  };
  getBlocklistCandidates: {
    parameters: {
      query?: {
        state?: 'pending' | 'confirmed' | 'dismissed' | 'blocked';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              calls: number;
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              dismissedUntil: string | null;
              entryId: string | null;
              firstAt: string;
              flood: boolean;
              id: string;
              lastAt: string;
              note: string | null;
              number: string;
              /** @enum {string} */
              state: 'pending' | 'confirmed' | 'dismissed' | 'blocked';
              windowMinutes: number;
            }[];
          };
        };
      };
    };
  };
  postBlocklistCandidatesByIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calls: number;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            dismissedUntil: string | null;
            entryId: string | null;
            firstAt: string;
            flood: boolean;
            id: string;
            lastAt: string;
            note: string | null;
            number: string;
            /** @enum {string} */
            state: 'pending' | 'confirmed' | 'dismissed' | 'blocked';
            windowMinutes: number;
          };
        };
      };
    };
  };
  postBlocklistCandidatesByIdDismiss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calls: number;
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            dismissedUntil: string | null;
            entryId: string | null;
            firstAt: string;
            flood: boolean;
            id: string;
            lastAt: string;
            note: string | null;
            number: string;
            /** @enum {string} */
            state: 'pending' | 'confirmed' | 'dismissed' | 'blocked';
            windowMinutes: number;
          };
        };
      };
    };
  };
  postBlocklistCandidatesScan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            blocked: number;
            proposed: number;
          };
        };
      };
    };
  };
  getBlocklistById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            entry: {
              activatedAt: string | null;
              approvedBy: string | null;
              /** @enum {string} */
              class: 'regular' | 'harassment' | 'non-routine';
              createdAt: string;
              decidedBy: string;
              id: string;
              number: string;
              operatedBy: string;
              period:
                | ('permanent' | 'day' | 'week' | 'month')
                | {
                    /** Format: date-time */
                    until: string;
                  };
              reason: string;
              reviewOn: string | null;
              /** @enum {string} */
              source: 'manual' | 'auto';
              /** @enum {string} */
              state: 'pending' | 'active' | 'lifted' | 'expired' | 'rejected';
              /** @description end of the restriction; null when permanent or not yet active */
              until: string | null;
              updatedAt: string;
            };
            history: {
              at: string;
              by: string | null;
              note: string | null;
              type: string;
            }[];
          };
        };
      };
    };
  };
  deleteBlocklistById: {
    parameters: {
      query?: {
        reason?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activatedAt: string | null;
            approvedBy: string | null;
            /** @enum {string} */
            class: 'regular' | 'harassment' | 'non-routine';
            createdAt: string;
            decidedBy: string;
            id: string;
            number: string;
            operatedBy: string;
            period:
              | ('permanent' | 'day' | 'week' | 'month')
              | {
                  /** Format: date-time */
                  until: string;
                };
            reason: string;
            reviewOn: string | null;
            /** @enum {string} */
            source: 'manual' | 'auto';
            /** @enum {string} */
            state: 'pending' | 'active' | 'lifted' | 'expired' | 'rejected';
            /** @description end of the restriction; null when permanent or not yet active */
            until: string | null;
            updatedAt: string;
          };
        };
      };
    };
  };
  postBlocklistByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activatedAt: string | null;
            approvedBy: string | null;
            /** @enum {string} */
            class: 'regular' | 'harassment' | 'non-routine';
            createdAt: string;
            decidedBy: string;
            id: string;
            number: string;
            operatedBy: string;
            period:
              | ('permanent' | 'day' | 'week' | 'month')
              | {
                  /** Format: date-time */
                  until: string;
                };
            reason: string;
            reviewOn: string | null;
            /** @enum {string} */
            source: 'manual' | 'auto';
            /** @enum {string} */
            state: 'pending' | 'active' | 'lifted' | 'expired' | 'rejected';
            /** @description end of the restriction; null when permanent or not yet active */
            until: string | null;
            updatedAt: string;
          };
        };
      };
    };
  };
  postBlocklistByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activatedAt: string | null;
            approvedBy: string | null;
            /** @enum {string} */
            class: 'regular' | 'harassment' | 'non-routine';
            createdAt: string;
            decidedBy: string;
            id: string;
            number: string;
            operatedBy: string;
            period:
              | ('permanent' | 'day' | 'week' | 'month')
              | {
                  /** Format: date-time */
                  until: string;
                };
            reason: string;
            reviewOn: string | null;
            /** @enum {string} */
            source: 'manual' | 'auto';
            /** @enum {string} */
            state: 'pending' | 'active' | 'lifted' | 'expired' | 'rejected';
            /** @description end of the restriction; null when permanent or not yet active */
            until: string | null;
            updatedAt: string;
          };
        };
      };
    };
  };
  getBranchEvaluation: {
    parameters: {
      query?: {
        /** @description YYYY-MM in the contact center’s zone; default: the current month */
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            month: string;
            recomplaintDays: number;
            rows: {
              /**
               * @description good ≥ 90, fair ≥ 75, else poor; none without orders
               * @enum {string}
               */
              band: 'good' | 'fair' | 'poor' | 'none';
              bounceBacks: number;
              branchId: string;
              complaintOrders: number;
              name: string;
              onTimeReplyRate: number | null;
              onTimeResolveRate: number | null;
              /** @description ids of the orders behind each figure */
              orders: {
                bounced: string[];
                lateReply: string[];
                lateResolve: string[];
                recomplained: string[];
                redone: string[];
                unsatisfied: string[];
              };
              /** @description 1 = best; null for a branch without orders this month */
              rank: number | null;
              rated: number;
              recomplained: number;
              recomplaintRate: number | null;
              redos: number;
              replyDecided: number;
              replyOnTime: number;
              resolveDecided: number;
              resolveOnTime: number;
              satisfactionRate: number | null;
              satisfiedCount: number;
              score: number | null;
              volume: number;
            }[];
            to: string;
            weights: {
              clean: number;
              noRecomplaint: number;
              onTimeReply: number;
              onTimeResolve: number;
              satisfaction: number;
            };
          };
        };
      };
    };
  };
  getBranchEvaluationByBranchId: {
    parameters: {
      query?: {
        /** @description YYYY-MM in the contact center’s zone; default: the current month */
        month?: string;
      };
      header?: never;
      path: {
        branchId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            branch: {
              id: string;
              /** @enum {string} */
              kind: 'branch' | 'department';
              name: string;
            };
            month: string;
            orders: {
              bounceBacks: number;
              complaintId: string | null;
              createdAt: string;
              figures: (
                'lateReply' | 'lateResolve' | 'bounced' | 'redone' | 'recomplained' | 'unsatisfied'
              )[];
              id: string;
              priority: string;
              redos: number;
              repliedAt: string | null;
              replyDueAt: string | null;
              replyLate: boolean;
              resolvedAt: string | null;
              resolveDueAt: string | null;
              resolveLate: boolean;
              satisfied: boolean | null;
              /** @enum {string} */
              state: 'open' | 'replied' | 'resolved' | 'bounced';
              title: string;
            }[];
            recomplaintDays: number;
            row: {
              /**
               * @description good ≥ 90, fair ≥ 75, else poor; none without orders
               * @enum {string}
               */
              band: 'good' | 'fair' | 'poor' | 'none';
              bounceBacks: number;
              branchId: string;
              complaintOrders: number;
              name: string;
              onTimeReplyRate: number | null;
              onTimeResolveRate: number | null;
              /** @description ids of the orders behind each figure */
              orders: {
                bounced: string[];
                lateReply: string[];
                lateResolve: string[];
                recomplained: string[];
                redone: string[];
                unsatisfied: string[];
              };
              /** @description 1 = best; null for a branch without orders this month */
              rank: number | null;
              rated: number;
              recomplained: number;
              recomplaintRate: number | null;
              redos: number;
              replyDecided: number;
              replyOnTime: number;
              resolveDecided: number;
              resolveOnTime: number;
              satisfactionRate: number | null;
              satisfiedCount: number;
              score: number | null;
              volume: number;
            };
            trend: {
              month: string;
              score: number | null;
              volume: number;
            }[];
          };
        };
      };
    };
  };
  getBranchEvaluationExportXlsx: {
    parameters: {
      query?: {
        /** @description YYYY-MM in the contact center’s zone; default: the current month */
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBranches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              kind: 'branch' | 'department';
              name: string;
            }[];
          };
        };
      };
    };
  };
  postBranches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'branch' | 'department';
          name: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'branch' | 'department';
            name: string;
          };
        };
      };
    };
  };
  getCalibrationSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              closedAt: string | null;
              createdAt: string;
              createdByUserId: string;
              id: number;
              /** @description the reference rater the others are compared with (a QA lead taking part), if any */
              leadUserId: string | null;
              name: string;
              /** @enum {string} */
              status: 'open' | 'closed';
            }[];
          };
        };
      };
    };
  };
  postCalibrationSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          conversationIds: string[];
          inspectorUserIds: string[];
          name: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            closedAt: string | null;
            createdAt: string;
            createdByUserId: string;
            id: number;
            /** @description the reference rater the others are compared with (a QA lead taking part), if any */
            leadUserId: string | null;
            name: string;
            /** @enum {string} */
            status: 'open' | 'closed';
          };
        };
      };
    };
  };
  getCalibrationSessionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            conversations: {
              conversation: {
                agentId?: string;
                /**
                 * @default voice
                 * @enum {string}
                 */
                channel: 'voice' | 'chat';
                events?: (
                  | {
                      endMs: number;
                      startMs: number;
                      /** @enum {string} */
                      type: 'hold';
                    }
                  | {
                      atMs: number;
                      /** @enum {string} */
                      by: 'agent' | 'customer' | 'system';
                      /** @enum {string} */
                      type: 'hangup';
                    }
                  | {
                      atMs: number;
                      to?: string;
                      /** @enum {string} */
                      type: 'transfer';
                    }
                )[];
                id: string;
                meta?: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                startedAt?: string;
                turns: {
                  endMs?: number;
                  meta?: {
                    [key: string]: unknown;
                  };
                  /** @enum {string} */
                  role: 'agent' | 'customer' | 'ivr' | 'system';
                  startMs?: number;
                  text: string;
                }[];
              } | null;
              conversationId: string;
              conversationVersion: number;
              hits: {
                atMs?: number;
                category: string;
                /** @description a learned model’s confidence, 0 … 1 */
                confidence?: number;
                /** @description points this hit costs (0 for flags and repeated once-per-call rules) */
                deduction: number;
                durationMs?: number;
                end: number;
                index: number;
                item?: string;
                message?: string;
                /** @description stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages */
                messageId?: string;
                /** @description the figures in the message, by name */
                messageValues?: {
                  [key: string]: string;
                };
                /** @enum {string} */
                review?: 'low-asr-confidence';
                /** @enum {string} */
                role?: 'agent' | 'customer' | 'ivr' | 'system';
                rule: string;
                /** @description UTF-16 offset into the turn’s text */
                start: number;
                /** @description found below the rule’s threshold: shown for review, no deduction */
                suggested?: boolean;
                suggestion?: string;
                text: string;
                /** @description 0-based index into the conversation’s turns */
                turn: number;
              }[];
            }[];
            participants: string[];
            /** @description once the session is closed */
            report: {
              inspectors: {
                conversations: number;
                /** @description mean |own total − mean of the others’ totals| over the conversations both scored */
                meanScoreDeviation: number | null;
                userId: string;
                withLead: {
                  agreement: number | null;
                  kappa: number | null;
                  units: number;
                } | null;
                withMajority: {
                  agreement: number | null;
                  units: number;
                };
              }[];
              items: {
                /** @description Cohen’s kappa when exactly two inspectors rated */
                cohen: number | null;
                fleiss: number | null;
                /** @description `rule:<rule id>` for machine hits, `item:<scorecard item id>` for manual items */
                key: string;
                observed: number | null;
                units: number;
              }[];
              overall: {
                /** @description Cohen’s kappa when exactly two inspectors rated */
                cohen: number | null;
                fleiss: number | null;
                /** @description `rule:<rule id>` for machine hits, `item:<scorecard item id>` for manual items */
                key: string;
                observed: number | null;
                units: number;
              };
              raters: string[];
            } | null;
            scores: {
              conversationId: string;
              deductions: {
                item: string;
                occurrences: number;
                reason: string;
              }[];
              hits: {
                hit: number;
                reason: string;
                /** @enum {string} */
                verdict: 'confirm' | 'reject';
              }[];
              sessionId: number;
              submittedAt: string;
              total: number;
              userId: string;
            }[];
            session: {
              closedAt: string | null;
              createdAt: string;
              createdByUserId: string;
              id: number;
              /** @description the reference rater the others are compared with (a QA lead taking part), if any */
              leadUserId: string | null;
              name: string;
              /** @enum {string} */
              status: 'open' | 'closed';
            };
          };
        };
      };
    };
  };
  postCalibrationSessionsByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inspectors: {
              conversations: number;
              /** @description mean |own total − mean of the others’ totals| over the conversations both scored */
              meanScoreDeviation: number | null;
              userId: string;
              withLead: {
                agreement: number | null;
                kappa: number | null;
                units: number;
              } | null;
              withMajority: {
                agreement: number | null;
                units: number;
              };
            }[];
            items: {
              /** @description Cohen’s kappa when exactly two inspectors rated */
              cohen: number | null;
              fleiss: number | null;
              /** @description `rule:<rule id>` for machine hits, `item:<scorecard item id>` for manual items */
              key: string;
              observed: number | null;
              units: number;
            }[];
            overall: {
              /** @description Cohen’s kappa when exactly two inspectors rated */
              cohen: number | null;
              fleiss: number | null;
              /** @description `rule:<rule id>` for machine hits, `item:<scorecard item id>` for manual items */
              key: string;
              observed: number | null;
              units: number;
            };
            raters: string[];
          };
        };
      };
    };
  };
  getCalibrationSessionsByIdReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inspectors: {
              conversations: number;
              /** @description mean |own total − mean of the others’ totals| over the conversations both scored */
              meanScoreDeviation: number | null;
              userId: string;
              withLead: {
                agreement: number | null;
                kappa: number | null;
                units: number;
              } | null;
              withMajority: {
                agreement: number | null;
                units: number;
              };
            }[];
            items: {
              /** @description Cohen’s kappa when exactly two inspectors rated */
              cohen: number | null;
              fleiss: number | null;
              /** @description `rule:<rule id>` for machine hits, `item:<scorecard item id>` for manual items */
              key: string;
              observed: number | null;
              units: number;
            }[];
            overall: {
              /** @description Cohen’s kappa when exactly two inspectors rated */
              cohen: number | null;
              fleiss: number | null;
              /** @description `rule:<rule id>` for machine hits, `item:<scorecard item id>` for manual items */
              key: string;
              observed: number | null;
              units: number;
            };
            raters: string[];
          };
        };
      };
    };
  };
  putCalibrationSessionsByIdScoresByConversationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        conversationId: string;
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          deductions?: {
            item: string;
            occurrences: number;
            /** @default  */
            reason?: string;
          }[];
          hits: {
            hit: number;
            /** @default  */
            reason?: string;
            /** @enum {string} */
            verdict: 'confirm' | 'reject';
          }[];
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            conversationId: string;
            deductions: {
              item: string;
              occurrences: number;
              reason: string;
            }[];
            hits: {
              hit: number;
              reason: string;
              /** @enum {string} */
              verdict: 'confirm' | 'reject';
            }[];
            sessionId: number;
            submittedAt: string;
            total: number;
            userId: string;
          };
        };
      };
    };
  };
  getCallbacks: {
    parameters: {
      query?: {
        complaintId?: string;
        /** @description closed tasks due from this day (open ones are always listed) */
        dueFrom?: string;
        status?: 'open' | 'done' | 'unreachable';
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              scan: boolean;
            };
            items: {
              actions: {
                assign: boolean;
                record: boolean;
              };
              assignedAgentId: string | null;
              attempts: number;
              /** @enum {string} */
              bucket: 'overdue' | 'today' | 'upcoming' | 'closed';
              /** @description masked for roles that do not see personal numbers */
              callerNumber: string | null;
              complaintId: string | null;
              conversationId: string | null;
              doneAt: string | null;
              /** @description end of the due day, with the contact center’s offset */
              dueAt: string;
              /** @description local day the callback is due (next working day) */
              dueOn: string;
              firstAttemptAt: string | null;
              id: string;
              ideaId: string | null;
              late: boolean;
              lateCallbackId: string | null;
              /**
               * @description charged: the ¥50 line exists (lateCallbackId); locked: its month was already approved
               * @enum {string|null}
               */
              lateLine: 'charged' | 'locked' | null;
              maxAttempts: number;
              /** @description local day the complaint was received or the voicemail left */
              originOn: string;
              outcome: string | null;
              /** @enum {string|null} */
              satisfaction: 'satisfied' | 'neutral' | 'dissatisfied' | null;
              /** @enum {string} */
              source: 'complaint' | 'voicemail';
              /** @enum {string} */
              status: 'open' | 'done' | 'unreachable';
              suggestion: string | null;
              teamId: string | null;
              vendorId: string;
            }[];
          };
        };
      };
    };
  };
  getCallbacksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              assign: boolean;
              record: boolean;
            };
            assignedAgentId: string | null;
            attempts: number;
            /** @enum {string} */
            bucket: 'overdue' | 'today' | 'upcoming' | 'closed';
            /** @description masked for roles that do not see personal numbers */
            callerNumber: string | null;
            complaintId: string | null;
            conversationId: string | null;
            doneAt: string | null;
            /** @description end of the due day, with the contact center’s offset */
            dueAt: string;
            /** @description local day the callback is due (next working day) */
            dueOn: string;
            firstAttemptAt: string | null;
            id: string;
            ideaId: string | null;
            late: boolean;
            lateCallbackId: string | null;
            /**
             * @description charged: the ¥50 line exists (lateCallbackId); locked: its month was already approved
             * @enum {string|null}
             */
            lateLine: 'charged' | 'locked' | null;
            maxAttempts: number;
            /** @description local day the complaint was received or the voicemail left */
            originOn: string;
            outcome: string | null;
            /** @enum {string|null} */
            satisfaction: 'satisfied' | 'neutral' | 'dissatisfied' | null;
            /** @enum {string} */
            source: 'complaint' | 'voicemail';
            /** @enum {string} */
            status: 'open' | 'done' | 'unreachable';
            suggestion: string | null;
            teamId: string | null;
            vendorId: string;
          };
        };
      };
    };
  };
  postCallbacksByIdAssign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId: string | null;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              assign: boolean;
              record: boolean;
            };
            assignedAgentId: string | null;
            attempts: number;
            /** @enum {string} */
            bucket: 'overdue' | 'today' | 'upcoming' | 'closed';
            /** @description masked for roles that do not see personal numbers */
            callerNumber: string | null;
            complaintId: string | null;
            conversationId: string | null;
            doneAt: string | null;
            /** @description end of the due day, with the contact center’s offset */
            dueAt: string;
            /** @description local day the callback is due (next working day) */
            dueOn: string;
            firstAttemptAt: string | null;
            id: string;
            ideaId: string | null;
            late: boolean;
            lateCallbackId: string | null;
            /**
             * @description charged: the ¥50 line exists (lateCallbackId); locked: its month was already approved
             * @enum {string|null}
             */
            lateLine: 'charged' | 'locked' | null;
            maxAttempts: number;
            /** @description local day the complaint was received or the voicemail left */
            originOn: string;
            outcome: string | null;
            /** @enum {string|null} */
            satisfaction: 'satisfied' | 'neutral' | 'dissatisfied' | null;
            /** @enum {string} */
            source: 'complaint' | 'voicemail';
            /** @enum {string} */
            status: 'open' | 'done' | 'unreachable';
            suggestion: string | null;
            teamId: string | null;
            vendorId: string;
          };
        };
      };
    };
  };
  postCallbacksByIdAttempts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description also file the suggestion as a 金点子 idea */
          createIdea?: boolean;
          outcome?: string;
          reached: boolean;
          /**
           * @description with the resolution
           * @enum {string}
           */
          satisfaction?: 'satisfied' | 'neutral' | 'dissatisfied';
          suggestion?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              assign: boolean;
              record: boolean;
            };
            assignedAgentId: string | null;
            attempts: number;
            /** @enum {string} */
            bucket: 'overdue' | 'today' | 'upcoming' | 'closed';
            /** @description masked for roles that do not see personal numbers */
            callerNumber: string | null;
            complaintId: string | null;
            conversationId: string | null;
            doneAt: string | null;
            /** @description end of the due day, with the contact center’s offset */
            dueAt: string;
            /** @description local day the callback is due (next working day) */
            dueOn: string;
            firstAttemptAt: string | null;
            id: string;
            ideaId: string | null;
            late: boolean;
            lateCallbackId: string | null;
            /**
             * @description charged: the ¥50 line exists (lateCallbackId); locked: its month was already approved
             * @enum {string|null}
             */
            lateLine: 'charged' | 'locked' | null;
            maxAttempts: number;
            /** @description local day the complaint was received or the voicemail left */
            originOn: string;
            outcome: string | null;
            /** @enum {string|null} */
            satisfaction: 'satisfied' | 'neutral' | 'dissatisfied' | null;
            /** @enum {string} */
            source: 'complaint' | 'voicemail';
            /** @enum {string} */
            status: 'open' | 'done' | 'unreachable';
            suggestion: string | null;
            teamId: string | null;
            vendorId: string;
          };
        };
      };
    };
  };
  postCallbacksScan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            charged: number;
            created: number;
            late: number;
            locked: number;
          };
        };
      };
    };
  };
  getCallers: {
    parameters: {
      query?: {
        class?: 'regular' | 'harassment' | 'non-routine';
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              class: 'regular' | 'harassment' | 'non-routine';
              classReason: string | null;
              classSetAt: string | null;
              classSetBy: string | null;
              number: string;
            }[];
          };
        };
      };
    };
  };
  getCallersByNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            class: 'regular' | 'harassment' | 'non-routine';
            classHistory: {
              at: string;
              /** @enum {string} */
              class: 'regular' | 'harassment' | 'non-routine';
              reason: string;
              setBy: string | null;
            }[];
            complaints: {
              conversationId: string | null;
              decision: string;
              id: string;
              receivedOn: string;
            }[];
            conversations: {
              agentId: string | null;
              hangupBy: string | null;
              id: string;
              startedAt: string | null;
            }[];
            entries: {
              activatedAt: string | null;
              approvedBy: string | null;
              /** @enum {string} */
              class: 'regular' | 'harassment' | 'non-routine';
              createdAt: string;
              decidedBy: string;
              id: string;
              number: string;
              operatedBy: string;
              period:
                | ('permanent' | 'day' | 'week' | 'month')
                | {
                    /** Format: date-time */
                    until: string;
                  };
              reason: string;
              reviewOn: string | null;
              /** @enum {string} */
              source: 'manual' | 'auto';
              /** @enum {string} */
              state: 'pending' | 'active' | 'lifted' | 'expired' | 'rejected';
              /** @description end of the restriction; null when permanent or not yet active */
              until: string | null;
              updatedAt: string;
            }[];
            number: string;
          };
        };
      };
    };
  };
  putCallersByNumberClass: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          class: 'regular' | 'harassment' | 'non-routine';
          reason: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            class: 'regular' | 'harassment' | 'non-routine';
            number: string;
          };
        };
      };
    };
  };
  postCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': unknown;
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            fatal: boolean;
            hits: {
              atMs?: number;
              category: string;
              /** @description a learned model’s confidence, 0 … 1 */
              confidence?: number;
              /** @description points this hit costs (0 for flags and repeated once-per-call rules) */
              deduction: number;
              durationMs?: number;
              end: number;
              item?: string;
              message?: string;
              /** @description stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages */
              messageId?: string;
              /** @description the figures in the message, by name */
              messageValues?: {
                [key: string]: string;
              };
              /** @enum {string} */
              review?: 'low-asr-confidence';
              /** @enum {string} */
              role?: 'agent' | 'customer' | 'ivr' | 'system';
              rule: string;
              /** @description UTF-16 offset into the turn’s text */
              start: number;
              /** @description found below the rule’s threshold: shown for review, no deduction */
              suggested?: boolean;
              suggestion?: string;
              text: string;
              /** @description 0-based index into the conversation’s turns */
              turn: number;
            }[];
            id: string;
            machine: {
              categories: {
                [key: string]: number;
              };
              fatal: boolean;
              total: number;
            };
            notApplicable: string[];
            pack: {
              id: string;
              version: string;
            };
            pending: string[];
            score: {
              categories: {
                [key: string]: number;
              };
              total: number;
            };
          };
        };
      };
    };
  };
  getClients: {
    parameters: {
      query?: {
        active?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              createdAt: string;
              id: string;
              name: string;
            }[];
          };
        };
      };
    };
  };
  postClients: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            id: string;
            name: string;
          };
        };
      };
    };
  };
  patchClientsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          name?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            id: string;
            name: string;
          };
        };
      };
    };
  };
  getCoachingCandidates: {
    parameters: {
      query?: {
        days?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              conversationIds: string[];
              /** @enum {string} */
              kind: 'problem' | 'excellent' | 'contrast';
              /** @enum {string} */
              reason: 'fatal' | 'complaint' | 'top_score_thanks' | 'same_topic_best_worst';
              topic: string | null;
            }[];
          };
        };
      };
    };
  };
  getCoachingCases: {
    parameters: {
      query?: {
        categoryId?: string;
        q?: string;
        ruleId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              addCase: boolean;
              buildSession: boolean;
              manageCategories: boolean;
              plan: boolean;
            };
            categories: {
              active: boolean;
              id: string;
              nameEn: string;
              nameZh: string;
              position: number;
              praise: boolean;
            }[];
            items: {
              agentId: string | null;
              categoryId: string;
              /** @enum {string} */
              consent: 'not_asked' | 'asked' | 'agreed' | 'declined';
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              createdBy: string | null;
              hits: {
                ruleId: string;
                text: string;
                turn: number;
              }[];
              id: string;
              note: string;
              packVersions: string[];
              ruleIds: string[];
              teamId: string | null;
              title: string;
              turnFrom: number | null;
              turnTo: number | null;
              vendorId: string | null;
            }[];
          };
        };
      };
    };
  };
  postCoachingCases: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          categoryId: string;
          conversationId: string;
          /** @default  */
          note?: string;
          title: string;
          turnFrom?: number;
          turnTo?: number;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            categoryId: string;
            /** @enum {string} */
            consent: 'not_asked' | 'asked' | 'agreed' | 'declined';
            conversationId: string;
            conversationVersion: number;
            createdAt: string;
            createdBy: string | null;
            hits: {
              ruleId: string;
              text: string;
              turn: number;
            }[];
            id: string;
            note: string;
            packVersions: string[];
            ruleIds: string[];
            teamId: string | null;
            title: string;
            turnFrom: number | null;
            turnTo: number | null;
            vendorId: string | null;
          };
        };
      };
    };
  };
  getCoachingCasesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            categoryId: string;
            /** @enum {string} */
            consent: 'not_asked' | 'asked' | 'agreed' | 'declined';
            conversationId: string;
            conversationVersion: number;
            createdAt: string;
            createdBy: string | null;
            hits: {
              ruleId: string;
              text: string;
              turn: number;
            }[];
            id: string;
            note: string;
            packVersions: string[];
            ruleIds: string[];
            teamId: string | null;
            title: string;
            turnFrom: number | null;
            turnTo: number | null;
            vendorId: string | null;
          };
        };
      };
    };
  };
  postCoachingCasesByIdConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agree: boolean;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            categoryId: string;
            /** @enum {string} */
            consent: 'not_asked' | 'asked' | 'agreed' | 'declined';
            conversationId: string;
            conversationVersion: number;
            createdAt: string;
            createdBy: string | null;
            hits: {
              ruleId: string;
              text: string;
              turn: number;
            }[];
            id: string;
            note: string;
            packVersions: string[];
            ruleIds: string[];
            teamId: string | null;
            title: string;
            turnFrom: number | null;
            turnTo: number | null;
            vendorId: string | null;
          };
        };
      };
    };
  };
  getCoachingCasesExport: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  putCoachingCategoriesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active: boolean;
          nameEn: string;
          nameZh: string;
          position: number;
          praise: boolean;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            id: string;
            nameEn: string;
            nameZh: string;
            position: number;
            praise: boolean;
          };
        };
      };
    };
  };
  getCoachingPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              manage: boolean;
            };
            items: {
              agentId: string;
              caseIds: string[];
              createdAt: string;
              focusRules: string[];
              followUpConversationId: string | null;
              followUpTaskId: string | null;
              id: string;
              note: string;
              teamId: string;
              updatedAt: string;
              vendorId: string;
            }[];
          };
        };
      };
    };
  };
  postCoachingPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId: string;
          caseIds: string[];
          focusRules: string[];
          /** @default false */
          followUp?: boolean;
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            caseIds: string[];
            createdAt: string;
            focusRules: string[];
            followUpConversationId: string | null;
            followUpTaskId: string | null;
            id: string;
            note: string;
            teamId: string;
            updatedAt: string;
            vendorId: string;
          };
        };
      };
    };
  };
  postCoachingPlansByIdFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            caseIds: string[];
            createdAt: string;
            focusRules: string[];
            followUpConversationId: string | null;
            followUpTaskId: string | null;
            id: string;
            note: string;
            teamId: string;
            updatedAt: string;
            vendorId: string;
          };
        };
      };
    };
  };
  getCoachingPlansExport: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getCoachingSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              manage: boolean;
              readCases: boolean;
              readStages: boolean;
              study: boolean;
            };
            items: {
              attendance: {
                agentId: string;
                attended: boolean;
                studiedAt: string | null;
                studiedCaseIds: string[];
              }[];
              caseIds: string[];
              createdAt: string;
              /** @enum {string} */
              format: 'morning' | 'after_shift' | 'on_site' | 'micro';
              id: string;
              scheduledOn: string;
              teamId: string;
              title: string;
              vendorId: string;
            }[];
          };
        };
      };
    };
  };
  postCoachingSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          caseIds: string[];
          /** @enum {string} */
          format: 'morning' | 'after_shift' | 'on_site' | 'micro';
          scheduledOn: string;
          teamId?: string;
          title: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              agentId: string;
              attended: boolean;
              studiedAt: string | null;
              studiedCaseIds: string[];
            }[];
            caseIds: string[];
            createdAt: string;
            /** @enum {string} */
            format: 'morning' | 'after_shift' | 'on_site' | 'micro';
            id: string;
            scheduledOn: string;
            teamId: string;
            title: string;
            vendorId: string;
          };
        };
      };
    };
  };
  putCoachingSessionsByIdAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          present: string[];
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              agentId: string;
              attended: boolean;
              studiedAt: string | null;
              studiedCaseIds: string[];
            }[];
            caseIds: string[];
            createdAt: string;
            /** @enum {string} */
            format: 'morning' | 'after_shift' | 'on_site' | 'micro';
            id: string;
            scheduledOn: string;
            teamId: string;
            title: string;
            vendorId: string;
          };
        };
      };
    };
  };
  postCoachingSessionsByIdStudied: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          caseId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            attended: boolean;
            studiedAt: string | null;
            studiedCaseIds: string[];
          };
        };
      };
    };
  };
  getCoachingSessionsByIdStudy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              consent: boolean;
              study: boolean;
            };
            cases: {
              agentName: string | null;
              categoryId: string;
              /** @enum {string|null} */
              consent: 'asked' | 'agreed' | 'declined' | null;
              hits: {
                ruleId: string;
                text: string;
                turn: number;
              }[];
              id: string;
              note: string;
              ruleIds: string[];
              title: string;
              turns: {
                index: number;
                role: string;
                text: string;
              }[];
            }[];
            session: {
              attendance: {
                agentId: string;
                attended: boolean;
                studiedAt: string | null;
                studiedCaseIds: string[];
              }[];
              caseIds: string[];
              createdAt: string;
              /** @enum {string} */
              format: 'morning' | 'after_shift' | 'on_site' | 'micro';
              id: string;
              scheduledOn: string;
              teamId: string;
              title: string;
              vendorId: string;
            };
          };
        };
      };
    };
  };
  getCoachingSessionsExport: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getCoachingSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            stages: {
              earlyUntilDays: number;
              middleUntilDays: number;
              trainingDays: number;
            };
          };
        };
      };
    };
  };
  putCoachingSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          stages: {
            earlyUntilDays: number;
            middleUntilDays: number;
            trainingDays: number;
          };
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            stages: {
              earlyUntilDays: number;
              middleUntilDays: number;
              trainingDays: number;
            };
          };
        };
      };
    };
  };
  getCoachingStages: {
    parameters: {
      query?: {
        days?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              editSettings: boolean;
            };
            agents: {
              agentId: string;
              complaints: number;
              conversations: number;
              hiredOn: string | null;
              kpiPoints: number | null;
              meanScore: number | null;
              name: string;
              onlineOn: string | null;
              /** @enum {string|null} */
              stage: 'new' | 'early' | 'middle' | 'late' | null;
              teamId: string;
              topRules: {
                hits: number;
                per100: number;
                ruleId: string;
                typical: boolean;
              }[];
            }[];
            settings: {
              earlyUntilDays: number;
              middleUntilDays: number;
              trainingDays: number;
            };
            stages: {
              agents: number;
              complaints: number;
              conversations: number;
              hitsPer100: number;
              meanKpiPoints: number | null;
              meanScore: number | null;
              /** @enum {string} */
              stage: 'new' | 'early' | 'middle' | 'late';
              topRules: {
                hits: number;
                per100: number;
                ruleId: string;
                typical: boolean;
              }[];
            }[];
            today: string;
          };
        };
      };
    };
  };
  getComplaintCauses: {
    parameters: {
      query?: {
        includeInactive?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              group: string;
              id: string;
              name: string;
              nameEn: string;
              version: number;
            }[];
            version: number;
          };
        };
      };
    };
  };
  patchComplaintCausesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          name?: string;
          nameEn?: string;
          sortOrder?: number;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            group: string;
            id: string;
            name: string;
            nameEn: string;
            version: number;
          };
        };
      };
    };
  };
  getComplaints: {
    parameters: {
      query?: {
        agentId?: string;
        decision?: 'pending' | 'responsible' | 'not_responsible';
        month?: string;
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              agentId: string;
              /** @description masked for roles that do not see personal numbers */
              callerNumber: string | null;
              /** @description seed 004 cause (GET /api/complaint-causes) */
              causeId: string | null;
              /** @enum {string|null} */
              channel: 'hotline' | 'online' | 'media' | 'regulator' | null;
              conversationId: string | null;
              createdAt: string;
              createdBy: string | null;
              decidedAt: string | null;
              decidedBy: string | null;
              /** @enum {string} */
              decision: 'pending' | 'responsible' | 'not_responsible';
              decisionNote: string | null;
              description: string;
              id: string;
              receivedOn: string;
              /** @description an earlier complaint of the same caller or call (re-complaint) */
              repeatOfId: string | null;
              /** @description null while pending */
              responsible: boolean | null;
              /** @enum {string} */
              severity: 'minor' | 'general' | 'severe';
              teamId: string;
              updatedAt: string;
              vendorId: string;
            }[];
          };
        };
      };
    };
  };
  postComplaints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId: string;
          callerNumber?: string;
          causeId?: string;
          /** @enum {string} */
          channel?: 'hotline' | 'online' | 'media' | 'regulator';
          conversationId?: string;
          /**
           * @default pending
           * @enum {string}
           */
          decision?: 'pending' | 'responsible' | 'not_responsible';
          decisionNote?: string;
          description: string;
          receivedOn: string;
          /** @enum {string} */
          severity: 'minor' | 'general' | 'severe';
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            /** @description masked for roles that do not see personal numbers */
            callerNumber: string | null;
            /** @description seed 004 cause (GET /api/complaint-causes) */
            causeId: string | null;
            /** @enum {string|null} */
            channel: 'hotline' | 'online' | 'media' | 'regulator' | null;
            conversationId: string | null;
            createdAt: string;
            createdBy: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
            /** @enum {string} */
            decision: 'pending' | 'responsible' | 'not_responsible';
            decisionNote: string | null;
            description: string;
            id: string;
            receivedOn: string;
            /** @description an earlier complaint of the same caller or call (re-complaint) */
            repeatOfId: string | null;
            /** @description null while pending */
            responsible: boolean | null;
            /** @enum {string} */
            severity: 'minor' | 'general' | 'severe';
            teamId: string;
            updatedAt: string;
            vendorId: string;
          };
        };
      };
    };
  };
  getComplaintsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            /** @description masked for roles that do not see personal numbers */
            callerNumber: string | null;
            /** @description seed 004 cause (GET /api/complaint-causes) */
            causeId: string | null;
            /** @enum {string|null} */
            channel: 'hotline' | 'online' | 'media' | 'regulator' | null;
            conversationId: string | null;
            createdAt: string;
            createdBy: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
            /** @enum {string} */
            decision: 'pending' | 'responsible' | 'not_responsible';
            decisionNote: string | null;
            description: string;
            id: string;
            receivedOn: string;
            /** @description an earlier complaint of the same caller or call (re-complaint) */
            repeatOfId: string | null;
            /** @description null while pending */
            responsible: boolean | null;
            /** @enum {string} */
            severity: 'minor' | 'general' | 'severe';
            teamId: string;
            updatedAt: string;
            vendorId: string;
          };
        };
      };
    };
  };
  patchComplaintsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          conversationId?: string | null;
          /** @enum {string} */
          decision?: 'pending' | 'responsible' | 'not_responsible';
          decisionNote?: string | null;
          description?: string;
          receivedOn?: string;
          /** @enum {string} */
          severity?: 'minor' | 'general' | 'severe';
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            /** @description masked for roles that do not see personal numbers */
            callerNumber: string | null;
            /** @description seed 004 cause (GET /api/complaint-causes) */
            causeId: string | null;
            /** @enum {string|null} */
            channel: 'hotline' | 'online' | 'media' | 'regulator' | null;
            conversationId: string | null;
            createdAt: string;
            createdBy: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
            /** @enum {string} */
            decision: 'pending' | 'responsible' | 'not_responsible';
            decisionNote: string | null;
            description: string;
            id: string;
            receivedOn: string;
            /** @description an earlier complaint of the same caller or call (re-complaint) */
            repeatOfId: string | null;
            /** @description null while pending */
            responsible: boolean | null;
            /** @enum {string} */
            severity: 'minor' | 'general' | 'severe';
            teamId: string;
            updatedAt: string;
            vendorId: string;
          };
        };
      };
    };
  };
  getComplaintsCalls: {
    parameters: {
      query?: {
        agentId?: string;
        day?: string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              agentId: string | null;
              callerNumber: string | null;
              /** @enum {string} */
              channel: 'voice' | 'chat';
              id: string;
              startedAt: string | null;
            }[];
          };
        };
      };
    };
  };
  getComplaintsExport: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getComplaintsIntakeCheck: {
    parameters: {
      query: {
        callerNumber?: string;
        conversationId?: string;
        receivedOn: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            callbackDueOn: string;
            recomplaintDays: number;
            repeatOf: {
              agentId: string;
              id: string;
              receivedOn: string;
            } | null;
          };
        };
      };
    };
  };
  getComplaintsRates: {
    parameters: {
      query?: {
        from?: string;
        teamId?: string;
        to?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            byAgent: {
              calls: number;
              complaints: number;
              key: string;
              /** @description complaints per 10,000 calls; null without calls */
              per10k: number | null;
            }[];
            byCause: {
              causeId: string;
              complaints: number;
              share: number;
            }[];
            byMonth: {
              calls: number;
              complaints: number;
              key: string;
              /** @description complaints per 10,000 calls; null without calls */
              per10k: number | null;
            }[];
            byTeam: {
              calls: number;
              complaints: number;
              key: string;
              /** @description complaints per 10,000 calls; null without calls */
              per10k: number | null;
            }[];
            from: string;
            to: string;
          };
        };
      };
    };
  };
  getConversations: {
    parameters: {
      query?: {
        /** @description the nextCursor of the previous answer: the page after it, at the same cost however deep (page is then ignored) */
        after?: string;
        agentId?: string;
        /** @description caller number; roles that see masked numbers find only the whole number, never a part of it */
        caller?: string;
        channel?: 'voice' | 'chat';
        from?: string;
        /** @description conversation id: its beginning, or the whole id for roles that see personal numbers masked */
        id?: string;
        maxScore?: number;
        minScore?: number;
        page?: number;
        pageSize?: number;
        /** @description text of the turns, tolerant: traditional or simplified, full or half width, spaces and punctuation ignored */
        q?: string;
        reviewState?: 'unreviewed' | 'in_review' | 'reviewed' | 'appealed' | 'overturned';
        rule?: string;
        teamId?: string;
        to?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              agentId: string | null;
              agentName: string | null;
              /** @description masked for roles that do not see personal numbers */
              callerNumber: string | null;
              /** @enum {string} */
              channel: 'voice' | 'chat';
              durationMs: number | null;
              fatal: boolean | null;
              hitCount: number | null;
              id: string;
              /** @enum {string} */
              reviewState: 'unreviewed' | 'in_review' | 'reviewed' | 'appealed' | 'overturned';
              rules: string[] | null;
              score: number | null;
              startedAt: string | null;
              teamId: string | null;
              teamName: string | null;
              turnCount: number;
              version: number;
            }[];
            /** @description pass as `after` for the next page (same filters and pageSize); null on the last page */
            nextCursor: string | null;
            /** @description conversations matching, counted up to 10000 (1000 with a text search q): see totalExact */
            total: number;
            /** @description false when more match than were counted (total is then the cap) */
            totalExact: boolean;
          };
        };
      };
    };
  };
  getConversationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentName: string | null;
            conversation: {
              agentId?: string;
              /**
               * @default voice
               * @enum {string}
               */
              channel: 'voice' | 'chat';
              events?: (
                | {
                    endMs: number;
                    startMs: number;
                    /** @enum {string} */
                    type: 'hold';
                  }
                | {
                    atMs: number;
                    /** @enum {string} */
                    by: 'agent' | 'customer' | 'system';
                    /** @enum {string} */
                    type: 'hangup';
                  }
                | {
                    atMs: number;
                    to?: string;
                    /** @enum {string} */
                    type: 'transfer';
                  }
              )[];
              id: string;
              meta?: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              startedAt?: string;
              turns: {
                endMs?: number;
                meta?: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                role: 'agent' | 'customer' | 'ivr' | 'system';
                startMs?: number;
                text: string;
              }[];
            };
            /** @description the latest result; null before scoring */
            result: {
              fatal: boolean;
              hits: {
                atMs?: number;
                category: string;
                /** @description a learned model’s confidence, 0 … 1 */
                confidence?: number;
                /** @description points this hit costs (0 for flags and repeated once-per-call rules) */
                deduction: number;
                durationMs?: number;
                end: number;
                item?: string;
                message?: string;
                /** @description stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages */
                messageId?: string;
                /** @description the figures in the message, by name */
                messageValues?: {
                  [key: string]: string;
                };
                /** @enum {string} */
                review?: 'low-asr-confidence';
                /** @enum {string} */
                role?: 'agent' | 'customer' | 'ivr' | 'system';
                rule: string;
                /** @description UTF-16 offset into the turn’s text */
                start: number;
                /** @description found below the rule’s threshold: shown for review, no deduction */
                suggested?: boolean;
                suggestion?: string;
                text: string;
                /** @description 0-based index into the conversation’s turns */
                turn: number;
              }[];
              /** @description the machine checks alone */
              machineScore: number;
              packId: string;
              /** @description the pack revision, e.g. 2.11.7 */
              packVersion: string;
              /** @description the final score once a review is finalized, the machine’s until then */
              score: {
                categories: {
                  [key: string]: number;
                };
                total: number;
              };
              scoredAt: string;
              signals: {
                /** @description predicted customer satisfaction, −2 … 2 (null for results saved before it existed) */
                satisfaction: number | null;
              };
            } | null;
            teamName: string | null;
            version: number;
          };
        };
      };
    };
  };
  getConversationsByIdAudio: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getConversationsByIdRecording: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            audioUrl: string;
            channels: number;
            durationMs: number;
            engine: string | null;
            id: string;
            sampleRate: number;
          };
        };
      };
    };
  };
  getConversationsByIdWorkflow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              addCase: boolean;
              appeal: {
                deadline: string;
                taskId: number;
              } | null;
              decideAppeals: boolean;
              openTaskId: number | null;
              reassignTaskId: number | null;
              registerComplaint: boolean;
              startReview: boolean;
            };
            appeals: {
              agentId: string | null;
              /** @description given in lists */
              conversationId?: string;
              decidedAt: string | null;
              decidedByUserId: string | null;
              decisionReason: string | null;
              filedAt: string;
              filedByUserId: string;
              id: number;
              item: string | null;
              reason: string;
              /** @description the contested rule (hit appeals) */
              rule: string | null;
              /** @enum {string} */
              status: 'open' | 'upheld' | 'rejected';
              target:
                | {
                    hit: number | null;
                    /** @enum {string} */
                    kind: 'hit';
                  }
                | {
                    item: string | null;
                    /** @enum {string} */
                    kind: 'item';
                  };
              taskId: number;
              teamId: string | null;
              totalAfter: number | null;
              totalBefore: number | null;
            }[];
            conversationId: string;
            /** @description the verdict on each hit of the current result, by the review behind the score shown */
            hitStates: {
              index: number;
              reason: string | null;
              /** @enum {string} */
              state: 'confirmed' | 'rejected' | 'upheld' | 'pending';
            }[];
            /** @description manual scorecard deductions of the review behind the current score (seed 002 专业水平 items) */
            itemDeductions: {
              item: string;
              occurrences: number;
              reason: string;
              /** @enum {string} */
              state: 'confirmed' | 'upheld';
            }[];
            reviews: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorName: string | null;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              /** @description whether this review is behind the score shown */
              reviewsCurrentScore: boolean;
              runId: number | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            }[];
            version: number;
          };
        };
      };
    };
  };
  getConversationsExport: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getDashboardOverview: {
    parameters: {
      query?: {
        /** @description the nextCursor of the previous answer: the page after it, at the same cost however deep (page is then ignored) */
        after?: string;
        agentId?: string;
        /** @description caller number; roles that see masked numbers find only the whole number, never a part of it */
        caller?: string;
        channel?: 'voice' | 'chat';
        from?: string;
        /** @description conversation id: its beginning, or the whole id for roles that see personal numbers masked */
        id?: string;
        maxScore?: number;
        minScore?: number;
        /** @description text of the turns, tolerant: traditional or simplified, full or half width, spaces and punctuation ignored */
        q?: string;
        reviewState?: 'unreviewed' | 'in_review' | 'reviewed' | 'appealed' | 'overturned';
        rule?: string;
        teamId?: string;
        to?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agents: {
              avgScore: number | null;
              fatal: number;
              id: string | null;
              name: string | null;
              scored: number;
              teamId: string | null;
              total: number;
            }[];
            /** @description conversations of the filters: the base of hits per 100 calls */
            calls: number;
            from: string;
            teams: {
              avgScore: number | null;
              fatal: number;
              id: string | null;
              name: string | null;
              scored: number;
              total: number;
              vendorId: string | null;
            }[];
            to: string;
            topRules: {
              category: string | null;
              conversations: number;
              deduction: number;
              hits: number;
              name: string | null;
              rule: string;
            }[];
            vendors: {
              avgScore: number | null;
              fatal: number;
              id: string | null;
              name: string | null;
              scored: number;
              total: number;
            }[];
          };
        };
      };
    };
  };
  getDiscipline: {
    parameters: {
      query?: {
        agentId?: string;
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agents: {
              agentId: string;
              agentName: string;
              confirmations: {
                at: string;
                by: string;
                incidentId: string;
                note: string | null;
                /** @enum {string} */
                role: 'supervisor' | 'client';
              }[];
              finedIncidentIds: string[];
              incidents: {
                agentId: string;
                conversationId: string | null;
                createdAt: string;
                description: string;
                id: string;
                occurredOn: string;
                reporter: string;
                /** @enum {string} */
                review: 'pending' | 'confirmed' | 'rejected';
                reviewedAt: string | null;
                reviewer: string | null;
                reviewNote: string | null;
                teamId: string;
                vendorId: string;
              }[];
              online:
                | {
                    /** @enum {string} */
                    kind: 'online';
                  }
                | {
                    awaiting: ('supervisor' | 'client')[];
                    /** @enum {string} */
                    kind: 'offline-training';
                  }
                | {
                    /** @enum {string} */
                    kind: 'dismissal-recommended';
                  };
              stage:
                | {
                    /** @enum {number} */
                    count: 0;
                    incidentIds: string[];
                    /** @enum {string} */
                    kind: 'clear';
                    /** @enum {number} */
                    stage: 0;
                  }
                | {
                    count: number;
                    incidentIds: string[];
                    /** @enum {string} */
                    kind: 'demerit-and-interview';
                    /** @enum {number} */
                    stage: 1;
                  }
                | {
                    count: number;
                    incidentIds: string[];
                    /** @enum {string} */
                    kind: 'offline-training-and-fine';
                    /** @enum {number} */
                    stage: 2;
                    triggeredBy: string;
                  }
                | {
                    count: number;
                    incidentIds: string[];
                    /** @enum {string} */
                    kind: 'dismissal-recommended';
                    /** @enum {number} */
                    stage: 3;
                  };
            }[];
            asOf: string;
          };
        };
      };
    };
  };
  getDisciplineExport: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  postDisciplineIncidents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId: string;
          conversationId?: string;
          description: string;
          occurredOn: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            conversationId: string | null;
            createdAt: string;
            description: string;
            id: string;
            occurredOn: string;
            reporter: string;
            /** @enum {string} */
            review: 'pending' | 'confirmed' | 'rejected';
            reviewedAt: string | null;
            reviewer: string | null;
            reviewNote: string | null;
            teamId: string;
            vendorId: string;
          };
        };
      };
    };
  };
  postDisciplineIncidentsByIdConfirmReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        } | null;
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            agentName: string;
            confirmations: {
              at: string;
              by: string;
              incidentId: string;
              note: string | null;
              /** @enum {string} */
              role: 'supervisor' | 'client';
            }[];
            finedIncidentIds: string[];
            incidents: {
              agentId: string;
              conversationId: string | null;
              createdAt: string;
              description: string;
              id: string;
              occurredOn: string;
              reporter: string;
              /** @enum {string} */
              review: 'pending' | 'confirmed' | 'rejected';
              reviewedAt: string | null;
              reviewer: string | null;
              reviewNote: string | null;
              teamId: string;
              vendorId: string;
            }[];
            online:
              | {
                  /** @enum {string} */
                  kind: 'online';
                }
              | {
                  awaiting: ('supervisor' | 'client')[];
                  /** @enum {string} */
                  kind: 'offline-training';
                }
              | {
                  /** @enum {string} */
                  kind: 'dismissal-recommended';
                };
            stage:
              | {
                  /** @enum {number} */
                  count: 0;
                  incidentIds: string[];
                  /** @enum {string} */
                  kind: 'clear';
                  /** @enum {number} */
                  stage: 0;
                }
              | {
                  count: number;
                  incidentIds: string[];
                  /** @enum {string} */
                  kind: 'demerit-and-interview';
                  /** @enum {number} */
                  stage: 1;
                }
              | {
                  count: number;
                  incidentIds: string[];
                  /** @enum {string} */
                  kind: 'offline-training-and-fine';
                  /** @enum {number} */
                  stage: 2;
                  triggeredBy: string;
                }
              | {
                  count: number;
                  incidentIds: string[];
                  /** @enum {string} */
                  kind: 'dismissal-recommended';
                  /** @enum {number} */
                  stage: 3;
                };
          };
        };
      };
    };
  };
  postDisciplineIncidentsByIdReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'confirmed' | 'rejected';
          note?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            incident: {
              agentId: string;
              conversationId: string | null;
              createdAt: string;
              description: string;
              id: string;
              occurredOn: string;
              reporter: string;
              /** @enum {string} */
              review: 'pending' | 'confirmed' | 'rejected';
              reviewedAt: string | null;
              reviewer: string | null;
              reviewNote: string | null;
              teamId: string;
              vendorId: string;
            };
            warnings: string[];
          };
        };
      };
    };
  };
  getHangupsBeforeAfter: {
    parameters: {
      query: {
        agentId?: string;
        days?: number;
        policyDate: string;
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            after: {
              agentHangups: number;
              agentNotAllowed: number;
              agentShare: number | null;
              calls: number;
              complaints: number;
              customerHangups: number;
              repeatCalls: number;
              satisfaction: number | null;
            };
            before: {
              agentHangups: number;
              agentNotAllowed: number;
              agentShare: number | null;
              calls: number;
              complaints: number;
              customerHangups: number;
              repeatCalls: number;
              satisfaction: number | null;
            };
            delta: {
              agentShare: number | null;
              complaintsPerThousandCalls: number | null;
              repeatRate: number | null;
              satisfaction: number | null;
            };
            periods: {
              /** @description first and last local day */
              after: string[];
              /** @description first and last local day */
              before: string[];
            };
          };
        };
      };
    };
  };
  getHangupsReport: {
    parameters: {
      query: {
        agentId?: string;
        from: string;
        teamId?: string;
        /** @description inclusive */
        to: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            byAgent: {
              agent: number;
              agentAllowed: number;
              agentNotAllowed: number;
              agentShare: number | null;
              calls: number;
              customer: number;
              key: string;
              /** @description agent:customer in whole percent, as seed 003 writes it (18:82) */
              ratio: string | null;
              system: number;
              unknown: number;
            }[];
            byDay: {
              agent: number;
              agentAllowed: number;
              agentNotAllowed: number;
              agentShare: number | null;
              calls: number;
              customer: number;
              key: string;
              /** @description agent:customer in whole percent, as seed 003 writes it (18:82) */
              ratio: string | null;
              system: number;
              unknown: number;
            }[];
            byTeam: {
              agent: number;
              agentAllowed: number;
              agentNotAllowed: number;
              agentShare: number | null;
              calls: number;
              customer: number;
              key: string;
              /** @description agent:customer in whole percent, as seed 003 writes it (18:82) */
              ratio: string | null;
              system: number;
              unknown: number;
            }[];
            total: {
              agent: number;
              agentAllowed: number;
              agentNotAllowed: number;
              agentShare: number | null;
              calls: number;
              customer: number;
              key: string;
              /** @description agent:customer in whole percent, as seed 003 writes it (18:82) */
              ratio: string | null;
              system: number;
              unknown: number;
            };
          };
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            database: {
              kind: string;
              latencyMs: number;
              ok: boolean;
            };
            ok: boolean;
            queue: {
              active: number;
              failed: number;
              ok: boolean;
              queued: number;
            };
          };
        };
      };
    };
  };
  getIdeas: {
    parameters: {
      query?: {
        state?: 'received' | 'evaluating' | 'adopted' | 'declined' | 'duplicate';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              decide: boolean;
              submit: boolean;
            };
            items: {
              agentId: string | null;
              body: string;
              /** @enum {string} */
              category: 'service' | 'process' | 'product' | 'system' | 'knowledge' | 'other';
              createdAt: string;
              decidedAt: string | null;
              duplicateOf: string | null;
              effect: string | null;
              effectRecord: {
                after: number | null;
                before: number | null;
                measuredOn: string;
                metric: string | null;
                recordedAt: string;
                recordedBy: string | null;
              } | null;
              id: string;
              reason: string | null;
              rewardFen: number | null;
              rewardMonth: string | null;
              /** @enum {string} */
              source: 'agent' | 'customer_callback';
              /** @enum {string} */
              state: 'received' | 'evaluating' | 'adopted' | 'declined' | 'duplicate';
              teamId: string | null;
              title: string;
              vendorId: string | null;
            }[];
          };
        };
      };
    };
  };
  postIdeas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId?: string;
          body: string;
          /** @enum {string} */
          category: 'service' | 'process' | 'product' | 'system' | 'knowledge' | 'other';
          conversationId?: string;
          /**
           * @default agent
           * @enum {string}
           */
          source?: 'agent' | 'customer_callback';
          title: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            body: string;
            /** @enum {string} */
            category: 'service' | 'process' | 'product' | 'system' | 'knowledge' | 'other';
            createdAt: string;
            decidedAt: string | null;
            duplicateOf: string | null;
            effect: string | null;
            effectRecord: {
              after: number | null;
              before: number | null;
              measuredOn: string;
              metric: string | null;
              recordedAt: string;
              recordedBy: string | null;
            } | null;
            id: string;
            reason: string | null;
            rewardFen: number | null;
            rewardMonth: string | null;
            /** @enum {string} */
            source: 'agent' | 'customer_callback';
            /** @enum {string} */
            state: 'received' | 'evaluating' | 'adopted' | 'declined' | 'duplicate';
            teamId: string | null;
            title: string;
            vendorId: string | null;
          };
        };
      };
    };
  };
  postIdeasByIdEffect: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          after?: number;
          before?: number;
          effect: string;
          measuredOn: string;
          metric?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            body: string;
            /** @enum {string} */
            category: 'service' | 'process' | 'product' | 'system' | 'knowledge' | 'other';
            createdAt: string;
            decidedAt: string | null;
            duplicateOf: string | null;
            effect: string | null;
            effectRecord: {
              after: number | null;
              before: number | null;
              measuredOn: string;
              metric: string | null;
              recordedAt: string;
              recordedBy: string | null;
            } | null;
            id: string;
            reason: string | null;
            rewardFen: number | null;
            rewardMonth: string | null;
            /** @enum {string} */
            source: 'agent' | 'customer_callback';
            /** @enum {string} */
            state: 'received' | 'evaluating' | 'adopted' | 'declined' | 'duplicate';
            teamId: string | null;
            title: string;
            vendorId: string | null;
          };
        };
      };
    };
  };
  postIdeasByIdMove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          duplicateOf?: string;
          effect?: string;
          reason?: string;
          rewardFen?: number;
          /** @enum {string} */
          to: 'received' | 'evaluating' | 'adopted' | 'declined' | 'duplicate';
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            body: string;
            /** @enum {string} */
            category: 'service' | 'process' | 'product' | 'system' | 'knowledge' | 'other';
            createdAt: string;
            decidedAt: string | null;
            duplicateOf: string | null;
            effect: string | null;
            effectRecord: {
              after: number | null;
              before: number | null;
              measuredOn: string;
              metric: string | null;
              recordedAt: string;
              recordedBy: string | null;
            } | null;
            id: string;
            reason: string | null;
            rewardFen: number | null;
            rewardMonth: string | null;
            /** @enum {string} */
            source: 'agent' | 'customer_callback';
            /** @enum {string} */
            state: 'received' | 'evaluating' | 'adopted' | 'declined' | 'duplicate';
            teamId: string | null;
            title: string;
            vendorId: string | null;
          };
        };
      };
    };
  };
  getIdeasExport: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getImportProfiles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              description: string | null;
              id: string;
              name: string;
              options: {
                [key: string]: unknown;
              };
              updatedAt: string;
            }[];
          };
        };
      };
    };
  };
  postImportProfiles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string | null;
          name: string;
          options: {
            /** @enum {string} */
            channel?: 'voice' | 'chat';
            channelRoles?: {
              [key: string]: 'agent' | 'customer' | 'ivr' | 'system';
            };
            conversationId?: string;
            /** @enum {string} */
            encoding?: 'utf-8' | 'gb18030' | 'gbk' | 'gb2312' | 'big5' | 'utf-16le' | 'utf-16be';
            /** @enum {string} */
            format?:
              | 'json'
              | 'jsonl'
              | 'csv'
              | 'xlsx'
              | 'aliyun'
              | 'srt'
              | 'vtt'
              | 'chat-tsv'
              | 'xls'
              | 'tencent'
              | 'iflytek'
              | 'huawei'
              | 'volcengine';
            mapping?: {
              agentId?: string;
              channel?: string;
              conversationId?: string;
              endMs?: string;
              role?: string;
              startedAt?: string;
              startMs?: string;
              text?: string;
              time?: string;
            };
            sheet?: string;
            speakerRoles?: {
              [key: string]: 'agent' | 'customer' | 'ivr' | 'system';
            };
            /** @enum {string} */
            timeUnit?: 'auto' | 'ms' | 's';
            timeZone?: string;
          };
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            options: {
              [key: string]: unknown;
            };
            updatedAt: string;
          };
        };
      };
    };
  };
  putImportProfilesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string | null;
          name: string;
          options: {
            /** @enum {string} */
            channel?: 'voice' | 'chat';
            channelRoles?: {
              [key: string]: 'agent' | 'customer' | 'ivr' | 'system';
            };
            conversationId?: string;
            /** @enum {string} */
            encoding?: 'utf-8' | 'gb18030' | 'gbk' | 'gb2312' | 'big5' | 'utf-16le' | 'utf-16be';
            /** @enum {string} */
            format?:
              | 'json'
              | 'jsonl'
              | 'csv'
              | 'xlsx'
              | 'aliyun'
              | 'srt'
              | 'vtt'
              | 'chat-tsv'
              | 'xls'
              | 'tencent'
              | 'iflytek'
              | 'huawei'
              | 'volcengine';
            mapping?: {
              agentId?: string;
              channel?: string;
              conversationId?: string;
              endMs?: string;
              role?: string;
              startedAt?: string;
              startMs?: string;
              text?: string;
              time?: string;
            };
            sheet?: string;
            speakerRoles?: {
              [key: string]: 'agent' | 'customer' | 'ivr' | 'system';
            };
            /** @enum {string} */
            timeUnit?: 'auto' | 'ms' | 's';
            timeZone?: string;
          };
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            options: {
              [key: string]: unknown;
            };
            updatedAt: string;
          };
        };
      };
    };
  };
  deleteImportProfilesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
    };
  };
  postIngest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            batchId: string;
            chunks: number;
            total: number;
          };
        };
      };
    };
  };
  getIngestByBatchId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        batchId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description records read without error: stored + duplicates (+ still pending) */
            accepted: number;
            batchId: string;
            createdAt: string;
            /** @description records identical to a stored conversation, skipped */
            duplicates: number;
            errorCount: number;
            errors: {
              field: string;
              file?: string;
              line: number;
              message: string;
            }[];
            finishedAt: string | null;
            inserted: number;
            pending: number;
            /** @description records refused with their line and field (never stored) */
            rejected: number;
            source: string;
            /** @enum {string} */
            status: 'queued' | 'running' | 'done' | 'failed';
            /** @description conversations stored by this batch: new ones and new versions */
            stored: number;
            total: number;
            unchanged: number;
            updated: number;
            warningCount: number;
            warnings: {
              field: string;
              file?: string;
              line: number;
              message: string;
            }[];
          };
        };
      };
    };
  };
  postIvrDecide: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          callerClass?: 'regular' | 'harassment' | 'non-routine';
          elapsedMs: number;
          number?: string;
          questions: {
            atMs?: number;
            intent: string;
            text?: string;
          }[];
          queueWaitMs?: number;
          sessionId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            action: 'human' | 'callback' | 'continue';
            /** @enum {string} */
            callerClass: 'regular' | 'harassment' | 'non-routine';
            priority: boolean;
            reasons: (
              'repeated-question' | 'time-in-ivr' | 'caller-class' | 'asked-for-human' | 'queue-wait'
            )[];
          };
        };
      };
    };
  };
  getIvrLookup: {
    parameters: {
      query: {
        number: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            blocked: boolean;
            /** @enum {string} */
            class: 'regular' | 'harassment' | 'non-routine';
            entryId: string | null;
            number: string;
            until: string | null;
          };
        };
      };
    };
  };
  getIvrReport: {
    parameters: {
      query: {
        from: string;
        /** @description inclusive */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              callback: number;
              continue: number;
              human: number;
            };
            complaints: {
              count: number;
              examples: {
                conversationId: string;
                text: string;
              }[];
            };
            priority: number;
            reasons: {
              count: number;
              reason: string;
            }[];
            sessions: number;
            topIntents: {
              intent: string;
              sessions: number;
            }[];
          };
        };
      };
    };
  };
  postIvrSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sessions: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            callerClass?: 'regular' | 'harassment' | 'non-routine';
            elapsedMs: number;
            number?: string;
            questions: {
              atMs?: number;
              intent: string;
              text?: string;
            }[];
            queueWaitMs?: number;
            sessionId: string;
          }[];
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            stored: number;
          };
        };
      };
    };
  };
  getKpi: {
    parameters: {
      query: {
        month: string;
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            month: string;
            rows: {
              agentId: string;
              agentName: string;
              answerRate: number | null;
              bonusFen: number;
              deductionFen: number;
              inputs: {
                abandonedInQueue: number;
                answered: number;
                answeredWithin20s: number;
                days: number;
                offered: number;
                qaCount: number;
                rated: number;
                ratingAbandoned: number;
                satisfied: number;
              };
              items: {
                answerRate: {
                  /** @enum {string|null} */
                  clamped: 'floor' | 'cap' | null;
                  denominator: number | null;
                  /** @enum {string} */
                  kind: 'measured' | 'no-data';
                  /**
                   * @description without data: what the policy scored instead (`base` points or `zero`); null when measured
                   * @enum {string|null}
                   */
                  noDataRule: 'base' | 'zero' | null;
                  numerator: number | null;
                  points: number;
                  value: number | null;
                };
                qa: {
                  /** @enum {string|null} */
                  clamped: 'floor' | 'cap' | null;
                  denominator: number | null;
                  /** @enum {string} */
                  kind: 'measured' | 'no-data';
                  /**
                   * @description without data: what the policy scored instead (`base` points or `zero`); null when measured
                   * @enum {string|null}
                   */
                  noDataRule: 'base' | 'zero' | null;
                  numerator: number | null;
                  points: number;
                  value: number | null;
                };
                satisfaction: {
                  /** @enum {string|null} */
                  clamped: 'floor' | 'cap' | null;
                  denominator: number | null;
                  /** @enum {string} */
                  kind: 'measured' | 'no-data';
                  /**
                   * @description without data: what the policy scored instead (`base` points or `zero`); null when measured
                   * @enum {string|null}
                   */
                  noDataRule: 'base' | 'zero' | null;
                  numerator: number | null;
                  points: number;
                  value: number | null;
                };
              };
              monthlyFeeFen: number;
              /** @description the items scored without data, so no screen shows their points as if they were measured */
              noData: ('answerRate' | 'satisfaction' | 'qa')[];
              /** @enum {string} */
              outcome: 'bonus' | 'deduction' | 'on-target';
              outcomePercent: number | null;
              points: {
                answerRate: number;
                qa: number;
                satisfaction: number;
                total: number;
              };
              policyVersion: string;
              qaScore: number | null;
              satisfaction: number | null;
              teamId: string;
              vendorId: string;
            }[];
            timeZone: string;
          };
        };
      };
    };
  };
  getKpiByAgentId: {
    parameters: {
      query: {
        month: string;
      };
      header?: never;
      path: {
        agentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            complaints: {
              conversationId: string | null;
              /** @enum {string} */
              decision: 'pending' | 'responsible' | 'not_responsible';
              description: string;
              id: string;
              receivedOn: string;
              /** @enum {string} */
              severity: 'minor' | 'general' | 'severe';
            }[];
            daily: {
              abandonedInQueue: number;
              answered: number;
              answeredWithin20s: number;
              /** @description derived rows count only for days no imported source covers, as in the KPI itself */
              counted: boolean;
              date: string;
              offered: number;
              rated: number;
              ratingAbandoned: number;
              satisfied: number;
              source: string;
            }[];
            incidents: {
              description: string;
              id: string;
              occurredOn: string;
              /** @enum {string} */
              review: 'pending' | 'confirmed' | 'rejected';
            }[];
            /** @description null when the agent is not part of the month (no data, inactive or hired later) */
            kpi: {
              agentId: string;
              agentName: string;
              answerRate: number | null;
              bonusFen: number;
              deductionFen: number;
              inputs: {
                abandonedInQueue: number;
                answered: number;
                answeredWithin20s: number;
                days: number;
                offered: number;
                qaCount: number;
                rated: number;
                ratingAbandoned: number;
                satisfied: number;
              };
              items: {
                answerRate: {
                  /** @enum {string|null} */
                  clamped: 'floor' | 'cap' | null;
                  denominator: number | null;
                  /** @enum {string} */
                  kind: 'measured' | 'no-data';
                  /**
                   * @description without data: what the policy scored instead (`base` points or `zero`); null when measured
                   * @enum {string|null}
                   */
                  noDataRule: 'base' | 'zero' | null;
                  numerator: number | null;
                  points: number;
                  value: number | null;
                };
                qa: {
                  /** @enum {string|null} */
                  clamped: 'floor' | 'cap' | null;
                  denominator: number | null;
                  /** @enum {string} */
                  kind: 'measured' | 'no-data';
                  /**
                   * @description without data: what the policy scored instead (`base` points or `zero`); null when measured
                   * @enum {string|null}
                   */
                  noDataRule: 'base' | 'zero' | null;
                  numerator: number | null;
                  points: number;
                  value: number | null;
                };
                satisfaction: {
                  /** @enum {string|null} */
                  clamped: 'floor' | 'cap' | null;
                  denominator: number | null;
                  /** @enum {string} */
                  kind: 'measured' | 'no-data';
                  /**
                   * @description without data: what the policy scored instead (`base` points or `zero`); null when measured
                   * @enum {string|null}
                   */
                  noDataRule: 'base' | 'zero' | null;
                  numerator: number | null;
                  points: number;
                  value: number | null;
                };
              };
              monthlyFeeFen: number;
              /** @description the items scored without data, so no screen shows their points as if they were measured */
              noData: ('answerRate' | 'satisfaction' | 'qa')[];
              /** @enum {string} */
              outcome: 'bonus' | 'deduction' | 'on-target';
              outcomePercent: number | null;
              points: {
                answerRate: number;
                qa: number;
                satisfaction: number;
                total: number;
              };
              policyVersion: string;
              qaScore: number | null;
              satisfaction: number | null;
              teamId: string;
              vendorId: string;
            } | null;
            month: string;
            qaScores: {
              agentId: string;
              conversationId: string;
              reviewed: boolean;
              /** @description local time of the call, without a zone */
              startedAt: string;
              total: number;
            }[];
            timeZone: string;
          };
        };
      };
    };
  };
  getKpiPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              disciplineWindow:
                | {
                    /** @enum {string} */
                    kind: 'rolling-months';
                    months: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'calendar-year';
                  }
                | {
                    /** @enum {string} */
                    kind: 'all-time';
                  };
              /** @description the first month (YYYY-MM) the version applies to */
              effectiveFrom: string;
              id: string;
              policy: {
                bonus: {
                  /** @default 100000 */
                  baseFen: number;
                  /** @default null */
                  maxPercent: number | null;
                };
                complaints: {
                  /** @default 250000 */
                  generalFen: number;
                  /** @default 50000 */
                  minorFen: number;
                  /** @default 500000 */
                  severeFen: number;
                };
                deduction: {
                  /** @default 20 */
                  maxPercent: number;
                  /** @default 700000 */
                  monthlyFeeFen: number;
                };
                description?: string;
                /** @default 10000 */
                disciplineFineFen: number;
                items: {
                  answerRate: {
                    /** @default 40 */
                    base: number;
                    /** @default null */
                    cap: number | null;
                    /** @default 2 */
                    slope: number;
                    /** @default 97 */
                    target: number;
                    /**
                     * @default base
                     * @enum {string}
                     */
                    whenNoData: 'base' | 'zero';
                  };
                  qa: {
                    /** @default 30 */
                    base: number;
                    /** @default null */
                    cap: number | null;
                    /** @default 1 */
                    slope: number;
                    /** @default 90 */
                    target: number;
                    /**
                     * @default base
                     * @enum {string}
                     */
                    whenNoData: 'base' | 'zero';
                  };
                  satisfaction: {
                    /** @default 30 */
                    base: number;
                    /** @default null */
                    cap: number | null;
                    /** @default 1 */
                    slope: number;
                    /** @default 90 */
                    target: number;
                    /**
                     * @default base
                     * @enum {string}
                     */
                    whenNoData: 'base' | 'zero';
                  };
                };
                /** @default 5000 */
                lateCallbackFen: number;
                lateReport: {
                  /** @default 5 */
                  dueDayOfMonth: number;
                  /** @default 5000 */
                  feeFen: number;
                };
                /** @default 100 */
                thresholdPoints: number;
                /** @default Asia/Shanghai */
                timeZone: string;
                version: string;
              };
              /** @description null for the default policy */
              vendorId: string | null;
              version: string;
            }[];
          };
        };
      };
    };
  };
  postKpiPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default {
           *       "kind": "rolling-months",
           *       "months": 12
           *     }
           */
          disciplineWindow?:
            | {
                /** @enum {string} */
                kind: 'rolling-months';
                months: number;
              }
            | {
                /** @enum {string} */
                kind: 'calendar-year';
              }
            | {
                /** @enum {string} */
                kind: 'all-time';
              };
          effectiveFrom: string;
          policy: unknown;
          /** @default null */
          vendorId?: string | null;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the first month (YYYY-MM) the version applies to */
            effectiveFrom: string;
            id: string;
            /** @description null for the default policy */
            vendorId: string | null;
            version: string;
          };
        };
      };
    };
  };
  postKpiStats: {
    parameters: {
      query?: {
        source?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentDays: number;
            errors: {
              field: string;
              line: number;
              message: string;
            }[];
            format: string;
            importId: string;
            months: string[];
            rowsAccepted: number;
            skipped: {
              line: number;
              reason: string;
            }[];
            source: string;
          };
        };
      };
    };
  };
  postKpiStatsDerive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          month: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentDays: number;
            agents: number;
            importId: string;
          };
        };
      };
    };
  };
  getLiveAlertRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              configure: boolean;
              handle: boolean;
            };
            items: {
              audiences: ('team_leader' | 'qa' | 'admin' | 'expert_seat')[];
              enabled: boolean;
              escalateAfterSeconds: number | null;
              id: string;
              name: string;
              rules: string[];
              /** @enum {string} */
              severity: 'low' | 'medium' | 'high' | 'critical';
            }[];
          };
        };
      };
    };
  };
  putLiveAlertRulesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          audiences: ('team_leader' | 'qa' | 'admin' | 'expert_seat')[];
          enabled: boolean;
          escalateAfterSeconds: number | null;
          name: string;
          rules: string[];
          /** @enum {string} */
          severity: 'low' | 'medium' | 'high' | 'critical';
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            audiences: ('team_leader' | 'qa' | 'admin' | 'expert_seat')[];
            enabled: boolean;
            escalateAfterSeconds: number | null;
            id: string;
            name: string;
            rules: string[];
            /** @enum {string} */
            severity: 'low' | 'medium' | 'high' | 'critical';
          };
        };
      };
    };
  };
  getLiveAlerts: {
    parameters: {
      query?: {
        from?: string;
        limit?: number;
        state?: 'open' | 'acknowledged' | 'taken_over' | 'dismissed';
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              configure: boolean;
              handle: boolean;
            };
            counts: {
              count: number;
              rule: string;
              severity: string;
              state: string;
            }[];
            items: {
              actions: {
                handle: boolean;
              };
              agentId: string;
              at: string;
              callId: string;
              escalated: boolean;
              handledAt: string | null;
              handledBy: string | null;
              handledByName: string | null;
              id: string;
              reason: string | null;
              rule: string;
              /** @enum {string} */
              severity: 'low' | 'medium' | 'high' | 'critical';
              /** @enum {string} */
              state: 'open' | 'acknowledged' | 'taken_over' | 'dismissed';
              text: string;
              turn: number;
            }[];
          };
        };
      };
    };
  };
  postLiveAlertsByIdHandle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'acknowledge' | 'take-over' | 'dismiss';
          reason?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string;
            at: string;
            callId: string;
            escalated: boolean;
            id: string;
            rule: string;
            /** @enum {string} */
            severity: 'low' | 'medium' | 'high' | 'critical';
            /** @enum {string} */
            state: 'open' | 'acknowledged' | 'taken_over' | 'dismissed';
            text: string;
            turn: number;
          };
        };
      };
    };
  };
  getLiveAlertsStream: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description text/event-stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
    };
  };
  getLiveCalls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              configure: boolean;
              handle: boolean;
            };
            items: {
              agentId: string;
              alerts: {
                agentId: string;
                at: string;
                callId: string;
                escalated: boolean;
                id: string;
                rule: string;
                /** @enum {string} */
                severity: 'low' | 'medium' | 'high' | 'critical';
                /** @enum {string} */
                state: 'open' | 'acknowledged' | 'taken_over' | 'dismissed';
                text: string;
                turn: number;
              }[];
              callId: string;
              lines: {
                role: string;
                seq: number;
                text: string;
              }[];
              startedAt: string;
              teamId: string | null;
            }[];
          };
        };
      };
    };
  };
  postLiveCalls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId: string;
          callId: string;
          number?: string;
          /** Format: date-time */
          startedAt?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            callId: string;
            created: boolean;
            /** @enum {string} */
            state: 'live';
          };
        };
      };
    };
  };
  getLiveCallsByCallId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              configure: boolean;
              handle: boolean;
            };
            agentId: string;
            alerts: {
              agentId: string;
              at: string;
              callId: string;
              escalated: boolean;
              id: string;
              rule: string;
              /** @enum {string} */
              severity: 'low' | 'medium' | 'high' | 'critical';
              /** @enum {string} */
              state: 'open' | 'acknowledged' | 'taken_over' | 'dismissed';
              text: string;
              turn: number;
            }[];
            callId: string;
            diff: {
              confirmed: {
                end: number;
                rule: string;
                start: number;
                text: string;
                turn: number;
              }[];
              finalOnly: {
                end: number;
                rule: string;
                start: number;
                text: string;
                turn: number;
              }[];
              withdrawn: {
                end: number;
                rule: string;
                start: number;
                text: string;
                turn: number;
              }[];
            } | null;
            endedAt: string | null;
            lines: {
              role: string;
              seq: number;
              text: string;
            }[];
            liveHits: {
              end: number;
              rule: string;
              start: number;
              text: string;
              turn: number;
            }[];
            startedAt: string;
            /** @enum {string} */
            state: 'live' | 'ended';
          };
        };
      };
    };
  };
  postLiveCallsByCallIdEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            batchId: string;
            callId: string;
            conversationId: string;
          };
        };
      };
    };
  };
  postLiveCallsByCallIdEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              endMs: number;
              startMs: number;
              /** @enum {string} */
              type: 'hold';
            }
          | {
              atMs: number;
              /** @enum {string} */
              by: 'agent' | 'customer' | 'system';
              /** @enum {string} */
              type: 'hangup';
            }
          | {
              atMs: number;
              to?: string;
              /** @enum {string} */
              type: 'transfer';
            };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            accepted: true;
          };
        };
      };
    };
  };
  postLiveCallsByCallIdSegments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        callId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          confidence?: number;
          endMs?: number;
          final: boolean;
          /** @enum {string} */
          role: 'agent' | 'customer' | 'ivr' | 'system';
          startMs?: number;
          text: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            accepted: true;
            alerts: {
              agentId: string;
              at: string;
              callId: string;
              escalated: boolean;
              id: string;
              rule: string;
              /** @enum {string} */
              severity: 'low' | 'medium' | 'high' | 'critical';
              /** @enum {string} */
              state: 'open' | 'acknowledged' | 'taken_over' | 'dismissed';
              text: string;
              turn: number;
            }[];
            seq: number | null;
          };
        };
      };
    };
  };
  getNotifications: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        unread?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              id: number;
              /** @enum {string} */
              kind:
                | 'review.assigned'
                | 'review.finalized'
                | 'appeal.filed'
                | 'appeal.decided'
                | 'work-order.due-soon'
                | 'work-order.escalated'
                | 'work-order.urged'
                | 'work-order.redo'
                | 'work-order.bounced'
                | 'callback.due'
                | 'live.alert'
                | 'live.alert.escalated';
              /** @description the web UI path that opens what the notification is about */
              link: string;
              /** @description what the web UI needs to word the message (ids, scores, counts, deadlines) */
              params: {
                [key: string]: unknown;
              };
              readAt: string | null;
            }[];
            total: number;
            unread: number;
          };
        };
      };
    };
  };
  postNotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ids?: number[];
        } | null;
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description notifications newly marked read */
            marked: number;
          };
        };
      };
    };
  };
  getNotificationsSummary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description unread notifications per kind; kinds without any are left out */
            byKind: {
              'appeal.decided'?: number;
              'appeal.filed'?: number;
              'callback.due'?: number;
              'live.alert'?: number;
              'live.alert.escalated'?: number;
              'review.assigned'?: number;
              'review.finalized'?: number;
              'work-order.bounced'?: number;
              'work-order.due-soon'?: number;
              'work-order.escalated'?: number;
              'work-order.redo'?: number;
              'work-order.urged'?: number;
            };
            unread: number;
          };
        };
      };
    };
  };
  getPacks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              current: boolean;
              id: string;
              label: string;
              name: string;
              published: boolean;
              publishedAt: string | null;
              version: number;
            }[];
          };
        };
      };
    };
  };
  postPacks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: boolean;
            id: string;
            label: string;
            name: string;
            version: number;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: boolean;
            id: string;
            label: string;
            name: string;
            version: number;
          };
        };
      };
    };
  };
  postPacksByIdByVersionPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 100 */
          changedLimit?: number;
          /** Format: date-time */
          from: string;
          /** @default 20000 */
          limit?: number;
          /** Format: date-time */
          to: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            baseline: {
              label: string;
              version: number;
            };
            changed: {
              gained: {
                deduction: number;
                end: number;
                rule: string;
                start: number;
                text: string;
                turn: number;
              }[];
              id: string;
              lost: {
                deduction: number;
                end: number;
                rule: string;
                start: number;
                text: string;
                turn: number;
              }[];
              scoreAfter: number;
              scoreBefore: number;
            }[];
            changedCount: number;
            conversations: number;
            deltaHistogram: {
              bins: string[];
              counts: number[];
            };
            elapsedMs: number;
            from: string;
            histogram: {
              after: number[];
              before: number[];
              bins: string[];
            };
            label: string;
            meanScoreAfter: number;
            meanScoreBefore: number;
            packId: string;
            rules: {
              conversationsGaining: number;
              conversationsLosing: number;
              hitsGained: number;
              hitsLost: number;
              rule: string;
            }[];
            to: string;
            truncated: boolean;
            version: number;
          };
        };
      };
    };
  };
  postPacksByIdByVersionPreviewRuns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 100 */
          changedLimit?: number;
          /** Format: date-time */
          from: string;
          /** @default 1000000 */
          limit?: number;
          /** Format: date-time */
          to: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            baseline: {
              label: string;
              version: number;
            };
            createdAt: string;
            done: number;
            error: string | null;
            finishedAt: string | null;
            from: string;
            label: string;
            packId: string;
            result: {
              baseline: {
                label: string;
                version: number;
              };
              changed: {
                gained: {
                  deduction: number;
                  end: number;
                  rule: string;
                  start: number;
                  text: string;
                  turn: number;
                }[];
                id: string;
                lost: {
                  deduction: number;
                  end: number;
                  rule: string;
                  start: number;
                  text: string;
                  turn: number;
                }[];
                scoreAfter: number;
                scoreBefore: number;
              }[];
              changedCount: number;
              conversations: number;
              deltaHistogram: {
                bins: string[];
                counts: number[];
              };
              elapsedMs: number;
              from: string;
              histogram: {
                after: number[];
                before: number[];
                bins: string[];
              };
              label: string;
              meanScoreAfter: number;
              meanScoreBefore: number;
              packId: string;
              rules: {
                conversationsGaining: number;
                conversationsLosing: number;
                hitsGained: number;
                hitsLost: number;
                rule: string;
              }[];
              to: string;
              truncated: boolean;
              version: number;
            } | null;
            runId: string;
            /** @enum {string} */
            status: 'queued' | 'running' | 'done' | 'failed';
            to: string;
            total: number | null;
            version: number;
          };
        };
      };
    };
  };
  postPacksByIdByVersionPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            alreadyPublished: boolean;
            current: boolean;
            id: string;
            label: string;
            published: boolean;
            version: number;
          };
        };
      };
    };
  };
  getPacksPreviewRunsByRunId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            baseline: {
              label: string;
              version: number;
            };
            createdAt: string;
            done: number;
            error: string | null;
            finishedAt: string | null;
            from: string;
            label: string;
            packId: string;
            result: {
              baseline: {
                label: string;
                version: number;
              };
              changed: {
                gained: {
                  deduction: number;
                  end: number;
                  rule: string;
                  start: number;
                  text: string;
                  turn: number;
                }[];
                id: string;
                lost: {
                  deduction: number;
                  end: number;
                  rule: string;
                  start: number;
                  text: string;
                  turn: number;
                }[];
                scoreAfter: number;
                scoreBefore: number;
              }[];
              changedCount: number;
              conversations: number;
              deltaHistogram: {
                bins: string[];
                counts: number[];
              };
              elapsedMs: number;
              from: string;
              histogram: {
                after: number[];
                before: number[];
                bins: string[];
              };
              label: string;
              meanScoreAfter: number;
              meanScoreBefore: number;
              packId: string;
              rules: {
                conversationsGaining: number;
                conversationsLosing: number;
                hitsGained: number;
                hitsLost: number;
                rule: string;
              }[];
              to: string;
              truncated: boolean;
              version: number;
            } | null;
            runId: string;
            /** @enum {string} */
            status: 'queued' | 'running' | 'done' | 'failed';
            to: string;
            total: number | null;
            version: number;
          };
        };
      };
    };
  };
  getPrecision: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            rules: {
              /** @enum {string|null} */
              advice: 'collect-more' | 'may-deduct' | 'keep-suggesting' | 'tune' | null;
              appeals: number;
              appealsRejected: number;
              appealsUpheld: number;
              confirmed: number;
              precision: number | null;
              precisionAfterAppeals: number | null;
              rejected: number;
              reviewed: number;
              rule: string;
              suggested: {
                confirmed: number;
                precision: number | null;
                reviewed: number;
              };
            }[];
            to: string;
          };
        };
      };
    };
  };
  getReady: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checks: {
              database: {
                detail?: string;
                ok: boolean;
              };
              migrations: {
                detail?: string;
                ok: boolean;
              };
              queue: {
                detail?: string;
                ok: boolean;
              };
            };
            ready: boolean;
            warnings: string[];
          };
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checks: {
              database: {
                detail?: string;
                ok: boolean;
              };
              migrations: {
                detail?: string;
                ok: boolean;
              };
              queue: {
                detail?: string;
                ok: boolean;
              };
            };
            ready: boolean;
            warnings: string[];
          };
        };
      };
    };
  };
  postRecordings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            batchId: string | null;
            channels: number;
            conversationId: string;
            createdAt: string;
            durationMs: number;
            engine: string | null;
            error: string | null;
            fileName: string;
            id: string;
            progress: number;
            sampleRate: number;
            sizeBytes: number;
            /** @enum {string} */
            status: 'queued' | 'transcribing' | 'ingesting' | 'done' | 'failed';
            updatedAt: string;
          };
        };
      };
    };
  };
  getRecordingsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            batchId: string | null;
            channels: number;
            conversationId: string;
            createdAt: string;
            durationMs: number;
            engine: string | null;
            error: string | null;
            fileName: string;
            id: string;
            progress: number;
            sampleRate: number;
            sizeBytes: number;
            /** @enum {string} */
            status: 'queued' | 'transcribing' | 'ingesting' | 'done' | 'failed';
            updatedAt: string;
          };
        };
      };
    };
  };
  getReportsMonthly: {
    parameters: {
      query: {
        agentId?: string;
        month: string;
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agents: {
              agentId: string;
              appealsFiled: number;
              appealsUpheld: number;
              complaints: number;
              complaintsResponsible: number;
              conversations: number;
              hitsPer100: number;
              meanScore: number | null;
              scored: number;
              teamId: string;
              topRules: {
                hits: number;
                per100: number;
                ruleId: string;
              }[];
              upheldRate: number | null;
            }[];
            appeals: {
              byRule: {
                filed: number;
                rule: string;
                upheld: number;
              }[];
              filed: number;
              open: number;
              rejected: number;
              upheld: number;
            };
            complaints: {
              bySeverity: {
                general: number;
                minor: number;
                severe: number;
              };
              notResponsible: number;
              pending: number;
              responsible: number;
              total: number;
            };
            daily: {
              conversations: number;
              day: string;
              hitsPer100: number;
              meanScore: number | null;
            }[];
            from: string;
            generatedAt: string;
            month: string;
            names: {
              agents: {
                [key: string]: string;
              };
              rules: {
                [key: string]: string;
              };
              teams: {
                [key: string]: string;
              };
              vendors: {
                [key: string]: string;
              };
            };
            summary: {
              agents: number;
              appealsFiled: number;
              appealsUpheld: number;
              complaints: number;
              complaintsResponsible: number;
              conversations: number;
              hitsPer100: number;
              meanScore: number | null;
              scored: number;
              topRules: {
                hits: number;
                per100: number;
                ruleId: string;
              }[];
              upheldRate: number | null;
            };
            teams: {
              agents: number;
              appealsFiled: number;
              appealsUpheld: number;
              complaints: number;
              complaintsResponsible: number;
              conversations: number;
              hitsPer100: number;
              meanScore: number | null;
              scored: number;
              teamId: string;
              topRules: {
                hits: number;
                per100: number;
                ruleId: string;
              }[];
              upheldRate: number | null;
            }[];
            title: {
              teamId: string | null;
              teamName: string | null;
              vendorId: string | null;
              vendorName: string | null;
            };
            to: string;
          };
        };
      };
    };
  };
  getReportsMonthlyExportXlsx: {
    parameters: {
      query: {
        agentId?: string;
        month: string;
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsMonthlyPrint: {
    parameters: {
      query: {
        agentId?: string;
        month: string;
        teamId?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsTrends: {
    parameters: {
      query?: {
        agentId?: string;
        from?: string;
        granularity?: 'month' | 'week';
        groupBy?: 'agent' | 'team' | 'vendor' | 'all';
        teamId?: string;
        to?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            names: {
              agents: {
                [key: string]: string;
              };
              rules: {
                [key: string]: string;
              };
              teams: {
                [key: string]: string;
              };
              vendors: {
                [key: string]: string;
              };
            };
            periods: string[];
            rules: {
              hits: number;
              points: {
                hits: number;
                per100: number;
                period: string;
              }[];
              ruleId: string;
            }[];
            series: {
              key: string;
              points: {
                appealsFiled: number;
                appealsUpheld: number;
                complaints: number;
                complaintsResponsible: number;
                conversations: number;
                hitsPer100: number;
                meanScore: number | null;
                period: string;
                scored: number;
                topRules: {
                  hits: number;
                  per100: number;
                  ruleId: string;
                }[];
                upheldRate: number | null;
              }[];
            }[];
          };
        };
      };
    };
  };
  postRescore: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          from: string;
          /** @default default */
          packId?: string;
          /** Format: date-time */
          to: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jobId: string;
            label: string;
            packId: string;
            packVersion: number;
          };
        };
      };
    };
  };
  getRescoreByJobId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            chunks: number | null;
            chunksDone: number;
            createdAt: string;
            done: number;
            error: string | null;
            finishedAt: string | null;
            from: string;
            jobId: string;
            label: string;
            packId: string;
            packVersion: number;
            /** @enum {string} */
            status: 'queued' | 'running' | 'done' | 'failed';
            to: string;
            total: number | null;
          };
        };
      };
    };
  };
  getReviewCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            days: {
              day: string;
              /** @enum {string} */
              kind: 'holiday' | 'workday';
              name: string;
            }[];
            nextYear: number;
            /** @description next year’s holidays are published by the State Council in Q4 */
            nextYearMissing: boolean;
            thisYear: number;
            thisYearMissing: boolean;
            timeZone: string;
            /** @description the years the stored days cover, in order */
            years: {
              holidays: number;
              workdays: number;
              year: number;
            }[];
          };
        };
      };
    };
  };
  putReviewCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          days: {
            day: string;
            /** @enum {string} */
            kind: 'holiday' | 'workday';
            /** @default  */
            name?: string;
          }[];
          from: string;
          to: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            days: {
              day: string;
              /** @enum {string} */
              kind: 'holiday' | 'workday';
              name: string;
            }[];
            nextYear: number;
            /** @description next year’s holidays are published by the State Council in Q4 */
            nextYearMissing: boolean;
            thisYear: number;
            thisYearMissing: boolean;
            timeZone: string;
            /** @description the years the stored days cover, in order */
            years: {
              holidays: number;
              workdays: number;
              year: number;
            }[];
          };
        };
      };
    };
  };
  getReviewTasks: {
    parameters: {
      query?: {
        conversationId?: string;
        inspector?: string;
        page?: number;
        pageSize?: number;
        status?: 'open' | 'finalized';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @enum {string} */
              channel: 'voice' | 'chat';
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              runId: number | null;
              startedAt: string | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            }[];
            total: number;
          };
        };
      };
    };
  };
  postReviewTasks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          conversationId: string;
          inspectorUserId?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            /** @description exclusive end of the appeal period */
            appealDeadline: string | null;
            /** @description the inspector’s words to the agent, given at finalization */
            comment: string | null;
            conversationId: string;
            conversationVersion: number;
            createdAt: string;
            finalCategories: {
              [key: string]: number;
            } | null;
            finalFatal: boolean | null;
            finalizedAt: string | null;
            finalTotal: number | null;
            id: number;
            inspectorUserId: string;
            machineTotal: number;
            /** @description the sampling plan that chose it; null for a review started by hand */
            planId: string | null;
            /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
            reasons: string[];
            /** @description the result (pack version) whose hits are reviewed */
            resultId: number;
            runId: number | null;
            /** @enum {string} */
            status: 'open' | 'finalized';
            teamId: string | null;
            vendorId: string | null;
          };
        };
      };
    };
  };
  getReviewTasksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description what the caller may do here: work the open task; go on to their next task */
            actions: {
              next: boolean;
              work: boolean;
            };
            appeals: {
              agentId: string | null;
              /** @description given in lists */
              conversationId?: string;
              decidedAt: string | null;
              decidedByUserId: string | null;
              decisionReason: string | null;
              filedAt: string;
              filedByUserId: string;
              id: number;
              item: string | null;
              reason: string;
              /** @description the contested rule (hit appeals) */
              rule: string | null;
              /** @enum {string} */
              status: 'open' | 'upheld' | 'rejected';
              target:
                | {
                    hit: number | null;
                    /** @enum {string} */
                    kind: 'hit';
                  }
                | {
                    item: string | null;
                    /** @enum {string} */
                    kind: 'item';
                  };
              taskId: number;
              teamId: string | null;
              totalAfter: number | null;
              totalBefore: number | null;
            }[];
            conversation: {
              agentId?: string;
              /**
               * @default voice
               * @enum {string}
               */
              channel: 'voice' | 'chat';
              events?: (
                | {
                    endMs: number;
                    startMs: number;
                    /** @enum {string} */
                    type: 'hold';
                  }
                | {
                    atMs: number;
                    /** @enum {string} */
                    by: 'agent' | 'customer' | 'system';
                    /** @enum {string} */
                    type: 'hangup';
                  }
                | {
                    atMs: number;
                    to?: string;
                    /** @enum {string} */
                    type: 'transfer';
                  }
              )[];
              id: string;
              meta?: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              startedAt?: string;
              turns: {
                endMs?: number;
                meta?: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                role: 'agent' | 'customer' | 'ivr' | 'system';
                startMs?: number;
                text: string;
              }[];
            } | null;
            deductions: {
              item: string;
              judgedAt: string;
              judgedByUserId: string;
              occurrences: number;
              reason: string;
            }[];
            hits: {
              atMs?: number;
              category: string;
              /** @description a learned model’s confidence, 0 … 1 */
              confidence?: number;
              /** @description points this hit costs (0 for flags and repeated once-per-call rules) */
              deduction: number;
              durationMs?: number;
              end: number;
              index: number;
              item?: string;
              message?: string;
              /** @description stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages */
              messageId?: string;
              /** @description the figures in the message, by name */
              messageValues?: {
                [key: string]: string;
              };
              /** @enum {string} */
              review?: 'low-asr-confidence';
              /** @enum {string} */
              role?: 'agent' | 'customer' | 'ivr' | 'system';
              rule: string;
              ruleName: string | null;
              /** @description UTF-16 offset into the turn’s text */
              start: number;
              /** @description found below the rule’s threshold: shown for review, no deduction */
              suggested?: boolean;
              suggestion?: string;
              text: string;
              /** @description 0-based index into the conversation’s turns */
              turn: number;
            }[];
            judgements: {
              hit: number;
              judgedAt: string;
              judgedByUserId: string;
              reason: string;
              rule: string;
              /** @enum {string} */
              verdict: 'confirm' | 'reject';
            }[];
            manualItems: {
              /** @enum {string} */
              category: 'professional' | 'attitude' | 'language';
              deduction: number;
              fatal: boolean;
              id: string;
              name: string;
            }[];
            /** @description indexes of hits without a verdict yet */
            pendingHits: number[];
            /** @description `final` is a preview while the task is open; once finalized it is the stored final score */
            score: {
              final: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
              machine: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
            };
            task: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              runId: number | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            };
          };
        };
      };
    };
  };
  postReviewTasksByIdFinalize: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
        } | null;
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description what the caller may do here: work the open task; go on to their next task */
            actions: {
              next: boolean;
              work: boolean;
            };
            appeals: {
              agentId: string | null;
              /** @description given in lists */
              conversationId?: string;
              decidedAt: string | null;
              decidedByUserId: string | null;
              decisionReason: string | null;
              filedAt: string;
              filedByUserId: string;
              id: number;
              item: string | null;
              reason: string;
              /** @description the contested rule (hit appeals) */
              rule: string | null;
              /** @enum {string} */
              status: 'open' | 'upheld' | 'rejected';
              target:
                | {
                    hit: number | null;
                    /** @enum {string} */
                    kind: 'hit';
                  }
                | {
                    item: string | null;
                    /** @enum {string} */
                    kind: 'item';
                  };
              taskId: number;
              teamId: string | null;
              totalAfter: number | null;
              totalBefore: number | null;
            }[];
            conversation: {
              agentId?: string;
              /**
               * @default voice
               * @enum {string}
               */
              channel: 'voice' | 'chat';
              events?: (
                | {
                    endMs: number;
                    startMs: number;
                    /** @enum {string} */
                    type: 'hold';
                  }
                | {
                    atMs: number;
                    /** @enum {string} */
                    by: 'agent' | 'customer' | 'system';
                    /** @enum {string} */
                    type: 'hangup';
                  }
                | {
                    atMs: number;
                    to?: string;
                    /** @enum {string} */
                    type: 'transfer';
                  }
              )[];
              id: string;
              meta?: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              startedAt?: string;
              turns: {
                endMs?: number;
                meta?: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                role: 'agent' | 'customer' | 'ivr' | 'system';
                startMs?: number;
                text: string;
              }[];
            } | null;
            deductions: {
              item: string;
              judgedAt: string;
              judgedByUserId: string;
              occurrences: number;
              reason: string;
            }[];
            hits: {
              atMs?: number;
              category: string;
              /** @description a learned model’s confidence, 0 … 1 */
              confidence?: number;
              /** @description points this hit costs (0 for flags and repeated once-per-call rules) */
              deduction: number;
              durationMs?: number;
              end: number;
              index: number;
              item?: string;
              message?: string;
              /** @description stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages */
              messageId?: string;
              /** @description the figures in the message, by name */
              messageValues?: {
                [key: string]: string;
              };
              /** @enum {string} */
              review?: 'low-asr-confidence';
              /** @enum {string} */
              role?: 'agent' | 'customer' | 'ivr' | 'system';
              rule: string;
              ruleName: string | null;
              /** @description UTF-16 offset into the turn’s text */
              start: number;
              /** @description found below the rule’s threshold: shown for review, no deduction */
              suggested?: boolean;
              suggestion?: string;
              text: string;
              /** @description 0-based index into the conversation’s turns */
              turn: number;
            }[];
            judgements: {
              hit: number;
              judgedAt: string;
              judgedByUserId: string;
              reason: string;
              rule: string;
              /** @enum {string} */
              verdict: 'confirm' | 'reject';
            }[];
            manualItems: {
              /** @enum {string} */
              category: 'professional' | 'attitude' | 'language';
              deduction: number;
              fatal: boolean;
              id: string;
              name: string;
            }[];
            /** @description indexes of hits without a verdict yet */
            pendingHits: number[];
            /** @description `final` is a preview while the task is open; once finalized it is the stored final score */
            score: {
              final: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
              machine: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
            };
            task: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              runId: number | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            };
          };
        };
      };
    };
  };
  putReviewTasksByIdHitsByHit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        hit: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          reason?: string;
          /** @enum {string} */
          verdict: 'confirm' | 'reject';
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description what the caller may do here: work the open task; go on to their next task */
            actions: {
              next: boolean;
              work: boolean;
            };
            appeals: {
              agentId: string | null;
              /** @description given in lists */
              conversationId?: string;
              decidedAt: string | null;
              decidedByUserId: string | null;
              decisionReason: string | null;
              filedAt: string;
              filedByUserId: string;
              id: number;
              item: string | null;
              reason: string;
              /** @description the contested rule (hit appeals) */
              rule: string | null;
              /** @enum {string} */
              status: 'open' | 'upheld' | 'rejected';
              target:
                | {
                    hit: number | null;
                    /** @enum {string} */
                    kind: 'hit';
                  }
                | {
                    item: string | null;
                    /** @enum {string} */
                    kind: 'item';
                  };
              taskId: number;
              teamId: string | null;
              totalAfter: number | null;
              totalBefore: number | null;
            }[];
            conversation: {
              agentId?: string;
              /**
               * @default voice
               * @enum {string}
               */
              channel: 'voice' | 'chat';
              events?: (
                | {
                    endMs: number;
                    startMs: number;
                    /** @enum {string} */
                    type: 'hold';
                  }
                | {
                    atMs: number;
                    /** @enum {string} */
                    by: 'agent' | 'customer' | 'system';
                    /** @enum {string} */
                    type: 'hangup';
                  }
                | {
                    atMs: number;
                    to?: string;
                    /** @enum {string} */
                    type: 'transfer';
                  }
              )[];
              id: string;
              meta?: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              startedAt?: string;
              turns: {
                endMs?: number;
                meta?: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                role: 'agent' | 'customer' | 'ivr' | 'system';
                startMs?: number;
                text: string;
              }[];
            } | null;
            deductions: {
              item: string;
              judgedAt: string;
              judgedByUserId: string;
              occurrences: number;
              reason: string;
            }[];
            hits: {
              atMs?: number;
              category: string;
              /** @description a learned model’s confidence, 0 … 1 */
              confidence?: number;
              /** @description points this hit costs (0 for flags and repeated once-per-call rules) */
              deduction: number;
              durationMs?: number;
              end: number;
              index: number;
              item?: string;
              message?: string;
              /** @description stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages */
              messageId?: string;
              /** @description the figures in the message, by name */
              messageValues?: {
                [key: string]: string;
              };
              /** @enum {string} */
              review?: 'low-asr-confidence';
              /** @enum {string} */
              role?: 'agent' | 'customer' | 'ivr' | 'system';
              rule: string;
              ruleName: string | null;
              /** @description UTF-16 offset into the turn’s text */
              start: number;
              /** @description found below the rule’s threshold: shown for review, no deduction */
              suggested?: boolean;
              suggestion?: string;
              text: string;
              /** @description 0-based index into the conversation’s turns */
              turn: number;
            }[];
            judgements: {
              hit: number;
              judgedAt: string;
              judgedByUserId: string;
              reason: string;
              rule: string;
              /** @enum {string} */
              verdict: 'confirm' | 'reject';
            }[];
            manualItems: {
              /** @enum {string} */
              category: 'professional' | 'attitude' | 'language';
              deduction: number;
              fatal: boolean;
              id: string;
              name: string;
            }[];
            /** @description indexes of hits without a verdict yet */
            pendingHits: number[];
            /** @description `final` is a preview while the task is open; once finalized it is the stored final score */
            score: {
              final: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
              machine: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
            };
            task: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              runId: number | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            };
          };
        };
      };
    };
  };
  putReviewTasksByIdItemsByItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        item: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          occurrences: number;
          /** @default  */
          reason?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description what the caller may do here: work the open task; go on to their next task */
            actions: {
              next: boolean;
              work: boolean;
            };
            appeals: {
              agentId: string | null;
              /** @description given in lists */
              conversationId?: string;
              decidedAt: string | null;
              decidedByUserId: string | null;
              decisionReason: string | null;
              filedAt: string;
              filedByUserId: string;
              id: number;
              item: string | null;
              reason: string;
              /** @description the contested rule (hit appeals) */
              rule: string | null;
              /** @enum {string} */
              status: 'open' | 'upheld' | 'rejected';
              target:
                | {
                    hit: number | null;
                    /** @enum {string} */
                    kind: 'hit';
                  }
                | {
                    item: string | null;
                    /** @enum {string} */
                    kind: 'item';
                  };
              taskId: number;
              teamId: string | null;
              totalAfter: number | null;
              totalBefore: number | null;
            }[];
            conversation: {
              agentId?: string;
              /**
               * @default voice
               * @enum {string}
               */
              channel: 'voice' | 'chat';
              events?: (
                | {
                    endMs: number;
                    startMs: number;
                    /** @enum {string} */
                    type: 'hold';
                  }
                | {
                    atMs: number;
                    /** @enum {string} */
                    by: 'agent' | 'customer' | 'system';
                    /** @enum {string} */
                    type: 'hangup';
                  }
                | {
                    atMs: number;
                    to?: string;
                    /** @enum {string} */
                    type: 'transfer';
                  }
              )[];
              id: string;
              meta?: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              startedAt?: string;
              turns: {
                endMs?: number;
                meta?: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                role: 'agent' | 'customer' | 'ivr' | 'system';
                startMs?: number;
                text: string;
              }[];
            } | null;
            deductions: {
              item: string;
              judgedAt: string;
              judgedByUserId: string;
              occurrences: number;
              reason: string;
            }[];
            hits: {
              atMs?: number;
              category: string;
              /** @description a learned model’s confidence, 0 … 1 */
              confidence?: number;
              /** @description points this hit costs (0 for flags and repeated once-per-call rules) */
              deduction: number;
              durationMs?: number;
              end: number;
              index: number;
              item?: string;
              message?: string;
              /** @description stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages */
              messageId?: string;
              /** @description the figures in the message, by name */
              messageValues?: {
                [key: string]: string;
              };
              /** @enum {string} */
              review?: 'low-asr-confidence';
              /** @enum {string} */
              role?: 'agent' | 'customer' | 'ivr' | 'system';
              rule: string;
              ruleName: string | null;
              /** @description UTF-16 offset into the turn’s text */
              start: number;
              /** @description found below the rule’s threshold: shown for review, no deduction */
              suggested?: boolean;
              suggestion?: string;
              text: string;
              /** @description 0-based index into the conversation’s turns */
              turn: number;
            }[];
            judgements: {
              hit: number;
              judgedAt: string;
              judgedByUserId: string;
              reason: string;
              rule: string;
              /** @enum {string} */
              verdict: 'confirm' | 'reject';
            }[];
            manualItems: {
              /** @enum {string} */
              category: 'professional' | 'attitude' | 'language';
              deduction: number;
              fatal: boolean;
              id: string;
              name: string;
            }[];
            /** @description indexes of hits without a verdict yet */
            pendingHits: number[];
            /** @description `final` is a preview while the task is open; once finalized it is the stored final score */
            score: {
              final: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
              machine: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
            };
            task: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              runId: number | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            };
          };
        };
      };
    };
  };
  postReviewTasksByIdReassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          inspectorUserId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            /** @description exclusive end of the appeal period */
            appealDeadline: string | null;
            /** @description the inspector’s words to the agent, given at finalization */
            comment: string | null;
            conversationId: string;
            conversationVersion: number;
            createdAt: string;
            finalCategories: {
              [key: string]: number;
            } | null;
            finalFatal: boolean | null;
            finalizedAt: string | null;
            finalTotal: number | null;
            id: number;
            inspectorUserId: string;
            machineTotal: number;
            /** @description the sampling plan that chose it; null for a review started by hand */
            planId: string | null;
            /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
            reasons: string[];
            /** @description the result (pack version) whose hits are reviewed */
            resultId: number;
            runId: number | null;
            /** @enum {string} */
            status: 'open' | 'finalized';
            teamId: string | null;
            vendorId: string | null;
          };
        };
      };
    };
  };
  getReviewTasksExport: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReviews: {
    parameters: {
      query?: {
        conversationId?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @enum {string} */
              channel: 'voice' | 'chat';
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              runId: number | null;
              startedAt: string | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            }[];
            total: number;
          };
        };
      };
    };
  };
  getReviewsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description what the caller may do here: work the open task; go on to their next task */
            actions: {
              next: boolean;
              work: boolean;
            };
            appeals: {
              agentId: string | null;
              /** @description given in lists */
              conversationId?: string;
              decidedAt: string | null;
              decidedByUserId: string | null;
              decisionReason: string | null;
              filedAt: string;
              filedByUserId: string;
              id: number;
              item: string | null;
              reason: string;
              /** @description the contested rule (hit appeals) */
              rule: string | null;
              /** @enum {string} */
              status: 'open' | 'upheld' | 'rejected';
              target:
                | {
                    hit: number | null;
                    /** @enum {string} */
                    kind: 'hit';
                  }
                | {
                    item: string | null;
                    /** @enum {string} */
                    kind: 'item';
                  };
              taskId: number;
              teamId: string | null;
              totalAfter: number | null;
              totalBefore: number | null;
            }[];
            conversation: {
              agentId?: string;
              /**
               * @default voice
               * @enum {string}
               */
              channel: 'voice' | 'chat';
              events?: (
                | {
                    endMs: number;
                    startMs: number;
                    /** @enum {string} */
                    type: 'hold';
                  }
                | {
                    atMs: number;
                    /** @enum {string} */
                    by: 'agent' | 'customer' | 'system';
                    /** @enum {string} */
                    type: 'hangup';
                  }
                | {
                    atMs: number;
                    to?: string;
                    /** @enum {string} */
                    type: 'transfer';
                  }
              )[];
              id: string;
              meta?: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              startedAt?: string;
              turns: {
                endMs?: number;
                meta?: {
                  [key: string]: unknown;
                };
                /** @enum {string} */
                role: 'agent' | 'customer' | 'ivr' | 'system';
                startMs?: number;
                text: string;
              }[];
            } | null;
            deductions: {
              item: string;
              judgedAt: string;
              judgedByUserId: string;
              occurrences: number;
              reason: string;
            }[];
            hits: {
              atMs?: number;
              category: string;
              /** @description a learned model’s confidence, 0 … 1 */
              confidence?: number;
              /** @description points this hit costs (0 for flags and repeated once-per-call rules) */
              deduction: number;
              durationMs?: number;
              end: number;
              index: number;
              item?: string;
              message?: string;
              /** @description stable id of an operator’s message (docs/rules.md “Operators”), for saying it in other languages */
              messageId?: string;
              /** @description the figures in the message, by name */
              messageValues?: {
                [key: string]: string;
              };
              /** @enum {string} */
              review?: 'low-asr-confidence';
              /** @enum {string} */
              role?: 'agent' | 'customer' | 'ivr' | 'system';
              rule: string;
              ruleName: string | null;
              /** @description UTF-16 offset into the turn’s text */
              start: number;
              /** @description found below the rule’s threshold: shown for review, no deduction */
              suggested?: boolean;
              suggestion?: string;
              text: string;
              /** @description 0-based index into the conversation’s turns */
              turn: number;
            }[];
            judgements: {
              hit: number;
              judgedAt: string;
              judgedByUserId: string;
              reason: string;
              rule: string;
              /** @enum {string} */
              verdict: 'confirm' | 'reject';
            }[];
            manualItems: {
              /** @enum {string} */
              category: 'professional' | 'attitude' | 'language';
              deduction: number;
              fatal: boolean;
              id: string;
              name: string;
            }[];
            /** @description indexes of hits without a verdict yet */
            pendingHits: number[];
            /** @description `final` is a preview while the task is open; once finalized it is the stored final score */
            score: {
              final: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
              machine: {
                categories: {
                  [key: string]: number;
                };
                fatal: boolean;
                total: number;
              };
            };
            task: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              runId: number | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            };
          };
        };
      };
    };
  };
  getRulesPublished: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            categories: {
              id: string;
              max: number;
              name: string;
            }[];
            items: {
              category: string;
              deduction: number;
              fatal: boolean;
              id: string;
              /** @enum {string} */
              judged: 'machine' | 'manual';
              name: string;
              seed: string;
            }[];
            pack: {
              description: string;
              id: string;
              version: string;
            };
            rules: {
              category: string;
              channels: ('voice' | 'chat')[] | null;
              /** @enum {string} */
              count: 'each' | 'once';
              deduction: number;
              description: string;
              flag: boolean;
              id: string;
              item: string | null;
              name: string;
              operators: string[];
              seed: string;
              suggestion: string | null;
            }[];
          };
        };
      };
    };
  };
  getSamplingPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              createdAt: string;
              createdByUserId: string | null;
              id: string;
              name: string;
              /**
               * @description the period a scheduled run samples and the "per period" of N per agent
               * @enum {string}
               */
              period: 'day' | 'week' | 'month';
              rule:
                | {
                    /** @enum {string} */
                    kind: 'random';
                    percent: number;
                  }
                | {
                    /** @enum {string} */
                    kind: 'per-agent';
                    perAgent: number;
                  }
                | {
                    /** @default false */
                    agentHangup: boolean;
                    /** @default false */
                    anyHangup: boolean;
                    /** @default false */
                    complaintRisk: boolean;
                    /** @default false */
                    fatal: boolean;
                    /** @enum {string} */
                    kind: 'targeted';
                    /** @default [] */
                    rules: string[];
                  };
              /** @description run by the daily job after each period closes */
              scheduled: boolean;
              scope:
                | {
                    /** @enum {string} */
                    kind: 'all';
                  }
                | {
                    /** @enum {string} */
                    kind: 'team';
                    teamIds: string[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'vendor';
                    vendorIds: string[];
                  };
              /** @description seed of the random draws: a run is reproducible */
              seed: number;
              updatedAt: string;
            }[];
          };
        };
      };
    };
  };
  postSamplingPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /**
           * @default day
           * @enum {string}
           */
          period?: 'day' | 'week' | 'month';
          rule:
            | {
                /** @enum {string} */
                kind: 'random';
                percent: number;
              }
            | {
                /** @enum {string} */
                kind: 'per-agent';
                perAgent: number;
              }
            | {
                /** @default false */
                agentHangup?: boolean;
                /** @default false */
                anyHangup?: boolean;
                /** @default false */
                complaintRisk?: boolean;
                /** @default false */
                fatal?: boolean;
                /** @enum {string} */
                kind: 'targeted';
                /** @default [] */
                rules?: string[];
              };
          /** @default false */
          scheduled?: boolean;
          /**
           * @default {
           *       "kind": "all"
           *     }
           */
          scope?:
            | {
                /** @enum {string} */
                kind: 'all';
              }
            | {
                /** @enum {string} */
                kind: 'team';
                teamIds: string[];
              }
            | {
                /** @enum {string} */
                kind: 'vendor';
                vendorIds: string[];
              };
          seed?: number;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            createdByUserId: string | null;
            id: string;
            name: string;
            /**
             * @description the period a scheduled run samples and the "per period" of N per agent
             * @enum {string}
             */
            period: 'day' | 'week' | 'month';
            rule:
              | {
                  /** @enum {string} */
                  kind: 'random';
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'per-agent';
                  perAgent: number;
                }
              | {
                  /** @default false */
                  agentHangup: boolean;
                  /** @default false */
                  anyHangup: boolean;
                  /** @default false */
                  complaintRisk: boolean;
                  /** @default false */
                  fatal: boolean;
                  /** @enum {string} */
                  kind: 'targeted';
                  /** @default [] */
                  rules: string[];
                };
            /** @description run by the daily job after each period closes */
            scheduled: boolean;
            scope:
              | {
                  /** @enum {string} */
                  kind: 'all';
                }
              | {
                  /** @enum {string} */
                  kind: 'team';
                  teamIds: string[];
                }
              | {
                  /** @enum {string} */
                  kind: 'vendor';
                  vendorIds: string[];
                };
            /** @description seed of the random draws: a run is reproducible */
            seed: number;
            updatedAt: string;
          };
        };
      };
    };
  };
  getSamplingPlansById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            createdByUserId: string | null;
            id: string;
            name: string;
            /**
             * @description the period a scheduled run samples and the "per period" of N per agent
             * @enum {string}
             */
            period: 'day' | 'week' | 'month';
            rule:
              | {
                  /** @enum {string} */
                  kind: 'random';
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'per-agent';
                  perAgent: number;
                }
              | {
                  /** @default false */
                  agentHangup: boolean;
                  /** @default false */
                  anyHangup: boolean;
                  /** @default false */
                  complaintRisk: boolean;
                  /** @default false */
                  fatal: boolean;
                  /** @enum {string} */
                  kind: 'targeted';
                  /** @default [] */
                  rules: string[];
                };
            runs: {
              /** @description null for a scheduled run */
              actorUserId: string | null;
              candidates: number;
              created: number;
              id: number;
              periodFrom: string;
              periodTo: string;
              planId: string;
              ranAt: string;
            }[];
            /** @description run by the daily job after each period closes */
            scheduled: boolean;
            scope:
              | {
                  /** @enum {string} */
                  kind: 'all';
                }
              | {
                  /** @enum {string} */
                  kind: 'team';
                  teamIds: string[];
                }
              | {
                  /** @enum {string} */
                  kind: 'vendor';
                  vendorIds: string[];
                };
            /** @description seed of the random draws: a run is reproducible */
            seed: number;
            updatedAt: string;
          };
        };
      };
    };
  };
  patchSamplingPlansById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          name?: string;
          /** @enum {string} */
          period?: 'day' | 'week' | 'month';
          rule?:
            | {
                /** @enum {string} */
                kind: 'random';
                percent: number;
              }
            | {
                /** @enum {string} */
                kind: 'per-agent';
                perAgent: number;
              }
            | {
                /** @default false */
                agentHangup?: boolean;
                /** @default false */
                anyHangup?: boolean;
                /** @default false */
                complaintRisk?: boolean;
                /** @default false */
                fatal?: boolean;
                /** @enum {string} */
                kind: 'targeted';
                /** @default [] */
                rules?: string[];
              };
          scheduled?: boolean;
          scope?:
            | {
                /** @enum {string} */
                kind: 'all';
              }
            | {
                /** @enum {string} */
                kind: 'team';
                teamIds: string[];
              }
            | {
                /** @enum {string} */
                kind: 'vendor';
                vendorIds: string[];
              };
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            createdByUserId: string | null;
            id: string;
            name: string;
            /**
             * @description the period a scheduled run samples and the "per period" of N per agent
             * @enum {string}
             */
            period: 'day' | 'week' | 'month';
            rule:
              | {
                  /** @enum {string} */
                  kind: 'random';
                  percent: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'per-agent';
                  perAgent: number;
                }
              | {
                  /** @default false */
                  agentHangup: boolean;
                  /** @default false */
                  anyHangup: boolean;
                  /** @default false */
                  complaintRisk: boolean;
                  /** @default false */
                  fatal: boolean;
                  /** @enum {string} */
                  kind: 'targeted';
                  /** @default [] */
                  rules: string[];
                };
            /** @description run by the daily job after each period closes */
            scheduled: boolean;
            scope:
              | {
                  /** @enum {string} */
                  kind: 'all';
                }
              | {
                  /** @enum {string} */
                  kind: 'team';
                  teamIds: string[];
                }
              | {
                  /** @enum {string} */
                  kind: 'vendor';
                  vendorIds: string[];
                };
            /** @description seed of the random draws: a run is reproducible */
            seed: number;
            updatedAt: string;
          };
        };
      };
    };
  };
  postSamplingPlansByIdRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          from: string;
          /** Format: date-time */
          to: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            run: {
              /** @description null for a scheduled run */
              actorUserId: string | null;
              candidates: number;
              created: number;
              id: number;
              periodFrom: string;
              periodTo: string;
              planId: string;
              ranAt: string;
            };
            tasks: {
              agentId: string | null;
              /** @description exclusive end of the appeal period */
              appealDeadline: string | null;
              /** @description the inspector’s words to the agent, given at finalization */
              comment: string | null;
              conversationId: string;
              conversationVersion: number;
              createdAt: string;
              finalCategories: {
                [key: string]: number;
              } | null;
              finalFatal: boolean | null;
              finalizedAt: string | null;
              finalTotal: number | null;
              id: number;
              inspectorUserId: string;
              machineTotal: number;
              /** @description the sampling plan that chose it; null for a review started by hand */
              planId: string | null;
              /** @description why it was chosen: random, per-agent, fatal, agent-hangup, complaint-risk, rule:<id> */
              reasons: string[];
              /** @description the result (pack version) whose hits are reviewed */
              resultId: number;
              runId: number | null;
              /** @enum {string} */
              status: 'open' | 'finalized';
              teamId: string | null;
              vendorId: string | null;
            }[];
          };
        };
      };
    };
  };
  getSchemaConversationV1Json: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description A JSON Schema document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getSettlementInputs: {
    parameters: {
      query: {
        month: string;
        vendorId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actualLosses: {
              agentId: string | null;
              amountFen: number;
              createdAt: string;
              createdByUserId: string | null;
              description: string;
              id: string;
              month: string;
              occurredOn: string | null;
              vendorId: string;
            }[];
            lateCallbacks: {
              agentId: string | null;
              /** @description the callback task (GET /api/callbacks) this line charges */
              callbackTaskId: string | null;
              complaintId: string | null;
              createdAt: string;
              createdByUserId: string | null;
              date: string;
              id: string;
              /** @enum {string} */
              kind: 'complaint' | 'voicemail';
              note: string | null;
              /**
               * @description automatic: written by the callback scan; manual: entered as a correction
               * @enum {string}
               */
              origin: 'automatic' | 'manual';
              vendorId: string;
            }[];
            locked: boolean;
            monthlyReport: {
              dueOn: string;
              feeFen: number;
              late: boolean;
              name: string;
              period: string;
              submittedOn: string | null;
            };
            permittedActions: ('record-input' | 'clear-input' | 'record-report')[];
            reports: {
              name: string;
              period: string;
              recordedByUserId: string | null;
              submittedAt: string;
              submittedOn: string;
              vendorId: string;
            }[];
          };
        };
      };
    };
  };
  postSettlementInputsActualLosses: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId?: string;
          amountFen: number;
          description: string;
          month: string;
          occurredOn?: string;
          vendorId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            amountFen: number;
            createdAt: string;
            createdByUserId: string | null;
            description: string;
            id: string;
            month: string;
            occurredOn: string | null;
            vendorId: string;
          };
        };
      };
    };
  };
  deleteSettlementInputsActualLossesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            cleared: true;
          };
        };
      };
    };
  };
  postSettlementInputsLateCallbacks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId?: string;
          /** @description the callback task the line charges; refused (409) when it or its complaint is charged */
          callbackTaskId?: string;
          complaintId?: string;
          date: string;
          /** @enum {string} */
          kind: 'complaint' | 'voicemail';
          note?: string;
          vendorId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            /** @description the callback task (GET /api/callbacks) this line charges */
            callbackTaskId: string | null;
            complaintId: string | null;
            createdAt: string;
            createdByUserId: string | null;
            date: string;
            id: string;
            /** @enum {string} */
            kind: 'complaint' | 'voicemail';
            note: string | null;
            /**
             * @description automatic: written by the callback scan; manual: entered as a correction
             * @enum {string}
             */
            origin: 'automatic' | 'manual';
            vendorId: string;
          };
        };
      };
    };
  };
  deleteSettlementInputsLateCallbacksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            cleared: true;
          };
        };
      };
    };
  };
  postSettlementInputsReports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 月度报表 */
          name?: string;
          period: string;
          /** Format: date-time */
          submittedAt?: string;
          vendorId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: boolean;
            name: string;
            period: string;
            recordedByUserId: string | null;
            submittedAt: string;
            submittedOn: string;
            vendorId: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: boolean;
            name: string;
            period: string;
            recordedByUserId: string | null;
            submittedAt: string;
            submittedOn: string;
            vendorId: string;
          };
        };
      };
    };
  };
  deleteSettlementInputsReports: {
    parameters: {
      query: {
        name?: string;
        period: string;
        vendorId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            cleared: true;
          };
        };
      };
    };
  };
  getSettlements: {
    parameters: {
      query?: {
        month?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              approvedAt: string | null;
              builtAt: string;
              confirmedAt: string | null;
              id: string;
              month: string;
              netFen: number;
              policyVersion: string;
              /** @enum {string} */
              state: 'draft' | 'confirmed' | 'approved';
              vendorId: string;
              vendorName: string;
            }[];
          };
        };
      };
    };
  };
  postSettlements: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          month: string;
          vendorId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            adjustments: {
              amountFen: number;
              corrects: string;
              createdAt: string;
              createdBy: string;
              description: string;
              id: string;
              /** @description the later statement that pays it */
              settledInStatementId: string | null;
            }[];
            adjustmentsFen: number;
            agentNames: {
              [key: string]: string;
            };
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description local day the draft was (re)built */
            asOf: string;
            builtAt: string;
            confirmedAt: string | null;
            confirmedBy: string | null;
            id: string;
            month: string;
            /** @description the net amount formatted in yuan */
            net: string;
            netFen: number;
            /** @description what the caller may do with the statement now: the UI shows these buttons and no others */
            permittedActions: ('rebuild' | 'acknowledge' | 'confirm' | 'approve' | 'reopen' | 'adjust')[];
            policyVersion: string;
            /** @description totals that differ from the sum of their lines (empty when sound) */
            problems: string[];
            safety: {
              acknowledgements: {
                client: {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
                'vendor-manager': {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
              };
              /** @description whether confirming / approving needs a rebuild or an acknowledgement */
              attentionNeeded: boolean;
              /** @description whether the check ran (approved statements are locked: corrections are adjusting entries) */
              checked: boolean;
              diff: {
                changed: boolean;
                lines: {
                  /** @description null when the line is gone */
                  afterFen: number | null;
                  agentId: string | null;
                  /** @description null when the line is new */
                  beforeFen: number | null;
                  description: string;
                  key: string;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward';
                }[];
                netAfterFen: number;
                netBeforeFen: number;
                policyVersion: {
                  after: string;
                  before: string;
                };
                totals: {
                  afterFen: number;
                  beforeFen: number;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward'
                    | 'netFen';
                }[];
              } | null;
              /** @description of the statement as it would be built now; an acknowledgement names it */
              fingerprint: string;
              inputsChanged: boolean;
              missingKpiData: {
                agentId: string;
                /** @enum {string} */
                item: 'answerRate' | 'satisfaction' | 'qa';
                needsAcknowledgement: boolean;
                points: number;
                /** @enum {string} */
                rule: 'base' | 'zero';
              }[];
            };
            /** @enum {string} */
            state: 'draft' | 'confirmed' | 'approved';
            statement: {
              kpi: {
                agentId: string;
                bonusFen: number;
                deductionFen: number;
                items: {
                  answerRate:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  qa:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  satisfaction:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                };
                month: string;
                monthlyFeeFen: number;
                outcome:
                  | {
                      amountFen: number;
                      /** @enum {string} */
                      kind: 'bonus';
                      percent: number;
                    }
                  | {
                      amountFen: number;
                      capped: boolean;
                      /** @enum {string} */
                      kind: 'deduction';
                      percent: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'on-target';
                    };
                policyVersion: string;
                totalCentipoints: number;
                totalPoints: number;
              }[];
              lines: {
                agentId?: string;
                /** @description signed: positive is owed to the vendor, negative is deducted */
                amountFen: number;
                date?: string;
                /** @description Chinese text for the printed statement and the export */
                description: string;
                /** @enum {string} */
                kind:
                  | 'base-fee'
                  | 'kpi-bonus'
                  | 'kpi-deduction'
                  | 'complaint'
                  | 'late-callback'
                  | 'late-report'
                  | 'actual-loss'
                  | 'discipline-fine'
                  | 'adjustment'
                  | 'idea-reward';
                /** @description id of the record the line comes from (complaint, callback, loss, incident, adjusting entry) */
                reference?: string;
              }[];
              month: string;
              policyVersion: string;
              totals: {
                'actual-loss': number;
                adjustment: number;
                'base-fee': number;
                complaint: number;
                'discipline-fine': number;
                'idea-reward': number;
                'kpi-bonus': number;
                'kpi-deduction': number;
                'late-callback': number;
                'late-report': number;
                netFen: number;
              };
              vendorId: string;
            };
            vendorId: string;
            vendorName: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            adjustments: {
              amountFen: number;
              corrects: string;
              createdAt: string;
              createdBy: string;
              description: string;
              id: string;
              /** @description the later statement that pays it */
              settledInStatementId: string | null;
            }[];
            adjustmentsFen: number;
            agentNames: {
              [key: string]: string;
            };
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description local day the draft was (re)built */
            asOf: string;
            builtAt: string;
            confirmedAt: string | null;
            confirmedBy: string | null;
            id: string;
            month: string;
            /** @description the net amount formatted in yuan */
            net: string;
            netFen: number;
            /** @description what the caller may do with the statement now: the UI shows these buttons and no others */
            permittedActions: ('rebuild' | 'acknowledge' | 'confirm' | 'approve' | 'reopen' | 'adjust')[];
            policyVersion: string;
            /** @description totals that differ from the sum of their lines (empty when sound) */
            problems: string[];
            safety: {
              acknowledgements: {
                client: {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
                'vendor-manager': {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
              };
              /** @description whether confirming / approving needs a rebuild or an acknowledgement */
              attentionNeeded: boolean;
              /** @description whether the check ran (approved statements are locked: corrections are adjusting entries) */
              checked: boolean;
              diff: {
                changed: boolean;
                lines: {
                  /** @description null when the line is gone */
                  afterFen: number | null;
                  agentId: string | null;
                  /** @description null when the line is new */
                  beforeFen: number | null;
                  description: string;
                  key: string;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward';
                }[];
                netAfterFen: number;
                netBeforeFen: number;
                policyVersion: {
                  after: string;
                  before: string;
                };
                totals: {
                  afterFen: number;
                  beforeFen: number;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward'
                    | 'netFen';
                }[];
              } | null;
              /** @description of the statement as it would be built now; an acknowledgement names it */
              fingerprint: string;
              inputsChanged: boolean;
              missingKpiData: {
                agentId: string;
                /** @enum {string} */
                item: 'answerRate' | 'satisfaction' | 'qa';
                needsAcknowledgement: boolean;
                points: number;
                /** @enum {string} */
                rule: 'base' | 'zero';
              }[];
            };
            /** @enum {string} */
            state: 'draft' | 'confirmed' | 'approved';
            statement: {
              kpi: {
                agentId: string;
                bonusFen: number;
                deductionFen: number;
                items: {
                  answerRate:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  qa:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  satisfaction:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                };
                month: string;
                monthlyFeeFen: number;
                outcome:
                  | {
                      amountFen: number;
                      /** @enum {string} */
                      kind: 'bonus';
                      percent: number;
                    }
                  | {
                      amountFen: number;
                      capped: boolean;
                      /** @enum {string} */
                      kind: 'deduction';
                      percent: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'on-target';
                    };
                policyVersion: string;
                totalCentipoints: number;
                totalPoints: number;
              }[];
              lines: {
                agentId?: string;
                /** @description signed: positive is owed to the vendor, negative is deducted */
                amountFen: number;
                date?: string;
                /** @description Chinese text for the printed statement and the export */
                description: string;
                /** @enum {string} */
                kind:
                  | 'base-fee'
                  | 'kpi-bonus'
                  | 'kpi-deduction'
                  | 'complaint'
                  | 'late-callback'
                  | 'late-report'
                  | 'actual-loss'
                  | 'discipline-fine'
                  | 'adjustment'
                  | 'idea-reward';
                /** @description id of the record the line comes from (complaint, callback, loss, incident, adjusting entry) */
                reference?: string;
              }[];
              month: string;
              policyVersion: string;
              totals: {
                'actual-loss': number;
                adjustment: number;
                'base-fee': number;
                complaint: number;
                'discipline-fine': number;
                'idea-reward': number;
                'kpi-bonus': number;
                'kpi-deduction': number;
                'late-callback': number;
                'late-report': number;
                netFen: number;
              };
              vendorId: string;
            };
            vendorId: string;
            vendorName: string;
          };
        };
      };
    };
  };
  getSettlementsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            adjustments: {
              amountFen: number;
              corrects: string;
              createdAt: string;
              createdBy: string;
              description: string;
              id: string;
              /** @description the later statement that pays it */
              settledInStatementId: string | null;
            }[];
            adjustmentsFen: number;
            agentNames: {
              [key: string]: string;
            };
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description local day the draft was (re)built */
            asOf: string;
            builtAt: string;
            confirmedAt: string | null;
            confirmedBy: string | null;
            id: string;
            month: string;
            /** @description the net amount formatted in yuan */
            net: string;
            netFen: number;
            /** @description what the caller may do with the statement now: the UI shows these buttons and no others */
            permittedActions: ('rebuild' | 'acknowledge' | 'confirm' | 'approve' | 'reopen' | 'adjust')[];
            policyVersion: string;
            /** @description totals that differ from the sum of their lines (empty when sound) */
            problems: string[];
            safety: {
              acknowledgements: {
                client: {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
                'vendor-manager': {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
              };
              /** @description whether confirming / approving needs a rebuild or an acknowledgement */
              attentionNeeded: boolean;
              /** @description whether the check ran (approved statements are locked: corrections are adjusting entries) */
              checked: boolean;
              diff: {
                changed: boolean;
                lines: {
                  /** @description null when the line is gone */
                  afterFen: number | null;
                  agentId: string | null;
                  /** @description null when the line is new */
                  beforeFen: number | null;
                  description: string;
                  key: string;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward';
                }[];
                netAfterFen: number;
                netBeforeFen: number;
                policyVersion: {
                  after: string;
                  before: string;
                };
                totals: {
                  afterFen: number;
                  beforeFen: number;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward'
                    | 'netFen';
                }[];
              } | null;
              /** @description of the statement as it would be built now; an acknowledgement names it */
              fingerprint: string;
              inputsChanged: boolean;
              missingKpiData: {
                agentId: string;
                /** @enum {string} */
                item: 'answerRate' | 'satisfaction' | 'qa';
                needsAcknowledgement: boolean;
                points: number;
                /** @enum {string} */
                rule: 'base' | 'zero';
              }[];
            };
            /** @enum {string} */
            state: 'draft' | 'confirmed' | 'approved';
            statement: {
              kpi: {
                agentId: string;
                bonusFen: number;
                deductionFen: number;
                items: {
                  answerRate:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  qa:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  satisfaction:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                };
                month: string;
                monthlyFeeFen: number;
                outcome:
                  | {
                      amountFen: number;
                      /** @enum {string} */
                      kind: 'bonus';
                      percent: number;
                    }
                  | {
                      amountFen: number;
                      capped: boolean;
                      /** @enum {string} */
                      kind: 'deduction';
                      percent: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'on-target';
                    };
                policyVersion: string;
                totalCentipoints: number;
                totalPoints: number;
              }[];
              lines: {
                agentId?: string;
                /** @description signed: positive is owed to the vendor, negative is deducted */
                amountFen: number;
                date?: string;
                /** @description Chinese text for the printed statement and the export */
                description: string;
                /** @enum {string} */
                kind:
                  | 'base-fee'
                  | 'kpi-bonus'
                  | 'kpi-deduction'
                  | 'complaint'
                  | 'late-callback'
                  | 'late-report'
                  | 'actual-loss'
                  | 'discipline-fine'
                  | 'adjustment'
                  | 'idea-reward';
                /** @description id of the record the line comes from (complaint, callback, loss, incident, adjusting entry) */
                reference?: string;
              }[];
              month: string;
              policyVersion: string;
              totals: {
                'actual-loss': number;
                adjustment: number;
                'base-fee': number;
                complaint: number;
                'discipline-fine': number;
                'idea-reward': number;
                'kpi-bonus': number;
                'kpi-deduction': number;
                'late-callback': number;
                'late-report': number;
                netFen: number;
              };
              vendorId: string;
            };
            vendorId: string;
            vendorName: string;
          };
        };
      };
    };
  };
  postSettlementsByIdAcknowledgeInputs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          fingerprint: string;
          note: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            at: string;
            fingerprint: string;
            id: string;
            /** @enum {string} */
            side: 'vendor-manager' | 'client';
            /** @enum {string} */
            state: 'draft' | 'confirmed' | 'approved';
          };
        };
      };
    };
  };
  postSettlementsByIdAdjustments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amountFen: number;
          corrects?: string;
          description: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            amountFen: number;
            corrects: string;
            createdAt: string;
            description: string;
            id: string;
            statementId: string;
          };
        };
      };
    };
  };
  postSettlementsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            adjustments: {
              amountFen: number;
              corrects: string;
              createdAt: string;
              createdBy: string;
              description: string;
              id: string;
              /** @description the later statement that pays it */
              settledInStatementId: string | null;
            }[];
            adjustmentsFen: number;
            agentNames: {
              [key: string]: string;
            };
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description local day the draft was (re)built */
            asOf: string;
            builtAt: string;
            confirmedAt: string | null;
            confirmedBy: string | null;
            id: string;
            month: string;
            /** @description the net amount formatted in yuan */
            net: string;
            netFen: number;
            /** @description what the caller may do with the statement now: the UI shows these buttons and no others */
            permittedActions: ('rebuild' | 'acknowledge' | 'confirm' | 'approve' | 'reopen' | 'adjust')[];
            policyVersion: string;
            /** @description totals that differ from the sum of their lines (empty when sound) */
            problems: string[];
            safety: {
              acknowledgements: {
                client: {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
                'vendor-manager': {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
              };
              /** @description whether confirming / approving needs a rebuild or an acknowledgement */
              attentionNeeded: boolean;
              /** @description whether the check ran (approved statements are locked: corrections are adjusting entries) */
              checked: boolean;
              diff: {
                changed: boolean;
                lines: {
                  /** @description null when the line is gone */
                  afterFen: number | null;
                  agentId: string | null;
                  /** @description null when the line is new */
                  beforeFen: number | null;
                  description: string;
                  key: string;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward';
                }[];
                netAfterFen: number;
                netBeforeFen: number;
                policyVersion: {
                  after: string;
                  before: string;
                };
                totals: {
                  afterFen: number;
                  beforeFen: number;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward'
                    | 'netFen';
                }[];
              } | null;
              /** @description of the statement as it would be built now; an acknowledgement names it */
              fingerprint: string;
              inputsChanged: boolean;
              missingKpiData: {
                agentId: string;
                /** @enum {string} */
                item: 'answerRate' | 'satisfaction' | 'qa';
                needsAcknowledgement: boolean;
                points: number;
                /** @enum {string} */
                rule: 'base' | 'zero';
              }[];
            };
            /** @enum {string} */
            state: 'draft' | 'confirmed' | 'approved';
            statement: {
              kpi: {
                agentId: string;
                bonusFen: number;
                deductionFen: number;
                items: {
                  answerRate:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  qa:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  satisfaction:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                };
                month: string;
                monthlyFeeFen: number;
                outcome:
                  | {
                      amountFen: number;
                      /** @enum {string} */
                      kind: 'bonus';
                      percent: number;
                    }
                  | {
                      amountFen: number;
                      capped: boolean;
                      /** @enum {string} */
                      kind: 'deduction';
                      percent: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'on-target';
                    };
                policyVersion: string;
                totalCentipoints: number;
                totalPoints: number;
              }[];
              lines: {
                agentId?: string;
                /** @description signed: positive is owed to the vendor, negative is deducted */
                amountFen: number;
                date?: string;
                /** @description Chinese text for the printed statement and the export */
                description: string;
                /** @enum {string} */
                kind:
                  | 'base-fee'
                  | 'kpi-bonus'
                  | 'kpi-deduction'
                  | 'complaint'
                  | 'late-callback'
                  | 'late-report'
                  | 'actual-loss'
                  | 'discipline-fine'
                  | 'adjustment'
                  | 'idea-reward';
                /** @description id of the record the line comes from (complaint, callback, loss, incident, adjusting entry) */
                reference?: string;
              }[];
              month: string;
              policyVersion: string;
              totals: {
                'actual-loss': number;
                adjustment: number;
                'base-fee': number;
                complaint: number;
                'discipline-fine': number;
                'idea-reward': number;
                'kpi-bonus': number;
                'kpi-deduction': number;
                'late-callback': number;
                'late-report': number;
                netFen: number;
              };
              vendorId: string;
            };
            vendorId: string;
            vendorName: string;
          };
        };
      };
    };
  };
  postSettlementsByIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            adjustments: {
              amountFen: number;
              corrects: string;
              createdAt: string;
              createdBy: string;
              description: string;
              id: string;
              /** @description the later statement that pays it */
              settledInStatementId: string | null;
            }[];
            adjustmentsFen: number;
            agentNames: {
              [key: string]: string;
            };
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description local day the draft was (re)built */
            asOf: string;
            builtAt: string;
            confirmedAt: string | null;
            confirmedBy: string | null;
            id: string;
            month: string;
            /** @description the net amount formatted in yuan */
            net: string;
            netFen: number;
            /** @description what the caller may do with the statement now: the UI shows these buttons and no others */
            permittedActions: ('rebuild' | 'acknowledge' | 'confirm' | 'approve' | 'reopen' | 'adjust')[];
            policyVersion: string;
            /** @description totals that differ from the sum of their lines (empty when sound) */
            problems: string[];
            safety: {
              acknowledgements: {
                client: {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
                'vendor-manager': {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
              };
              /** @description whether confirming / approving needs a rebuild or an acknowledgement */
              attentionNeeded: boolean;
              /** @description whether the check ran (approved statements are locked: corrections are adjusting entries) */
              checked: boolean;
              diff: {
                changed: boolean;
                lines: {
                  /** @description null when the line is gone */
                  afterFen: number | null;
                  agentId: string | null;
                  /** @description null when the line is new */
                  beforeFen: number | null;
                  description: string;
                  key: string;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward';
                }[];
                netAfterFen: number;
                netBeforeFen: number;
                policyVersion: {
                  after: string;
                  before: string;
                };
                totals: {
                  afterFen: number;
                  beforeFen: number;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward'
                    | 'netFen';
                }[];
              } | null;
              /** @description of the statement as it would be built now; an acknowledgement names it */
              fingerprint: string;
              inputsChanged: boolean;
              missingKpiData: {
                agentId: string;
                /** @enum {string} */
                item: 'answerRate' | 'satisfaction' | 'qa';
                needsAcknowledgement: boolean;
                points: number;
                /** @enum {string} */
                rule: 'base' | 'zero';
              }[];
            };
            /** @enum {string} */
            state: 'draft' | 'confirmed' | 'approved';
            statement: {
              kpi: {
                agentId: string;
                bonusFen: number;
                deductionFen: number;
                items: {
                  answerRate:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  qa:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  satisfaction:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                };
                month: string;
                monthlyFeeFen: number;
                outcome:
                  | {
                      amountFen: number;
                      /** @enum {string} */
                      kind: 'bonus';
                      percent: number;
                    }
                  | {
                      amountFen: number;
                      capped: boolean;
                      /** @enum {string} */
                      kind: 'deduction';
                      percent: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'on-target';
                    };
                policyVersion: string;
                totalCentipoints: number;
                totalPoints: number;
              }[];
              lines: {
                agentId?: string;
                /** @description signed: positive is owed to the vendor, negative is deducted */
                amountFen: number;
                date?: string;
                /** @description Chinese text for the printed statement and the export */
                description: string;
                /** @enum {string} */
                kind:
                  | 'base-fee'
                  | 'kpi-bonus'
                  | 'kpi-deduction'
                  | 'complaint'
                  | 'late-callback'
                  | 'late-report'
                  | 'actual-loss'
                  | 'discipline-fine'
                  | 'adjustment'
                  | 'idea-reward';
                /** @description id of the record the line comes from (complaint, callback, loss, incident, adjusting entry) */
                reference?: string;
              }[];
              month: string;
              policyVersion: string;
              totals: {
                'actual-loss': number;
                adjustment: number;
                'base-fee': number;
                complaint: number;
                'discipline-fine': number;
                'idea-reward': number;
                'kpi-bonus': number;
                'kpi-deduction': number;
                'late-callback': number;
                'late-report': number;
                netFen: number;
              };
              vendorId: string;
            };
            vendorId: string;
            vendorName: string;
          };
        };
      };
    };
  };
  getSettlementsByIdExportXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  getSettlementsByIdPrint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
    };
  };
  postSettlementsByIdReopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            adjustments: {
              amountFen: number;
              corrects: string;
              createdAt: string;
              createdBy: string;
              description: string;
              id: string;
              /** @description the later statement that pays it */
              settledInStatementId: string | null;
            }[];
            adjustmentsFen: number;
            agentNames: {
              [key: string]: string;
            };
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description local day the draft was (re)built */
            asOf: string;
            builtAt: string;
            confirmedAt: string | null;
            confirmedBy: string | null;
            id: string;
            month: string;
            /** @description the net amount formatted in yuan */
            net: string;
            netFen: number;
            /** @description what the caller may do with the statement now: the UI shows these buttons and no others */
            permittedActions: ('rebuild' | 'acknowledge' | 'confirm' | 'approve' | 'reopen' | 'adjust')[];
            policyVersion: string;
            /** @description totals that differ from the sum of their lines (empty when sound) */
            problems: string[];
            safety: {
              acknowledgements: {
                client: {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
                'vendor-manager': {
                  at: string;
                  fingerprint: string;
                  note: string;
                  userId: string;
                } | null;
              };
              /** @description whether confirming / approving needs a rebuild or an acknowledgement */
              attentionNeeded: boolean;
              /** @description whether the check ran (approved statements are locked: corrections are adjusting entries) */
              checked: boolean;
              diff: {
                changed: boolean;
                lines: {
                  /** @description null when the line is gone */
                  afterFen: number | null;
                  agentId: string | null;
                  /** @description null when the line is new */
                  beforeFen: number | null;
                  description: string;
                  key: string;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward';
                }[];
                netAfterFen: number;
                netBeforeFen: number;
                policyVersion: {
                  after: string;
                  before: string;
                };
                totals: {
                  afterFen: number;
                  beforeFen: number;
                  /** @enum {string} */
                  kind:
                    | 'base-fee'
                    | 'kpi-bonus'
                    | 'kpi-deduction'
                    | 'complaint'
                    | 'late-callback'
                    | 'late-report'
                    | 'actual-loss'
                    | 'discipline-fine'
                    | 'adjustment'
                    | 'idea-reward'
                    | 'netFen';
                }[];
              } | null;
              /** @description of the statement as it would be built now; an acknowledgement names it */
              fingerprint: string;
              inputsChanged: boolean;
              missingKpiData: {
                agentId: string;
                /** @enum {string} */
                item: 'answerRate' | 'satisfaction' | 'qa';
                needsAcknowledgement: boolean;
                points: number;
                /** @enum {string} */
                rule: 'base' | 'zero';
              }[];
            };
            /** @enum {string} */
            state: 'draft' | 'confirmed' | 'approved';
            statement: {
              kpi: {
                agentId: string;
                bonusFen: number;
                deductionFen: number;
                items: {
                  answerRate:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  qa:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                  satisfaction:
                    | {
                        centipoints: number;
                        /** @enum {string|null} */
                        clamped: 'floor' | 'cap' | null;
                        denominator: number;
                        /** @enum {string} */
                        kind: 'measured';
                        numerator: number;
                        points: number;
                        /** @description rates as a fraction (0.97); the QA score in points (92.5) */
                        value: number;
                      }
                    | {
                        centipoints: number;
                        /** @enum {string} */
                        kind: 'no-data';
                        points: number;
                        /** @enum {string} */
                        rule: 'base' | 'zero';
                        /** @enum {string|null} */
                        value: null;
                      };
                };
                month: string;
                monthlyFeeFen: number;
                outcome:
                  | {
                      amountFen: number;
                      /** @enum {string} */
                      kind: 'bonus';
                      percent: number;
                    }
                  | {
                      amountFen: number;
                      capped: boolean;
                      /** @enum {string} */
                      kind: 'deduction';
                      percent: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'on-target';
                    };
                policyVersion: string;
                totalCentipoints: number;
                totalPoints: number;
              }[];
              lines: {
                agentId?: string;
                /** @description signed: positive is owed to the vendor, negative is deducted */
                amountFen: number;
                date?: string;
                /** @description Chinese text for the printed statement and the export */
                description: string;
                /** @enum {string} */
                kind:
                  | 'base-fee'
                  | 'kpi-bonus'
                  | 'kpi-deduction'
                  | 'complaint'
                  | 'late-callback'
                  | 'late-report'
                  | 'actual-loss'
                  | 'discipline-fine'
                  | 'adjustment'
                  | 'idea-reward';
                /** @description id of the record the line comes from (complaint, callback, loss, incident, adjusting entry) */
                reference?: string;
              }[];
              month: string;
              policyVersion: string;
              totals: {
                'actual-loss': number;
                adjustment: number;
                'base-fee': number;
                complaint: number;
                'discipline-fine': number;
                'idea-reward': number;
                'kpi-bonus': number;
                'kpi-deduction': number;
                'late-callback': number;
                'late-report': number;
                netFen: number;
              };
              vendorId: string;
            };
            vendorId: string;
            vendorName: string;
          };
        };
      };
    };
  };
  getSlaPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              reply:
                | {
                    workingDays: number;
                  }
                | {
                    workingHours: number;
                  }
                | {
                    hours: number;
                  };
              resolve:
                | {
                    workingDays: number;
                  }
                | {
                    workingHours: number;
                  }
                | {
                    hours: number;
                  };
            }[];
          };
        };
      };
    };
  };
  postSlaPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          reply:
            | {
                workingDays: number;
              }
            | {
                workingHours: number;
              }
            | {
                hours: number;
              };
          resolve:
            | {
                workingDays: number;
              }
            | {
                workingHours: number;
              }
            | {
                hours: number;
              };
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            reply:
              | {
                  workingDays: number;
                }
              | {
                  workingHours: number;
                }
              | {
                  hours: number;
                };
            resolve:
              | {
                  workingDays: number;
                }
              | {
                  workingHours: number;
                }
              | {
                  hours: number;
                };
          };
        };
      };
    };
  };
  patchSlaPoliciesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          reply?:
            | {
                workingDays: number;
              }
            | {
                workingHours: number;
              }
            | {
                hours: number;
              };
          resolve?:
            | {
                workingDays: number;
              }
            | {
                workingHours: number;
              }
            | {
                hours: number;
              };
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            recomputed: number;
            reply:
              | {
                  workingDays: number;
                }
              | {
                  workingHours: number;
                }
              | {
                  hours: number;
                };
            resolve:
              | {
                  workingDays: number;
                }
              | {
                  workingHours: number;
                }
              | {
                  hours: number;
                };
          };
        };
      };
    };
  };
  getStatsOverview: {
    parameters: {
      query?: {
        /** @description the nextCursor of the previous answer: the page after it, at the same cost however deep (page is then ignored) */
        after?: string;
        agentId?: string;
        /** @description caller number; roles that see masked numbers find only the whole number, never a part of it */
        caller?: string;
        channel?: 'voice' | 'chat';
        from?: string;
        /** @description conversation id: its beginning, or the whole id for roles that see personal numbers masked */
        id?: string;
        maxScore?: number;
        minScore?: number;
        /** @description text of the turns, tolerant: traditional or simplified, full or half width, spaces and punctuation ignored */
        q?: string;
        reviewState?: 'unreviewed' | 'in_review' | 'reviewed' | 'appealed' | 'overturned';
        rule?: string;
        teamId?: string;
        to?: string;
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            avgScore: number | null;
            fatal: number;
            from: string;
            perDay: {
              avgScore: number | null;
              count: number;
              date: string;
            }[];
            scoreBuckets: {
              count: number;
              from: number;
              to: number;
            }[];
            scored: number;
            timeZone: string;
            to: string;
            total: number;
          };
        };
      };
    };
  };
  getTeams: {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        vendorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              createdAt: string;
              id: string;
              name: string;
              vendorId: string;
            }[];
          };
        };
      };
    };
  };
  postTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id: string;
          name: string;
          vendorId: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            id: string;
            name: string;
            vendorId: string;
          };
        };
      };
    };
  };
  patchTeamsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          name?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            id: string;
            name: string;
            vendorId: string;
          };
        };
      };
    };
  };
  getTelephonyActions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approve: boolean;
            blocklistRead: boolean;
            blocklistWrite: boolean;
            classify: boolean;
            hangups: boolean;
            ivrReport: boolean;
            settingsRead: boolean;
            settingsWrite: boolean;
          };
        };
      };
    };
  };
  getTelephonySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            autoBlock: {
              /** @default false */
              blockFloodsAtOnce: boolean;
              /**
               * @default [
               *       "harassment",
               *       "low-value"
               *     ]
               */
              classes: string[];
              /** @default 30 */
              dismissDays: number;
              /** @default 20 */
              floodCalls: number;
              /** @default 5 */
              minCalls: number;
              /**
               * @default week
               * @enum {string}
               */
              period: 'day' | 'week' | 'month' | 'permanent';
              /** @default 60 */
              windowMinutes: number;
            };
            ivr: {
              /** @default null */
              callbackAboveWaitMs: number | null;
              /** @default 300000 */
              maxElapsedMs: number;
              /** @default 3 */
              maxRepeats: number;
              /** @default true */
              nonRoutineToHuman: boolean;
            };
            /** @default true */
            requireApproval: boolean;
            /** @default 30 */
            reviewAfterDays: number;
          };
        };
      };
    };
  };
  putTelephonySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default {} */
          autoBlock?: {
            /** @default false */
            blockFloodsAtOnce?: boolean;
            /**
             * @default [
             *       "harassment",
             *       "low-value"
             *     ]
             */
            classes?: string[];
            /** @default 30 */
            dismissDays?: number;
            /** @default 20 */
            floodCalls?: number;
            /** @default 5 */
            minCalls?: number;
            /**
             * @default week
             * @enum {string}
             */
            period?: 'day' | 'week' | 'month' | 'permanent';
            /** @default 60 */
            windowMinutes?: number;
          };
          /** @default {} */
          ivr?: {
            /** @default null */
            callbackAboveWaitMs?: number | null;
            /** @default 300000 */
            maxElapsedMs?: number;
            /** @default 3 */
            maxRepeats?: number;
            /** @default true */
            nonRoutineToHuman?: boolean;
          };
          /** @default true */
          requireApproval?: boolean;
          /** @default 30 */
          reviewAfterDays?: number;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            autoBlock: {
              /** @default false */
              blockFloodsAtOnce: boolean;
              /**
               * @default [
               *       "harassment",
               *       "low-value"
               *     ]
               */
              classes: string[];
              /** @default 30 */
              dismissDays: number;
              /** @default 20 */
              floodCalls: number;
              /** @default 5 */
              minCalls: number;
              /**
               * @default week
               * @enum {string}
               */
              period: 'day' | 'week' | 'month' | 'permanent';
              /** @default 60 */
              windowMinutes: number;
            };
            ivr: {
              /** @default null */
              callbackAboveWaitMs: number | null;
              /** @default 300000 */
              maxElapsedMs: number;
              /** @default 3 */
              maxRepeats: number;
              /** @default true */
              nonRoutineToHuman: boolean;
            };
            /** @default true */
            requireApproval: boolean;
            /** @default 30 */
            reviewAfterDays: number;
          };
        };
      };
    };
  };
  getTokens: {
    parameters: {
      query?: {
        userId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              actions: string[] | null;
              createdAt: string;
              expiresAt: string | null;
              id: string;
              lastUsedAt: string | null;
              name: string;
              revokedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'revoked' | 'expired';
              userId: string;
              username: string;
            }[];
          };
        };
      };
    };
  };
  postTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          actions?: string[];
          /** Format: date-time */
          expiresAt?: string | null;
          name: string;
          userId?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            secret: string;
            token: {
              actions: string[] | null;
              createdAt: string;
              expiresAt: string | null;
              id: string;
              lastUsedAt: string | null;
              name: string;
              revokedAt: string | null;
              /** @enum {string} */
              state: 'active' | 'revoked' | 'expired';
              userId: string;
              username: string;
            };
          };
        };
      };
    };
  };
  deleteTokensById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
    };
  };
  getUsers: {
    parameters: {
      query?: {
        includeDisabled?: 'true' | 'false';
        role?:
          | 'admin'
          | 'qa_lead'
          | 'qa_inspector'
          | 'team_leader'
          | 'agent'
          | 'vendor_manager'
          | 'complaint_desk'
          | 'back_office'
          | 'expert_seat';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              agentId: string | null;
              branchId: string | null;
              createdAt: string;
              disabled: boolean;
              displayName: string;
              id: string;
              /** @enum {string} */
              role:
                | 'admin'
                | 'qa_lead'
                | 'qa_inspector'
                | 'team_leader'
                | 'agent'
                | 'vendor_manager'
                | 'complaint_desk'
                | 'back_office'
                | 'expert_seat';
              teamId: string | null;
              username: string;
              vendorId: string | null;
            }[];
          };
        };
      };
    };
  };
  postUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId?: string | null;
          branchId?: string | null;
          displayName: string;
          password?: string;
          /** @enum {string} */
          role:
            | 'admin'
            | 'qa_lead'
            | 'qa_inspector'
            | 'team_leader'
            | 'agent'
            | 'vendor_manager'
            | 'complaint_desk'
            | 'back_office'
            | 'expert_seat';
          teamId?: string | null;
          username: string;
          vendorId?: string | null;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            password: string | null;
            user: {
              agentId: string | null;
              branchId: string | null;
              createdAt: string;
              disabled: boolean;
              displayName: string;
              id: string;
              /** @enum {string} */
              role:
                | 'admin'
                | 'qa_lead'
                | 'qa_inspector'
                | 'team_leader'
                | 'agent'
                | 'vendor_manager'
                | 'complaint_desk'
                | 'back_office'
                | 'expert_seat';
              teamId: string | null;
              username: string;
              vendorId: string | null;
            };
          };
        };
      };
    };
  };
  getUsersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            branchId: string | null;
            createdAt: string;
            disabled: boolean;
            displayName: string;
            id: string;
            /** @enum {string} */
            role:
              | 'admin'
              | 'qa_lead'
              | 'qa_inspector'
              | 'team_leader'
              | 'agent'
              | 'vendor_manager'
              | 'complaint_desk'
              | 'back_office'
              | 'expert_seat';
            teamId: string | null;
            username: string;
            vendorId: string | null;
          };
        };
      };
    };
  };
  patchUsersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agentId?: string | null;
          branchId?: string | null;
          disabled?: boolean;
          displayName?: string;
          /** @enum {string} */
          role?:
            | 'admin'
            | 'qa_lead'
            | 'qa_inspector'
            | 'team_leader'
            | 'agent'
            | 'vendor_manager'
            | 'complaint_desk'
            | 'back_office'
            | 'expert_seat';
          teamId?: string | null;
          vendorId?: string | null;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agentId: string | null;
            branchId: string | null;
            createdAt: string;
            disabled: boolean;
            displayName: string;
            id: string;
            /** @enum {string} */
            role:
              | 'admin'
              | 'qa_lead'
              | 'qa_inspector'
              | 'team_leader'
              | 'agent'
              | 'vendor_manager'
              | 'complaint_desk'
              | 'back_office'
              | 'expert_seat';
            teamId: string | null;
            username: string;
            vendorId: string | null;
          };
        };
      };
    };
  };
  postUsersByIdPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            password: string | null;
          };
        };
      };
    };
  };
  getVendors: {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        clientId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              clientId: string;
              createdAt: string;
              id: string;
              name: string;
            }[];
          };
        };
      };
    };
  };
  postVendors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          clientId: string;
          id: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            clientId: string;
            createdAt: string;
            id: string;
            name: string;
          };
        };
      };
    };
  };
  patchVendorsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          name?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            clientId: string;
            createdAt: string;
            id: string;
            name: string;
          };
        };
      };
    };
  };
  getViews: {
    parameters: {
      query: {
        list: 'conversations' | 'review-tasks' | 'appeals' | 'complaints' | 'discipline' | 'audit';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              filters: {
                [key: string]: string;
              };
              id: string;
              /** @enum {string} */
              list: 'conversations' | 'review-tasks' | 'appeals' | 'complaints' | 'discipline' | 'audit';
              /** @description the caller owns it (and may delete it) */
              mine: boolean;
              name: string;
              /** @description shared with the owner’s team */
              shared: boolean;
            }[];
          };
        };
      };
    };
  };
  postViews: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          filters: {
            [key: string]: string;
          };
          /** @enum {string} */
          list: 'conversations' | 'review-tasks' | 'appeals' | 'complaints' | 'discipline' | 'audit';
          name: string;
          /** @default false */
          shared?: boolean;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            filters: {
              [key: string]: string;
            };
            id: string;
            /** @enum {string} */
            list: 'conversations' | 'review-tasks' | 'appeals' | 'complaints' | 'discipline' | 'audit';
            /** @description the caller owns it (and may delete it) */
            mine: boolean;
            name: string;
            /** @description shared with the owner’s team */
            shared: boolean;
          };
        };
      };
    };
  };
  deleteViewsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
    };
  };
  getWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              createdAt: string;
              /** @description event kinds delivered; empty = every kind */
              events: (
                | 'review.assigned'
                | 'review.finalized'
                | 'appeal.filed'
                | 'appeal.decided'
                | 'work-order.due-soon'
                | 'work-order.escalated'
                | 'work-order.urged'
                | 'work-order.redo'
                | 'work-order.bounced'
                | 'callback.due'
                | 'live.alert'
                | 'live.alert.escalated'
              )[];
              /**
               * @description the message shape, from the URL: a 企业微信 / 钉钉 / 飞书 robot gets its own (src/notify/presets.ts)
               * @enum {string}
               */
              format: 'zhijian' | 'wecom' | 'dingtalk' | 'feishu';
              id: string;
              name: string;
              url: string;
            }[];
          };
        };
      };
    };
  };
  postWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          events?: (
            | 'review.assigned'
            | 'review.finalized'
            | 'appeal.filed'
            | 'appeal.decided'
            | 'work-order.due-soon'
            | 'work-order.escalated'
            | 'work-order.urged'
            | 'work-order.redo'
            | 'work-order.bounced'
            | 'callback.due'
            | 'live.alert'
            | 'live.alert.escalated'
          )[];
          name: string;
          secret?: string;
          /** Format: uri */
          url: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            /** @description event kinds delivered; empty = every kind */
            events: (
              | 'review.assigned'
              | 'review.finalized'
              | 'appeal.filed'
              | 'appeal.decided'
              | 'work-order.due-soon'
              | 'work-order.escalated'
              | 'work-order.urged'
              | 'work-order.redo'
              | 'work-order.bounced'
              | 'callback.due'
              | 'live.alert'
              | 'live.alert.escalated'
            )[];
            /**
             * @description the message shape, from the URL: a 企业微信 / 钉钉 / 飞书 robot gets its own (src/notify/presets.ts)
             * @enum {string}
             */
            format: 'zhijian' | 'wecom' | 'dingtalk' | 'feishu';
            id: string;
            name: string;
            /** @description the HMAC signing secret, answered this once */
            secret: string;
            url: string;
          };
        };
      };
    };
  };
  deleteWebhooksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
    };
  };
  patchWebhooksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          events?: (
            | 'review.assigned'
            | 'review.finalized'
            | 'appeal.filed'
            | 'appeal.decided'
            | 'work-order.due-soon'
            | 'work-order.escalated'
            | 'work-order.urged'
            | 'work-order.redo'
            | 'work-order.bounced'
            | 'callback.due'
            | 'live.alert'
            | 'live.alert.escalated'
          )[];
          name?: string;
          /** Format: uri */
          url?: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string;
            /** @description event kinds delivered; empty = every kind */
            events: (
              | 'review.assigned'
              | 'review.finalized'
              | 'appeal.filed'
              | 'appeal.decided'
              | 'work-order.due-soon'
              | 'work-order.escalated'
              | 'work-order.urged'
              | 'work-order.redo'
              | 'work-order.bounced'
              | 'callback.due'
              | 'live.alert'
              | 'live.alert.escalated'
            )[];
            /**
             * @description the message shape, from the URL: a 企业微信 / 钉钉 / 飞书 robot gets its own (src/notify/presets.ts)
             * @enum {string}
             */
            format: 'zhijian' | 'wecom' | 'dingtalk' | 'feishu';
            id: string;
            name: string;
            url: string;
          };
        };
      };
    };
  };
  getWebhooksByIdDeliveries: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attempts: number;
              createdAt: string;
              deliveredAt: string | null;
              /** @enum {string} */
              event:
                | 'review.assigned'
                | 'review.finalized'
                | 'appeal.filed'
                | 'appeal.decided'
                | 'work-order.due-soon'
                | 'work-order.escalated'
                | 'work-order.urged'
                | 'work-order.redo'
                | 'work-order.bounced'
                | 'callback.due'
                | 'live.alert'
                | 'live.alert.escalated';
              id: number;
              lastError: string | null;
              lastStatusCode: number | null;
              /** @description the JSON body sent (a retry sends the same bytes) */
              payload: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              status: 'pending' | 'delivered' | 'failed';
            }[];
          };
        };
      };
    };
  };
  postWebhooksDeliveriesByIdRetry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            queued: true;
          };
        };
      };
    };
  };
  getWorkOrders: {
    parameters: {
      query?: {
        branchId?: string;
        complaintId?: string;
        open?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              create: boolean;
              manageBranches: boolean;
              manageSla: boolean;
              scan: boolean;
            };
            items: {
              bounceBacks: number;
              branchId: string;
              complaintId: string | null;
              conversationId: string | null;
              createdAt: string;
              id: string;
              policyId: string;
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              redos: number;
              repliedAt: string | null;
              resolvedAt: string | null;
              result: string | null;
              satisfied: boolean | null;
              sla: {
                nextDueAt: string | null;
                /** @description null while an open pause leaves it unknown */
                replyDueAt: string | null;
                replyLate: boolean;
                resolveDueAt: string | null;
                resolveLate: boolean;
                /** @enum {string} */
                state: 'on-track' | 'at-risk' | 'breached' | 'paused' | 'met';
              };
              /** @enum {string} */
              state: 'open' | 'replied' | 'resolved' | 'bounced';
              title: string;
            }[];
          };
        };
      };
    };
  };
  postWorkOrders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assignee:
            | {
                branchId: string;
              }
            | {
                departmentId: string;
              };
          complaintId?: string;
          conversationId?: string;
          /** Format: date-time */
          createdAt?: string;
          policyId?: string;
          /**
           * @default normal
           * @enum {string}
           */
          priority?: 'low' | 'normal' | 'high' | 'urgent';
          title: string;
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bounceBacks: number;
            branchId: string;
            complaintId: string | null;
            conversationId: string | null;
            createdAt: string;
            id: string;
            policyId: string;
            /** @enum {string} */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            redos: number;
            repliedAt: string | null;
            resolvedAt: string | null;
            result: string | null;
            satisfied: boolean | null;
            sla: {
              nextDueAt: string | null;
              /** @description null while an open pause leaves it unknown */
              replyDueAt: string | null;
              replyLate: boolean;
              resolveDueAt: string | null;
              resolveLate: boolean;
              /** @enum {string} */
              state: 'on-track' | 'at-risk' | 'breached' | 'paused' | 'met';
            };
            /** @enum {string} */
            state: 'open' | 'replied' | 'resolved' | 'bounced';
            title: string;
          };
        };
      };
    };
  };
  getWorkOrdersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              'bounce-back': boolean;
              escalate: boolean;
              pause: boolean;
              redo: boolean;
              reopen: boolean;
              reply: boolean;
              resolve: boolean;
              resume: boolean;
              urge: boolean;
            };
            bounceBacks: number;
            branchId: string;
            complaintId: string | null;
            conversationId: string | null;
            createdAt: string;
            events: {
              actor: string | null;
              /** @description display name of the actor; null for the system (the SLA scan) */
              actorName: string | null;
              at: string;
              id: number;
              note: string | null;
              /** @enum {string} */
              type:
                | 'reply'
                | 'resolve'
                | 'pause'
                | 'resume'
                | 'bounce-back'
                | 'redo'
                | 'reopen'
                | 'urge'
                | 'escalate';
            }[];
            id: string;
            policy: {
              id: string;
              name: string;
              reply:
                | {
                    workingDays: number;
                  }
                | {
                    workingHours: number;
                  }
                | {
                    hours: number;
                  };
              resolve:
                | {
                    workingDays: number;
                  }
                | {
                    workingHours: number;
                  }
                | {
                    hours: number;
                  };
            };
            policyId: string;
            /** @enum {string} */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            redos: number;
            repliedAt: string | null;
            resolvedAt: string | null;
            result: string | null;
            satisfied: boolean | null;
            sla: {
              nextDueAt: string | null;
              /** @description null while an open pause leaves it unknown */
              replyDueAt: string | null;
              replyLate: boolean;
              resolveDueAt: string | null;
              resolveLate: boolean;
              /** @enum {string} */
              state: 'on-track' | 'at-risk' | 'breached' | 'paused' | 'met';
            };
            /** @enum {string} */
            state: 'open' | 'replied' | 'resolved' | 'bounced';
            title: string;
          };
        };
      };
    };
  };
  postWorkOrdersByIdEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          at?: string;
          note?: string;
          result?: string;
          satisfied?: boolean;
          /** @enum {string} */
          type:
            | 'reply'
            | 'resolve'
            | 'pause'
            | 'resume'
            | 'bounce-back'
            | 'redo'
            | 'reopen'
            | 'urge'
            | 'escalate';
        };
      };
    };
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: {
              'bounce-back': boolean;
              escalate: boolean;
              pause: boolean;
              redo: boolean;
              reopen: boolean;
              reply: boolean;
              resolve: boolean;
              resume: boolean;
              urge: boolean;
            };
            bounceBacks: number;
            branchId: string;
            complaintId: string | null;
            conversationId: string | null;
            createdAt: string;
            events: {
              actor: string | null;
              /** @description display name of the actor; null for the system (the SLA scan) */
              actorName: string | null;
              at: string;
              id: number;
              note: string | null;
              /** @enum {string} */
              type:
                | 'reply'
                | 'resolve'
                | 'pause'
                | 'resume'
                | 'bounce-back'
                | 'redo'
                | 'reopen'
                | 'urge'
                | 'escalate';
            }[];
            id: string;
            policy: {
              id: string;
              name: string;
              reply:
                | {
                    workingDays: number;
                  }
                | {
                    workingHours: number;
                  }
                | {
                    hours: number;
                  };
              resolve:
                | {
                    workingDays: number;
                  }
                | {
                    workingHours: number;
                  }
                | {
                    hours: number;
                  };
            };
            policyId: string;
            /** @enum {string} */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            redos: number;
            repliedAt: string | null;
            resolvedAt: string | null;
            result: string | null;
            satisfied: boolean | null;
            sla: {
              nextDueAt: string | null;
              /** @description null while an open pause leaves it unknown */
              replyDueAt: string | null;
              replyLate: boolean;
              resolveDueAt: string | null;
              resolveLate: boolean;
              /** @enum {string} */
              state: 'on-track' | 'at-risk' | 'breached' | 'paused' | 'met';
            };
            /** @enum {string} */
            state: 'open' | 'replied' | 'resolved' | 'bounced';
            title: string;
          };
        };
      };
    };
  };
  postWorkOrdersScan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description An error: the status comes from the code (src/http/error-map.ts). */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /**
               * @description Stable machine-readable code (src/http/error-map.ts).
               * @enum {string}
               */
              code:
                | 'BAD_INPUT'
                | 'UNAUTHENTICATED'
                | 'INVALID_CREDENTIALS'
                | 'TOO_MANY_ATTEMPTS'
                | 'FORBIDDEN'
                | 'NOT_FOUND'
                | 'CONFLICT'
                | 'LOCKED'
                | 'DEADLINE_PASSED'
                | 'UNAVAILABLE'
                | 'PAYLOAD_TOO_LARGE'
                | 'INTERNAL';
              /** @description Where and why: the field, line or conflicting record. */
              details?: unknown;
              /** @description English explanation for logs and API users; the web UI localises by code. */
              message: string;
            };
          };
        };
      };
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            escalated: number;
            reminded: number;
            scanned: number;
          };
        };
      };
    };
  };
}
