// GET /api/conversations (filtered, scoped list) and GET /api/conversations/:id (transcript + latest result).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAction } from '../../auth/sessions.ts';
import { dataScope, inScope, seesPersonalNumbers, type Principal } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { resolveConversationId } from '../../auth/masked-ids.ts';
import {
  countConversationsUpTo,
  getConversation,
  listConversations,
  nextListCursor,
} from '../../store/index.ts';
import { decodeListCursor, encodeListCursor } from '../list-cursor.ts';
import { REVIEW_STATES } from '../../store/repo/conversation-filter.ts';
import type { AppContext } from '../context.ts';
import { orgNames } from './org-names.ts';
import { revisionLabel } from '../../qa/packs.ts';
import { declared } from '../declared.ts';
import { categoryScoresSchema, conversationBodySchema, hitSchema, storedHits } from './result-schemas.ts';

const isoWithZone = z.iso.datetime({ offset: true });

/** The list's total is counted up to this many conversations (500 pages of 20); `totalExact` says when it is. */
export const LIST_TOTAL_CAP = 10_000;
/**
 * With a text search, up to this many: a word of one or two characters has no trigram for the index to narrow, so
 * its count reads the search text of every row until the cap (at a million calls, 10,000 matches of a common word
 * were a third of the table).
 */
export const SEARCH_TOTAL_CAP = 1_000;

export const listQuerySchema = z.object({
  from: isoWithZone.optional(),
  to: isoWithZone.optional(),
  agentId: z.string().optional(),
  teamId: z.string().optional(),
  vendorId: z.string().optional(),
  channel: z.enum(['voice', 'chat']).optional(),
  q: z
    .string()
    .max(200)
    .optional()
    .describe(
      'text of the turns, tolerant: traditional or simplified, full or half width, spaces and punctuation ignored',
    ),
  id: z
    .string()
    .max(200)
    .optional()
    .describe('conversation id: its beginning, or the whole id for roles that see personal numbers masked'),
  caller: z
    .string()
    .max(40)
    .optional()
    .describe('caller number; roles that see masked numbers find only the whole number, never a part of it'),
  reviewState: z.enum(REVIEW_STATES).optional(),
  rule: z.string().optional(),
  minScore: z.coerce.number().optional(),
  maxScore: z.coerce.number().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  after: z
    .string()
    .max(200)
    .optional()
    .describe(
      'the nextCursor of the previous answer: the page after it, at the same cost however deep (page is then ignored)',
    ),
});

const listItemSchema = z.object({
  id: z.string(),
  version: z.number(),
  channel: z.enum(['voice', 'chat']),
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  startedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  turnCount: z.number(),
  score: z.number().nullable(),
  fatal: z.boolean().nullable(),
  rules: z.array(z.string()).nullable(),
  hitCount: z.number().nullable(),
  reviewState: z.enum(REVIEW_STATES),
  callerNumber: z.string().nullable().describe('masked for roles that do not see personal numbers'),
});

const detailSchema = z.object({
  conversation: conversationBodySchema,
  version: z.number(),
  agentName: z.string().nullable(),
  teamName: z.string().nullable(),
  result: z
    .object({
      packId: z.string(),
      packVersion: z.string().describe('the pack revision, e.g. 2.11.7'),
      scoredAt: z.string(),
      machineScore: z.number().describe('the machine checks alone'),
      score: z
        .object({ total: z.number(), categories: categoryScoresSchema })
        .describe('the final score once a review is finalized, the machine’s until then'),
      fatal: z.boolean(),
      signals: z.object({
        satisfaction: z
          .number()
          .nullable()
          .describe('predicted customer satisfaction, −2 … 2 (null for results saved before it existed)'),
      }),
      hits: z.array(hitSchema),
    })
    .nullable()
    .describe('the latest result; null before scoring'),
});

/** Narrow a requested filter by the caller's scope: a requested id outside the scope yields nothing. */
export function scopedFilter(p: Principal, q: z.infer<typeof listQuerySchema>) {
  const s = dataScope(p);
  const narrow = (scope: readonly string[] | undefined, wanted: string | undefined) =>
    wanted === undefined ? scope : scope === undefined || scope.includes(wanted) ? [wanted] : [];
  return {
    agentIds: narrow(s.agentIds, q.agentId),
    teamIds: narrow(s.teamIds, q.teamId),
    vendorIds: narrow(s.vendorIds, q.vendorId),
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    channel: q.channel,
    fuzzy: q.q,
    textMasked: !seesPersonalNumbers(p.role),
    id: q.id?.trim(),
    // Ids can carry a phone number (c-13812345678): a role shown it masked finds an id only whole, like a caller.
    idPrefix: seesPersonalNumbers(p.role),
    caller: q.caller,
    callerExact: !seesPersonalNumbers(p.role),
    reviewState: q.reviewState,
    rule: q.rule,
    minScore: q.minScore,
    maxScore: q.maxScore,
  };
}

