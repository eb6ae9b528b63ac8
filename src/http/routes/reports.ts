// The reports managers ask for (seed 002 monthly 考核, seed 004 质检报告): trends of agents, teams and vendors over
// weeks or months, the rule trend, and the monthly QA report as JSON, XLSX and a printable page; plus the coaching
// lists as XLSX / CSV files. src/reports/ loads in the caller's row scope; src/core/reports aggregates.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import type { Action } from '../../core/auth/policy.ts';
import type { Principal } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { GRANULARITIES, GROUP_BYS } from '../../core/reports/index.ts';
import { daysBetween, localDateText, parseLocalDate } from '../../core/time/days.ts';
import { addMonths, monthOf } from '../../core/time/months.ts';
import { casesExport, ideasExport, plansExport, sessionsExport } from '../../coaching/exports.ts';
import { monthlyReportXlsx } from '../../reports/export-xlsx.ts';
import { EXPORT_FORMATS, listFile, type ListExport } from '../../reports/list-export.ts';
import { monthlyReportHtml } from '../../reports/print-html.ts';
import { monthlyReportFor, trendReport } from '../../reports/reports.ts';
import type { Store } from '../../store/index.ts';
import type { AppContext } from '../context.ts';
import { daySchema, monthSchema } from './kpi-common.ts';

