// Overview aggregates and the rule-browsing endpoints of the web workspace:
// GET /api/dashboard/overview   top violated rules and results per team, vendor and agent, in the caller's scope;
// GET /api/rules/published      the published pack's rules (name, category, deduction, seed citation, operators);
// POST /api/check               a conversation v1 checked with the published pack, nothing stored ("try a call").
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { parseConversation } from '../../core/conversation/schema.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { evaluate } from '../../core/rules/index.ts';
import type { CompiledPack, CompiledRule } from '../../core/rules/index.ts';
import type { RuleNode } from '../../core/rules/types.ts';
import { publishedPack } from '../../qa/packs.ts';
import { listAgents, listTeams, listVendors } from '../../store/index.ts';
import { topRules, totalsByAll } from '../../store/repo/dashboard.ts';
import type { GroupTotals } from '../../store/repo/dashboard.ts';
import { planOverview } from '../../store/repo/overview-rollup.ts';
import type { AppContext } from '../context.ts';
import { listQuerySchema, scopedFilter } from './conversations.ts';
import { hitSchema, scorePartSchema } from './result-schemas.ts';

const DAY_MS = 86_400_000;
const TOP_RULES = 10;

const groupSchema = z.object({
  id: z.string().nullable(),
  name: z.string().nullable(),
  total: z.number(),
  scored: z.number(),
  avgScore: z.number().nullable(),
  fatal: z.number(),
});

const ruleSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  item: z.string().nullable(),
  deduction: z.number(),
  count: z.enum(['each', 'once']),
  flag: z.boolean(),
  channels: z.array(z.enum(['voice', 'chat'])).nullable(),
  seed: z.string(),
  suggestion: z.string().nullable(),
  operators: z.array(z.string()),
});

/** Operators used anywhere in a rule's condition tree, in order of first use. */
export function ruleOperators(node: RuleNode, out: string[] = []): string[] {
  switch (node.kind) {
    case 'all':
    case 'any':
      for (const c of node.children) ruleOperators(c, out);
      break;
    case 'not':
      ruleOperators(node.child, out);
      break;
    case 'condition':
      if (!out.includes(node.op)) out.push(node.op);
      break;
  }
  return out;
}

function presentRule(r: CompiledRule): z.infer<typeof ruleSchema> {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    category: r.category,
    item: r.item ?? null,
    deduction: r.deduction,
    count: r.count,
    flag: r.flag,
    channels: r.channels ? [...r.channels] : null,
    seed: r.seed,
    suggestion: r.suggestion ?? null,
    operators: ruleOperators(r.tree),
  };
}

async function requirePack(ctx: AppContext): Promise<CompiledPack> {
  const pack = await publishedPack(ctx.store);
  if (!pack) throw new AppError('NOT_FOUND', 'No rule pack is published');
  return pack;
}

function named(rows: readonly GroupTotals[], names: ReadonlyMap<string, string>) {
  return rows.map((r) => ({ ...r, name: r.id === null ? null : (names.get(r.id) ?? null) }));
}

