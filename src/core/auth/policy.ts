// Declarative authorization (house style §8): every API action names the roles allowed to perform it, in one
// table. Data scope (which rows) is separate: see roles.ts dataScope. Add an action here, then guard the route with
// `requireAction(ctx, req, action)`; the authorization-matrix test walks every role over every route.
import type { Principal, UserRole } from './roles.ts';

const ALL: readonly UserRole[] = [
  'admin',
  'qa_lead',
  'qa_inspector',
  'team_leader',
  'agent',
  'vendor_manager',
  'complaint_desk',
  'back_office',
  'expert_seat',
];
const QA: readonly UserRole[] = ['admin', 'qa_lead', 'qa_inspector'];

export const POLICY = {
  'conversations.read': ALL,
  'stats.read': ALL,
  'organisation.read': ALL,
  // ── Organisation and access ────────────────────────────────────────────────────────────────────────
  // Reading the organisation (clients, vendors, teams, agents) is open to every role; the rows are narrowed by
  // org-scope.ts: an agent sees their own agent/team/vendor/client, a team leader their team, a vendor manager
  // their vendor. Clients (甲方) and vendors (乙方) are contracts: only the admin creates, renames or deactivates
  // them. Teams and agents are the vendor's own staffing: the admin, and a vendor manager inside their vendor.
  'organisation.manage': ['admin'],
  'teams.manage': ['admin', 'vendor_manager'],
  'agents.manage': ['admin', 'vendor_manager'],
  // User accounts. Read: admin and QA lead all (the lead assigns inspectors and decides appeals), a vendor manager
  // the accounts of their vendor, a team leader those of their team. Manage (create, edit, disable, reset a
  // password): admin any account; a vendor manager only agent and team-leader accounts inside their vendor
  // (ASSIGNABLE_ROLES in user-scope.ts), so nobody can grant themselves a wider role than they hold.
  'users.read': ['admin', 'qa_lead', 'vendor_manager', 'team_leader'],
  'users.manage': ['admin', 'vendor_manager'],
  // The caller's own account: who am I, change my password (with the current one). Every role.
  'account.self': ALL,
  // API tokens for integrations act as their owner (tokens.ts): roles whose systems integrate (admin; QA lead for
  // exports; vendor manager for the vendor's workforce/CRM systems; complaint desk for the complaint system) may
  // hold their own. `tokens.manage.any` is no route's action but a capability checked in the handler: the admin
  // lists and revokes every token and issues tokens for service accounts (a user made for one integration).
  'tokens.manage': ['admin', 'qa_lead', 'vendor_manager', 'complaint_desk'],
  'tokens.manage.any': ['admin'],
  // The append-only audit log is read by the admin and the QA lead (who answers for score changes and appeals).
  'audit.read': ['admin', 'qa_lead'],
  // ── Ingest, rule packs, re-scoring and agent assist ────────────────────────────────────────────────────
  // Ingest is QA's data loading (and integrations' tokens acting as a QA account or admin). Rule packs are read by
  // every role (agents and leaders learn what is checked); uploading, previewing and publishing a version, and
  // re-scoring a period change every score, so only the admin and the QA lead do them. Agent assist checks the
  // caller's own outgoing message: every role that may chat with customers or coach those who do.
  'ingest.write': QA,
  'ingest.read': QA,
  'packs.read': ALL,
  'packs.write': ['admin', 'qa_lead'],
  'packs.preview': ['admin', 'qa_lead'],
  'packs.publish': ['admin', 'qa_lead'],
  'rescore.run': ['admin', 'qa_lead'],
  'rescore.read': QA,
  'assist.check': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'agent'],
  // ── Web workspace ──────────────────────────────────────────────────────────────────────────────────
  // The overview's aggregates (top rules, per team / vendor / agent) are read by every role, narrowed by dataScope
  // like the list. Trying a pasted conversation against the published pack stores nothing, but it is QA's and
  // coaching's tool (leaders rehearse calls with their agents), not a public scoring service.
  'dashboard.read': ALL,
  'rules.check': ['admin', 'qa_lead', 'qa_inspector', 'team_leader'],
  // ── Review, appeal, sampling, calibration and per-rule precision ───────────────────────────────────────
  // Review queue: QA lead and admin read every task, an inspector only the tasks assigned to them (checked in
  // src/review/tasks.ts; others answer 404). Working a task (verdicts, manual deductions, finalize): the assigned
  // inspector, or a QA lead taking it over. Finalized reviews are read by every role inside their data scope
  // (an agent their own, a team leader their team, a vendor manager their vendor).
  'review.tasks.read': QA,
  'review.tasks.work': ['qa_lead', 'qa_inspector'],
  // Starting a review of one conversation outside any sampling plan (from the conversation page): the QA lead and
  // admin assign it to an inspector, an inspector takes it themselves. Moving an open task to another inspector
  // (absence, workload) is the QA lead's and admin's.
  'review.tasks.create': QA,
  'review.tasks.assign': ['admin', 'qa_lead'],
  'reviews.read': ALL,
  // Appeals: only the agent who owns the conversation files (checked against the review); a team leader of that
  // team or a QA lead decides; every role reads the appeals inside their data scope.
  'appeals.file': ['agent'],
  'appeals.read': ALL,
  'appeals.decide': ['qa_lead', 'team_leader'],
  // Sampling plans decide what QA spends its day on: the QA lead (and admin) create, change and run them.
  'sampling.read': QA,
  'sampling.manage': ['admin', 'qa_lead'],
  'sampling.run': ['admin', 'qa_lead'],
  // Calibration: the QA lead (and admin) create and close sessions; invited inspectors and leads score blind.
  'calibration.read': QA,
  'calibration.manage': ['admin', 'qa_lead'],
  'calibration.score': ['qa_lead', 'qa_inspector'],
  // Per-rule precision tunes the rules: QA roles.
  'precision.read': QA,
  // The working calendar (holidays, 调休) sets appeal deadlines: every role reads it, the QA lead and admin edit.
  'calendar.read': ALL,
  'calendar.manage': ['admin', 'qa_lead'],
  // ── KPI, settlement and the discipline ledger (docs/product.md, seeds 002 and 000) ────────────────────────────────────────
  // The KPI table is read by every role inside their data scope (an agent their own row). Call statistics come from
  // the client's telephony (ACD) and change every agent's pay: the admin and the QA lead import or derive them; the
  // contract policy (targets, slopes, fines) is the admin's. Complaints are registered and decided by the client's
  // complaint desk (甲方投诉岗, seed 002 (一) "经由甲方投诉岗判定投诉成立"); every role reads them in scope. Late
  // callbacks and actual losses are recorded by the client side; the vendor manager records their own report
  // submissions. Statements: the client side (admin, complaint desk) or the vendor manager of the vendor builds a
  // draft; only the vendor manager confirms; the client side (admin or complaint desk) approves, reopens or adjusts;
  // the vendor manager may withdraw their confirmation (reopen). Discipline (seed 000 差错处理): reported by QA,
  // leaders and the vendor; reviewed (审核) by the QA lead, the vendor manager or the admin, never by the reporter;
  // back online after stage 2 needs the supervisor (vendor manager or team leader) and the client (admin, QA lead,
  // complaint desk).
  'kpi.read': ALL,
  'kpi.stats.write': ['admin', 'qa_lead'],
  'kpi.policy.read': ['admin', 'qa_lead', 'vendor_manager', 'complaint_desk'],
  'kpi.policy.write': ['admin'],
  'complaints.read': ALL,
  'complaints.write': ['admin', 'complaint_desk'],
  'settlement.inputs.write': ['admin', 'complaint_desk'],
  'settlement.reports.write': ['admin', 'complaint_desk', 'vendor_manager'],
  'settlements.read': ['admin', 'qa_lead', 'complaint_desk', 'vendor_manager'],
  'settlements.build': ['admin', 'complaint_desk', 'vendor_manager'],
  'settlements.confirm': ['vendor_manager'],
  'settlements.approve': ['admin', 'complaint_desk'],
  'settlements.reopen': ['admin', 'complaint_desk', 'vendor_manager'],
  'settlements.adjust': ['admin', 'complaint_desk'],
  // Whoever confirms or approves acknowledges inputs that changed since the build (src/settlement/safety.ts).
  'settlements.acknowledge': ['admin', 'complaint_desk', 'vendor_manager'],
  'discipline.read': ALL,
  'discipline.write': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'vendor_manager'],
  'discipline.review': ['admin', 'qa_lead', 'vendor_manager'],
  'discipline.confirm': ['admin', 'qa_lead', 'complaint_desk', 'vendor_manager', 'team_leader'],
  // ── Notifications and webhooks ───────────────────────────────────────────────────────────────────────────────
  // Everyone reads and marks their own inbox (rows are the caller's only). Webhook subscriptions send every event's
  // data (ids, scores, appeal reasons) to another system: the admin's decision, like API tokens for service accounts.
  // ── Coaching (seeds 001, 004) ──────────────────────────────────────────────────────────────────────────────
  // Case libraries are QA's to fill (inspectors add what they found while reviewing) and read by those who coach
  // (QA, leaders, vendor managers); agents study cases only through their study view (masked, anonymised). The
  // categories are the QA lead's. Training sessions and coaching plans are built by team leaders and QA leads;
  // stage analysis is read by whoever coaches. Ideas (金点子) are submitted by agents, and by the callback staff (the
  // complaint desk, seed 002 回访) recording customers' proposals, and by leaders and QA; every role reads them in
  // scope; the client side decides them (a reward is paid on the client's statement): admin and QA lead.
  'coaching.cases.read': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'vendor_manager'],
  'coaching.cases.write': QA,
  'coaching.categories.manage': ['admin', 'qa_lead'],
  'coaching.consent': ['agent'],
  'coaching.training.read': ALL,
  'coaching.training.manage': ['admin', 'qa_lead', 'team_leader'],
  'coaching.study': ['agent'],
  'coaching.stages.read': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'vendor_manager'],
  'coaching.plans.manage': ['admin', 'qa_lead', 'team_leader'],
  'coaching.settings.manage': ['admin', 'qa_lead'],
  'ideas.read': ALL,
  'ideas.submit': ['admin', 'qa_lead', 'team_leader', 'agent', 'complaint_desk'],
  'ideas.decide': ['admin', 'qa_lead'],
  // ── Reports (seed 002 monthly 考核, seed 004 质检报告) ─────────────────────────────────────────────────────────
  // Trends and the monthly QA report, read in the caller's data scope: a team leader their team, a vendor manager
  // their vendor, an agent only themself. The complaint desk and branch users judge complaints and orders, not QA.
  'reports.read': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'vendor_manager', 'agent'],
  'notifications.read': ALL,
  // ── Service operations (seed 004 工單 / 後臺業(yè)務(wù)處理; docs/product.md "Integration endpoints") ──────────────────
  // Work orders: the complaint desk, the expert seats (专家座席组, who receive escalations) and the admin create,
  // read and act on every order; a back-office (branch / department) user reads and acts only on the orders
  // addressed to their branch (row-scope.ts branchScope) and only replies, resolves, pauses, resumes or hands back
  // (checked in src/service/work-orders.ts). The QA lead reads them for branch evaluation. Branches and SLA
  // policies are the client's set-up: admin and complaint desk. Complaint causes (seed 004 taxonomy) are read by
  // every role and edited by the desk and the admin.
  'workOrders.read': ['admin', 'qa_lead', 'complaint_desk', 'expert_seat', 'back_office'],
  'workOrders.create': ['admin', 'complaint_desk', 'expert_seat'],
  'workOrders.act': ['admin', 'complaint_desk', 'expert_seat', 'back_office'],
  // run the SLA scan now (it runs every five minutes by itself): reminders and escalations on breach (seed 004)
  'workOrders.scan': ['admin', 'complaint_desk', 'expert_seat'],
  'branches.read': ['admin', 'qa_lead', 'complaint_desk', 'expert_seat', 'back_office'],
  'branches.manage': ['admin', 'complaint_desk'],
  'sla.read': ['admin', 'qa_lead', 'complaint_desk', 'expert_seat', 'back_office'],
  'sla.manage': ['admin', 'complaint_desk'],
  // Callbacks (回访, seed 002 二 (三)): the vendor owes them (a late one is its ¥50 fine), so its agents (tasks assigned
  // to them), team leaders (their team's) and manager (their vendor's) read and record them; the complaint desk and
  // the expert seats (who call customers back, seed 004 適時進行客戶回訪) and the admin see and record all. Leaders,
  // the vendor manager and the client side assign a task to an agent. QA reads them. Running the scan by hand (it
  // is a scheduled job) is the admin's and the desk's.
  'callbacks.read': [
    'admin',
    'qa_lead',
    'complaint_desk',
    'expert_seat',
    'vendor_manager',
    'team_leader',
    'agent',
  ],
  'callbacks.act': ['admin', 'complaint_desk', 'expert_seat', 'vendor_manager', 'team_leader', 'agent'],
  'callbacks.assign': ['admin', 'complaint_desk', 'vendor_manager', 'team_leader'],
  'callbacks.scan': ['admin', 'complaint_desk'],
  'complaintCauses.read': ALL,
  'complaintCauses.manage': ['admin', 'complaint_desk'],
  'webhooks.manage': ['admin'],
  // ── Telephony policies (seed 003 挂机规范 and 系统支撑; seed 001 IVR和人工协同) ──────────────────────────────────
  // Seed 003 asks who judges (谁判定), who operates (谁操作) and how long a block lasts. Decided: team leaders and
  // the QA lead judge (they hear the calls), and they or the complaint desk (投诉部门, which weighs the complaint
  // risk) enter the number; a SECOND person among the admin, the QA lead and the complaint desk approves it
  // (src/core/telephony/blocklist.ts refuses the judge and operator as approver), and the same roles lift it and
  // decide auto-block candidates. Callers' classes are set by the same judges. Agents and vendor managers neither
  // read nor touch caller data. The switch's lookup and the IVR's decide/ingest calls come with an API token of a
  // service account (admin-issued) or of the QA lead / complaint desk. The hang-up report is read by every role
  // that coaches or checks hang-ups, narrowed by dataScope; the IVR report and policy by QA and the client side.
  'callers.read': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'complaint_desk'],
  'callers.classify': ['admin', 'qa_lead', 'team_leader', 'complaint_desk'],
  'blocklist.read': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'complaint_desk'],
  'blocklist.write': ['admin', 'qa_lead', 'team_leader', 'complaint_desk'],
  'blocklist.approve': ['admin', 'qa_lead', 'complaint_desk'],
  'ivr.lookup': ['admin', 'qa_lead', 'complaint_desk'],
  'ivr.decide': ['admin', 'qa_lead', 'complaint_desk'],
  'ivr.ingest': ['admin', 'qa_lead'],
  'ivr.report': ['admin', 'qa_lead', 'qa_inspector', 'complaint_desk'],
  'telephony.settings.read': ['admin', 'qa_lead', 'complaint_desk'],
  'telephony.settings.write': ['admin'],
  'hangups.read': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'vendor_manager', 'complaint_desk'],
  // ── Live calls and alerts (docs/product.md "Integration endpoints") ─────────────────────────
  // Streaming a call in is an integration's job: tokens acting as the admin or a QA lead (like ingest). The wall,
  // the alert stream and the alert history are for those who step in: team leaders (their team's calls, narrowed
  // in src/live), QA, the admin and the expert seats (seed 004 專家座席組: they take over a call while a complaint
  // forms, so alert rules name them as an audience); they also acknowledge, take over or dismiss. Which hits alert
  // whom is QA's configuration.
  'live.ingest': ['admin', 'qa_lead'],
  'live.read': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'expert_seat'],
  'live.alerts.handle': ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'expert_seat'],
  'live.alerts.configure': ['admin', 'qa_lead'],
  // Saved views of the lists: everyone keeps their own filter sets; the rows a view shows are still the list's.
  'views.read': ALL,
  'views.write': ALL,
} as const satisfies Record<string, readonly UserRole[]>;

export type Action = keyof typeof POLICY;

export function can(p: Pick<Principal, 'role'>, action: Action): boolean {
  const allowed: readonly UserRole[] = POLICY[action];
  return allowed.includes(p.role);
}

/** Roles that may do QA work (exported for policy entries added by capabilities). */
export const QA_ROLES = QA;
export const ALL_ROLES = ALL;

/**
 * A route's declared action (`config: { action }`, see src/auth/route-guard.ts): a policy action, or `public` for
 * the few routes that answer without a session. Every public route must be listed in PUBLIC_ROUTES.
 */
export type RouteAction = Action | 'public';

/** The routes anyone may call without logging in (`METHOD /url` as registered); the matrix test holds routes to it. */
export const PUBLIC_ROUTES: readonly string[] = [
  'GET /api/health',
  'GET /api/ready',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/config',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/callback',
  'GET /api/schema/conversation-v1.json',
];

export const isAction = (s: string): s is Action => Object.hasOwn(POLICY, s);