const figures = {
  conversations: z.number(),
  scored: z.number(),
  meanScore: z.number().nullable(),
  hitsPer100: z.number(),
  appealsFiled: z.number(),
  appealsUpheld: z.number(),
  upheldRate: z.number().nullable(),
  complaints: z.number(),
  complaintsResponsible: z.number(),
};
const ruleCount = z.object({ ruleId: z.string(), hits: z.number(), per100: z.number() });
const namesSchema = z.object({
  agents: z.record(z.string(), z.string()),
  teams: z.record(z.string(), z.string()),
  vendors: z.record(z.string(), z.string()),
  rules: z.record(z.string(), z.string()),
});
const scopeQuery = {
  vendorId: z.string().min(1).optional(),
  teamId: z.string().min(1).optional(),
  agentId: z.string().min(1).optional(),
};
const monthlyQuery = z.object({ month: monthSchema, ...scopeQuery });
const monthlySchema = z.object({
  month: z.string(),
  from: z.string(),
  to: z.string(),
  title: z.object({
    vendorId: z.string().nullable(),
    vendorName: z.string().nullable(),
    teamId: z.string().nullable(),
    teamName: z.string().nullable(),
  }),
  summary: z.object({ ...figures, agents: z.number(), topRules: z.array(ruleCount) }),
  daily: z.array(
    z.object({
      day: z.string(),
      conversations: z.number(),
      meanScore: z.number().nullable(),
      hitsPer100: z.number(),
    }),
  ),
  teams: z.array(
    z.object({ teamId: z.string(), agents: z.number(), ...figures, topRules: z.array(ruleCount) }),
  ),
  agents: z.array(
    z.object({ agentId: z.string(), teamId: z.string(), ...figures, topRules: z.array(ruleCount) }),
  ),
  appeals: z.object({
    filed: z.number(),
    open: z.number(),
    upheld: z.number(),
    rejected: z.number(),
    byRule: z.array(z.object({ rule: z.string(), filed: z.number(), upheld: z.number() })),
  }),
  complaints: z.object({
    total: z.number(),
    responsible: z.number(),
    notResponsible: z.number(),
    pending: z.number(),
    bySeverity: z.object({ minor: z.number(), general: z.number(), severe: z.number() }),
  }),
  names: namesSchema,
  generatedAt: z.string(),
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(reply: FastifyReply, type: string, name: string, bytes: Buffer) {
  return reply
    .type(type)
    .header(
      'content-disposition',
      `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(bytes);
}

/** Longest trend range: two years of weeks stay readable on one chart. */
const MAX_TREND_DAYS = 731;

export function reportRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/reports/trends',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: ['reports'],
          summary:
            'Trends per agent, team, vendor or overall by week or month (QA score, hits per 100 calls, top rules, appeals upheld, complaints) and the rule trend, in the caller’s scope',
          querystring: z.object({
            from: daySchema.optional(),
            to: daySchema.optional(),
            granularity: z.enum(GRANULARITIES).default('month'),
            groupBy: z.enum(GROUP_BYS).default('team'),
            ...scopeQuery,
          }),
          response: {
            200: z.object({
              periods: z.array(z.string()),
              series: z.array(
                z.object({
                  key: z.string(),
                  points: z.array(z.object({ period: z.string(), ...figures, topRules: z.array(ruleCount) })),
                }),
              ),
              rules: z.array(
                z.object({
                  ruleId: z.string(),
                  hits: z.number(),
                  points: z.array(z.object({ period: z.string(), hits: z.number(), per100: z.number() })),
                }),
              ),
              names: namesSchema,
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'reports.read');
        const tz = ctx.settings.timeZone;
        const to = req.query.to ?? localDateText(ctx.now(), tz);
        const from = req.query.from ?? `${addMonths(monthOf(to), -5)}-01`;
        const span = daysBetween(parseLocalDate(from), parseLocalDate(to));
        if (span < 0) throw new AppError('BAD_INPUT', 'from must not be after to', { field: 'from' });
        if (span > MAX_TREND_DAYS)
          throw new AppError('BAD_INPUT', `At most ${MAX_TREND_DAYS} days per trend`, { field: 'from' });
        return trendReport(ctx.store, p, { ...req.query, from, to }, tz);
      },
    );

    app.get(
      '/reports/monthly',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: ['reports'],
          summary:
            'The monthly QA report of a vendor or team (figures, daily trend, per team, per agent, top rules, appeals, complaints) in the caller’s scope',
          querystring: monthlyQuery,
          response: { 200: monthlySchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'reports.read');
        return monthlyReportFor(ctx.store, p, req.query, ctx.now(), ctx.settings.timeZone);
      },
    );

    app.get(
      '/reports/monthly/export.xlsx',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: ['reports'],
          summary:
            'The monthly QA report as an XLSX workbook (summary, daily trend, teams, agents, rules, appeals, complaints)',
          querystring: monthlyQuery,
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'reports.read');
        const v = await monthlyReportFor(ctx.store, p, req.query, ctx.now(), ctx.settings.timeZone);
        const who = [req.query.vendorId, req.query.teamId, req.query.agentId].filter(Boolean).join('-');
        const name = `qa-report-${who ? `${who}-` : ''}${req.query.month}.xlsx`;
        return attachment(reply, XLSX, name, await monthlyReportXlsx(v, ctx.settings.timeZone));
      },
    );

    app.get(
      '/reports/monthly/print',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: ['reports'],
          summary: 'The monthly QA report as a printable HTML page (A4, charts as inline SVG; print to PDF)',
          querystring: monthlyQuery,
        },
      },
      async (req, reply) => {
        const p = await requireAction(ctx, req, 'reports.read');
        const v = await monthlyReportFor(ctx.store, p, req.query, ctx.now(), ctx.settings.timeZone);
        return reply
          .type('text/html; charset=utf-8')
          .header(
            'content-security-policy',
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
          )
          .send(monthlyReportHtml(v, ctx.settings.timeZone));
      },
    );

    const listRoute = (
      url: string,
      action: Action,
      what: string,
      build: (store: Store, p: Principal, tz: string) => Promise<ListExport>,
    ) =>
      app.get(
        url,
        {
          config: { action },
          schema: {
            tags: ['coaching'],
            summary: `${what} in the caller’s scope as an XLSX or CSV (UTF-8 with BOM) file`,
            querystring: z.object({ format: z.enum(EXPORT_FORMATS).default('xlsx') }),
          },
        },
        async (req, reply) => {
          const p = await requireAction(ctx, req, action);
          const file = await listFile(await build(ctx.store, p, ctx.settings.timeZone), req.query.format);
          return attachment(reply, file.type, file.fileName, file.bytes);
        },
      );
    listRoute('/coaching/cases/export', 'coaching.cases.read', 'The case library', casesExport);
    listRoute('/coaching/sessions/export', 'coaching.training.read', 'Training sessions', sessionsExport);
    listRoute('/coaching/plans/export', 'coaching.stages.read', 'Coaching plans', plansExport);
    listRoute('/ideas/export', 'ideas.read', 'Ideas (金点子)', ideasExport);
    done();
  };
}