export function dashboardRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/dashboard/overview',
      {
        config: { action: 'dashboard.read' },
        schema: {
          tags: ['stats'],
          summary:
            'Top violated rules and results per team, vendor and agent for the list filters (default: last 30 days)',
          querystring: listQuerySchema.omit({ page: true, pageSize: true }),
          response: {
            200: z.object({
              from: z.string(),
              to: z.string(),
              calls: z.number().describe('conversations of the filters: the base of hits per 100 calls'),
              topRules: z.array(
                z.object({
                  rule: z.string(),
                  name: z.string().nullable(),
                  category: z.string().nullable(),
                  hits: z.number(),
                  conversations: z.number(),
                  deduction: z.number(),
                }),
              ),
              teams: z.array(groupSchema.extend({ vendorId: z.string().nullable() })),
              vendors: z.array(groupSchema),
              agents: z.array(groupSchema.extend({ teamId: z.string().nullable() })),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'dashboard.read');
        const to = req.query.to ? new Date(req.query.to) : ctx.now();
        const from = req.query.from ? new Date(req.query.from) : new Date(to.getTime() - 30 * DAY_MS);
        const filter = { ...scopedFilter(p, { ...req.query, page: 1, pageSize: 1 }), from, to };
        // Whole days of the period come from the per-day tallies (rebuilt first where a write marked them).
        const plan = await planOverview(ctx.store, filter);
        const [rules, totals, pack, teams, vendors, agents] = await Promise.all([
          topRules(ctx.store, filter, TOP_RULES, plan),
          totalsByAll(ctx.store, filter, plan),
          publishedPack(ctx.store),
          listTeams(ctx.store),
          listVendors(ctx.store),
          listAgents(ctx.store),
        ]);
        const { team: byTeam, vendor: byVendor, agent: byAgent, calls } = totals;
        const ruleById = new Map((pack?.rules ?? []).map((r) => [r.id, r]));
        const teamVendor = new Map(teams.map((t) => [t.id, t.vendorId]));
        const agentTeam = new Map(agents.map((a) => [a.id, a.teamId]));
        return {
          from: from.toISOString(),
          to: to.toISOString(),
          calls,
          topRules: rules.map((r) => ({
            ...r,
            name: ruleById.get(r.rule)?.name ?? null,
            category: ruleById.get(r.rule)?.category ?? null,
          })),
          teams: named(byTeam, new Map(teams.map((t) => [t.id, t.name]))).map((t) => ({
            ...t,
            vendorId: t.id === null ? null : (teamVendor.get(t.id) ?? null),
          })),
          vendors: named(byVendor, new Map(vendors.map((v) => [v.id, v.name]))),
          agents: named(byAgent, new Map(agents.map((a) => [a.id, a.name]))).map((a) => ({
            ...a,
            teamId: a.id === null ? null : (agentTeam.get(a.id) ?? null),
          })),
        };
      },
    );

    app.get(
      '/rules/published',
      {
        config: { action: 'packs.read' },
        schema: {
          tags: ['rules'],
          summary: 'The published rule pack: scorecard categories and every rule with its seed citation',
          response: {
            200: z.object({
              pack: z.object({ id: z.string(), version: z.string(), description: z.string() }),
              categories: z.array(z.object({ id: z.string(), name: z.string(), max: z.number() })),
              items: z.array(
                z.object({
                  id: z.string(),
                  name: z.string(),
                  category: z.string(),
                  deduction: z.number(),
                  judged: z.enum(['machine', 'manual']),
                  fatal: z.boolean(),
                  seed: z.string(),
                }),
              ),
              rules: z.array(ruleSchema),
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'packs.read');
        const pack = await requirePack(ctx);
        const cats = pack.scorecard.categories;
        return {
          pack: { id: pack.id, version: pack.version, description: pack.description },
          categories: (['professional', 'attitude', 'language'] as const).map((id) => ({
            id,
            name: cats[id].name,
            max: cats[id].max,
          })),
          items: pack.scorecard.items.map((i) => ({
            id: i.id,
            name: i.name,
            category: i.category,
            deduction: i.deduction,
            judged: i.judged,
            fatal: i.fatal,
            seed: i.seed,
          })),
          rules: pack.rules.map(presentRule),
        };
      },
    );

    app.post(
      '/check',
      {
        config: { action: 'rules.check' },
        schema: {
          tags: ['rules'],
          summary: 'Check one conversation v1 with the published pack (nothing is stored)',
          // the body is parsed by parseConversation below, which reports every bad field with its path
          body: z.unknown(),
          response: {
            200: z.object({
              id: z.string(),
              pack: z.object({ id: z.string(), version: z.string() }),
              score: z.object({ total: z.number(), categories: z.record(z.string(), z.number()) }),
              fatal: z.boolean(),
              machine: scorePartSchema,
              hits: z.array(hitSchema),
              pending: z.array(z.string()),
              notApplicable: z.array(z.string()),
            }),
          },
        },
      },
      async (req) => {
        await requireAction(ctx, req, 'rules.check');
        const parsed = parseConversation(req.body, 1);
        if (!parsed.ok)
          throw new AppError('BAD_INPUT', 'Not a valid conversation v1', { errors: parsed.errors });
        const pack = await requirePack(ctx);
        const r = evaluate(pack, parsed.conversation);
        return {
          id: r.id,
          pack: r.pack,
          score: r.score,
          fatal: r.fatal,
          machine: r.machine,
          hits: [...r.hits],
          pending: [...r.pending],
          notApplicable: [...r.notApplicable],
        };
      },
    );
    done();
  };
}
