// GET <list>/export?format=csv|xlsx&<the list's filters>: the list's own JSON route is run for the caller (same
// authentication, scope, filters and the masking hook of src/http/mask-response.ts), page after page, and its items
// become the file (src/lists/export.ts). So an export can never show more than the list would, nor differ from it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../auth/sessions.ts';
import type { Action as PolicyAction } from '../core/auth/policy.ts';
import { AppError } from '../core/errors/app-error.ts';
import { CONTENT_TYPES, EXPORT_FORMATS, tableOf, toCsv, toXlsx } from '../lists/export.ts';
import { appendAudit } from '../store/index.ts';
import type { AppContext } from './context.ts';

/** At most this many rows per export: a bigger set is narrowed by filters first (the answer says so). */
export const MAX_EXPORT_ROWS = 20_000;
const PAGE = 200;

export interface ExportableList {
  /** The list's path under /api, e.g. `/conversations`. */
  path: string;
  action: PolicyAction;
  tag: string;
  /** The file's stem and sheet name. */
  title: string;
  /** The answer's array of rows: `items` for most lists. */
  itemsKey?: string;
  /** Whether the list pages (page / pageSize); lists without paging answer everything at once. */
  paged: boolean;
  /** Column headers (Simplified Chinese, what the teams' spreadsheets use) for the keys people read. */
  labels: Readonly<Record<string, string>>;
}

export const EXPORTABLE_LISTS: readonly ExportableList[] = [
  {
    path: '/conversations',
    action: 'conversations.read',
    tag: 'conversations',
    title: 'conversations',
    paged: true,
    labels: {
      id: '会话ID',
      startedAt: '开始时间',
      channel: '渠道',
      agentId: '坐席ID',
      agentName: '坐席',
      teamName: '班组',
      callerNumber: '来电号码',
      durationMs: '时长(毫秒)',
      score: '得分',
      fatal: '致命项',
      reviewState: '复核状态',
      ruleNames: '命中规则',
      hitCount: '命中次数',
    },
  },
  {
    path: '/review/tasks',
    action: 'review.tasks.read',
    tag: 'review',
    title: 'review-tasks',
    paged: true,
    labels: {
      id: '任务ID',
      conversationId: '会话ID',
      status: '状态',
      machineTotal: '机检得分',
      finalTotal: '复核得分',
    },
  },
  {
    path: '/appeals',
    action: 'appeals.read',
    tag: 'appeals',
    title: 'appeals',
    paged: true,
    labels: { id: '申诉ID', taskId: '任务ID', status: '状态', reason: '理由', filedAt: '提交时间' },
  },
  {
    path: '/complaints',
    action: 'complaints.read',
    tag: 'complaints',
    title: 'complaints',
    paged: false,
    labels: {
      id: '投诉ID',
      receivedOn: '受理日期',
      agentId: '坐席ID',
      severity: '严重程度',
      decision: '判定',
      callerNumber: '来电号码',
      description: '描述',
    },
  },
  {
    path: '/discipline',
    action: 'discipline.read',
    tag: 'discipline',
    title: 'discipline',
    itemsKey: 'agents',
    paged: false,
    labels: { agentId: '坐席ID', name: '坐席', stage: '阶段' },
  },
  {
    path: '/audit',
    action: 'audit.read',
    tag: 'audit',
    title: 'audit',
    paged: true,
    labels: { id: '编号', at: '时间', actor: '操作人', action: '操作', entity: '对象', entityId: '对象ID' },
  },
];

const exportQuery = z
  .object({ format: z.enum(EXPORT_FORMATS).default('xlsx') })
  .catchall(z.string())
  .describe('the list’s own filters, as its JSON route takes them');

/** Run the list route for the caller and collect its items (every page, up to MAX_EXPORT_ROWS). */
async function collect(
  app: FastifyInstance,
  req: FastifyRequest,
  list: ExportableList,
  filters: Record<string, string>,
): Promise<Record<string, unknown>[]> {
  const headers: Record<string, string> = {};
  if (req.headers.cookie !== undefined) headers.cookie = req.headers.cookie;
  if (req.headers.authorization !== undefined) headers.authorization = req.headers.authorization;
  const items: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const query = list.paged ? { ...filters, page: String(page), pageSize: String(PAGE) } : filters;
    const res = await app.inject({ method: 'GET', url: `/api${list.path}`, query, headers });
    const body = res.json<Record<string, unknown>>();
    if (res.statusCode !== 200) {
      const err = (body.error ?? {}) as { code?: string; message?: string; details?: unknown };
      throw new AppError(
        err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN' ? err.code : 'BAD_INPUT',
        err.message ?? `the list answered ${res.statusCode}`,
        err.details,
      );
    }
    const rows = (body[list.itemsKey ?? 'items'] ?? []) as Record<string, unknown>[];
    items.push(...rows);
    if (items.length > MAX_EXPORT_ROWS)
      throw new AppError(
        'BAD_INPUT',
        `More than ${MAX_EXPORT_ROWS} rows: narrow the filters (e.g. a shorter date range) and export again`,
      );
    if (!list.paged || rows.length < PAGE) return items;
  }
}

export function listExportRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    for (const list of EXPORTABLE_LISTS) {
      app.get(
        `${list.path}/export`,
        {
          config: { action: list.action },
          schema: {
            tags: [list.tag],
            summary: `The ${list.title} list with the same filters as a file: text/csv (UTF-8 with BOM) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); personal numbers masked as in the JSON answer`,
            querystring: exportQuery,
          },
        },
        async (req, reply) => {
          const p = await requireAction(ctx, req, list.action);
          const { format, ...filters } = req.query;
          const items = await collect(app, req, list, filters);
          const table = tableOf(list.title, items, list.labels);
          const bytes = format === 'csv' ? toCsv(table) : await toXlsx(table);
          // Who took which data out, and how much: exports carry customers' conversations off the system.
          await appendAudit(ctx.store, {
            actorUserId: p.id,
            action: 'list.export',
            entity: 'list',
            entityId: list.title,
            after: { format, rows: items.length, filters },
          });
          const stamp = ctx.now().toISOString().slice(0, 10);
          const name = `${list.title}-${stamp}.${format}`;
          return reply
            .type(CONTENT_TYPES[format])
            .header('content-disposition', `attachment; filename="${name}"`)
            .send(bytes);
        },
      );
    }
    done();
  };
}