export function conversationRoutes(ctx: AppContext): FastifyPluginCallbackZod {
  return (app, _opts, done) => {
    app.get(
      '/conversations',
      {
        config: { action: 'conversations.read' },
        schema: {
          tags: ['conversations'],
          summary: 'Conversations in the caller’s scope, newest first, with their latest score',
          querystring: listQuerySchema,
          response: {
            200: z.object({
              items: z.array(listItemSchema),
              total: z
                .number()
                .describe(
                  `conversations matching, counted up to ${LIST_TOTAL_CAP} (${SEARCH_TOTAL_CAP} with a text search q): see totalExact`,
                ),
              totalExact: z
                .boolean()
                .describe('false when more match than were counted (total is then the cap)'),
              nextCursor: z
                .string()
                .nullable()
                .describe(
                  'pass as `after` for the next page (same filters and pageSize); null on the last page',
                ),
            }),
          },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'conversations.read');
        const filter = scopedFilter(p, req.query);
        const after = req.query.after === undefined ? undefined : decodeListCursor(req.query.after);
        const [rows, total, names] = await Promise.all([
          listConversations(ctx.store, {
            ...filter,
            limit: req.query.pageSize,
            offset: (req.query.page - 1) * req.query.pageSize,
            after,
          }),
          countConversationsUpTo(
            ctx.store,
            filter,
            filter.fuzzy === undefined || filter.fuzzy === '' ? LIST_TOTAL_CAP : SEARCH_TOTAL_CAP,
          ),
          orgNames(ctx.store),
        ]);
        const next = nextListCursor(rows, req.query.pageSize, after);
        return {
          total: total.n,
          totalExact: total.exact,
          nextCursor: next === null ? null : encodeListCursor(next),
          items: rows.map((r) => ({
            id: r.id,
            version: r.version,
            channel: r.channel,
            agentId: r.agentId,
            agentName: r.agentId ? (names.agents.get(r.agentId) ?? null) : null,
            teamId: r.teamId,
            teamName: r.teamId ? (names.teams.get(r.teamId) ?? null) : null,
            startedAt: r.startedAt ? r.startedAt.toISOString() : null,
            durationMs: r.durationMs,
            turnCount: r.turnCount,
            score: r.result?.total ?? null,
            fatal: r.result?.fatal ?? null,
            rules: r.result?.ruleIds ?? null,
            hitCount: r.result?.hitCount ?? null,
            reviewState: r.reviewState,
            callerNumber: r.callerNumber,
          })),
        };
      },
    );

    app.get(
      '/conversations/:id',
      {
        config: { action: 'conversations.read' },
        schema: {
          tags: ['conversations'],
          summary:
            'One conversation (latest version) with its latest result: hits with evidence, score breakdown',
          params: z.object({ id: z.string().min(1) }),
          response: { 200: detailSchema },
        },
      },
      async (req) => {
        const p = await requireAction(ctx, req, 'conversations.read');
        const found = await getConversation(
          ctx.store,
          await resolveConversationId(ctx.store, p, req.params.id),
        );
        // Out of scope answers like a missing id, so ids of other agents' calls cannot be probed.
        if (!found || !inScope(p, found.conversation)) {
          throw new AppError('NOT_FOUND', `Conversation ${req.params.id} not found`);
        }
        const names = await orgNames(ctx.store);
        const c = found.conversation;
        const r = found.result;
        return declared(detailSchema, {
          // Masked for roles that see masks by the response hook (src/http/mask-response.ts), like every field.
          conversation: c.body,
          version: c.version,
          agentName: c.agentId ? (names.agents.get(c.agentId) ?? null) : null,
          teamName: c.teamId ? (names.teams.get(c.teamId) ?? null) : null,
          result: r && {
            packId: r.packId,
            packVersion: revisionLabel(r.packVersion),
            scoredAt: r.scoredAt.toISOString(),
            machineScore: r.machineScore,
            score: { total: r.total, categories: r.categories },
            fatal: r.fatal,
            signals: { satisfaction: r.satisfaction },
            hits: storedHits(r.hits),
          },
        });
      },
    );
    done();
  };
}
