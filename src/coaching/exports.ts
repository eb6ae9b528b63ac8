// The coaching area's lists as files (cases, sessions, ideas, plans): the same rows, in the same row scope, as the
// list routes answer (src/http/routes/coaching-cases.ts, coaching-ideas.ts), with Chinese column heads and names
// instead of bare ids so a team leader can file or forward them (src/reports/list-export.ts writes XLSX or CSV).
import { dataScope, type Principal } from '../core/auth/roles.ts';
import { localTime } from '../settlement/view.ts';
import type { ListExport } from '../reports/list-export.ts';
import {
  listAttendance,
  listCaseCategories,
  listCases,
  listIdeas,
  listPlans,
  listSessions,
  type Store,
  type TrainingSessionRow,
} from '../store/index.ts';
import { loadReportNames } from '../reports/load.ts';

export const EXPORT_LISTS = ['cases', 'sessions', 'ideas', 'plans'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

const CONSENT_ZH = { not_asked: '未征询', asked: '已征询', agreed: '已同意', declined: '已拒绝' } as const;
const FORMAT_ZH = { morning: '晨会', after_shift: '班后会', on_site: '现场辅导', micro: '微课' } as const;
const STATE_ZH = {
  received: '已收到',
  evaluating: '评估中',
  adopted: '已采纳',
  declined: '未采纳',
  duplicate: '重复',
} as const;
const SOURCE_ZH = { agent: '坐席', customer_callback: '客户回访' } as const;
const CATEGORY_ZH = {
  service: '服务',
  process: '流程',
  product: '产品',
  system: '系统',
  knowledge: '知识',
  other: '其他',
} as const;

export async function casesExport(store: Store, p: Principal, timeZone: string): Promise<ListExport> {
  const [cats, rows, names] = await Promise.all([
    listCaseCategories(store),
    listCases(store, { ...dataScope(p), limit: 10_000 }),
    loadReportNames(store),
  ]);
  const cat = new Map(cats.map((c) => [c.id, c.nameZh]));
  return {
    name: '案例库',
    columns: [
      { header: '编号', width: 24 },
      { header: '分类', width: 14 },
      { header: '标题', width: 30 },
      { header: '工号' },
      { header: '姓名' },
      { header: '班组', width: 16 },
      { header: '会话', width: 22 },
      { header: '涉及规则', width: 30 },
      { header: '备注', width: 40 },
      { header: '坐席同意' },
      { header: '加入时间', width: 18 },
    ],
    rows: rows.map((c) => [
      c.id,
      cat.get(c.categoryId) ?? c.categoryId,
      c.title,
      c.agentId,
      c.agentId ? (names.agents[c.agentId] ?? '') : '',
      c.teamId ? (names.teams[c.teamId] ?? c.teamId) : '',
      c.conversationId,
      c.ruleIds.map((r) => names.rules[r] ?? r).join('、'),
      c.note,
      CONSENT_ZH[c.consent],
      localTime(c.createdAt.toISOString(), timeZone),
    ]),
  };
}

export async function sessionsExport(store: Store, p: Principal, timeZone: string): Promise<ListExport> {
  const s = dataScope(p);
  let sessions: TrainingSessionRow[];
  if (p.role === 'agent') {
    const mine = await listAttendance(store, { agentId: p.agentId ?? '' });
    sessions = await listSessions(store, { ids: mine.map((m) => m.sessionId) });
  } else sessions = await listSessions(store, { teamIds: s.teamIds, vendorIds: s.vendorIds });
  const all = await listAttendance(store, { sessionIds: sessions.map((x) => x.id) });
  const att = p.role === 'agent' ? all.filter((a) => a.agentId === p.agentId) : all;
  const names = await loadReportNames(store);
  return {
    name: '培训场次',
    columns: [
      { header: '编号', width: 24 },
      { header: '主题', width: 30 },
      { header: '形式' },
      { header: '班组', width: 16 },
      { header: '日期', width: 12 },
      { header: '案例数' },
      { header: '应到' },
      { header: '实到' },
      { header: '已学习' },
      { header: '创建时间', width: 18 },
    ],
    rows: sessions.map((x) => {
      const mine = att.filter((a) => a.sessionId === x.id);
      return [
        x.id,
        x.title,
        FORMAT_ZH[x.format],
        names.teams[x.teamId] ?? x.teamId,
        x.scheduledOn,
        x.caseIds.length,
        mine.length,
        mine.filter((a) => a.attended).length,
        mine.filter((a) => a.studiedAt !== null).length,
        localTime(x.createdAt.toISOString(), timeZone),
      ];
    }),
  };
}

export async function ideasExport(store: Store, p: Principal, timeZone: string): Promise<ListExport> {
  const s = dataScope(p);
  const scoped = s.agentIds || s.teamIds || s.vendorIds;
  const rows = await listIdeas(store, { ...s, submittedBy: scoped ? p.id : undefined });
  const names = await loadReportNames(store);
  return {
    name: '金点子',
    columns: [
      { header: '编号', width: 24 },
      { header: '来源' },
      { header: '类别' },
      { header: '标题', width: 30 },
      { header: '内容', width: 50 },
      { header: '工号' },
      { header: '姓名' },
      { header: '状态' },
      { header: '理由', width: 30 },
      { header: '奖励(元)' },
      { header: '奖励月份' },
      { header: '效果', width: 40 },
      { header: '效果测量日', width: 12 },
      { header: '指标' },
      { header: '采纳前' },
      { header: '采纳后' },
      { header: '提交时间', width: 18 },
    ],
    rows: rows.map((i) => [
      i.id,
      SOURCE_ZH[i.source],
      CATEGORY_ZH[i.category],
      i.title,
      i.body,
      i.agentId,
      i.agentId ? (names.agents[i.agentId] ?? '') : '',
      STATE_ZH[i.state],
      i.reason,
      i.rewardFen === null ? null : i.rewardFen / 100,
      i.rewardMonth,
      i.effect,
      i.effectOn,
      i.effectMetric,
      i.effectBefore,
      i.effectAfter,
      localTime(i.createdAt.toISOString(), timeZone),
    ]),
  };
}

export async function plansExport(store: Store, p: Principal, timeZone: string): Promise<ListExport> {
  const [rows, names] = await Promise.all([listPlans(store, dataScope(p)), loadReportNames(store)]);
  return {
    name: '辅导计划',
    columns: [
      { header: '编号', width: 24 },
      { header: '工号' },
      { header: '姓名' },
      { header: '班组', width: 16 },
      { header: '重点规则', width: 30 },
      { header: '案例数' },
      { header: '备注', width: 40 },
      { header: '跟进复核任务' },
      { header: '更新时间', width: 18 },
    ],
    rows: rows.map((x) => [
      x.id,
      x.agentId,
      names.agents[x.agentId] ?? '',
      names.teams[x.teamId] ?? x.teamId,
      x.focusRules.map((r) => names.rules[r] ?? r).join('、'),
      x.caseIds.length,
      x.note,
      x.followUpTaskId,
      localTime(x.updatedAt.toISOString(), timeZone),
    ]),
  };
}
