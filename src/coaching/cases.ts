// Case libraries (seed 004 "设置优秀、问题及对比录音案例库 … 服务感动客户、客户感动客服"): QA adds a whole conversation or an
// excerpt (turn range) with the hits inside it and the reviewer's note; the case is tagged with the rules hit and
// the rule-pack version that found them, and is searchable. Agents study cases with personal numbers masked and the
// agent anonymised, unless it is a praise case the agent agreed to share (consent asked by QA, answered by the agent).
import { randomUUID } from 'node:crypto';
import { inScope, type Principal } from '../core/auth/roles.ts';
import { suggestCandidates, type Candidate } from '../core/coaching/index.ts';
import { AppError } from '../core/errors/app-error.ts';
import { maskPersonalNumbers } from '../core/privacy/mask.ts';
import {
  appendAudit,
  ensureCaseCategories,
  getCase,
  getCaseCategory,
  getConversation,
  insertCase,
  listCases,
  updateCase,
  type CaseCategoryRow,
  type CoachingCaseRow,
  type Store,
} from '../store/index.ts';
import { candidateInputs } from './candidate-inputs.ts';

export interface NewCase {
  conversationId: string;
  categoryId: string;
  turnFrom?: number | undefined;
  turnTo?: number | undefined;
  title: string;
  note: string;
}

export async function addCase(store: Store, p: Principal, b: NewCase, now: Date): Promise<CoachingCaseRow> {
  await ensureCaseCategories(store);
  const category = await getCaseCategory(store, b.categoryId);
  if (!category || !category.active)
    throw new AppError('BAD_INPUT', `Unknown case category ${b.categoryId}`, { field: 'categoryId' });
  const found = await getConversation(store, b.conversationId);
  if (!found || !inScope(p, found.conversation))
    throw new AppError('NOT_FOUND', `Conversation ${b.conversationId} not found`);
  const c = found.conversation;
  const turns = c.body.turns;
  const from = b.turnFrom ?? 0;
  const to = b.turnTo ?? turns.length - 1;
  if (from < 0 || to >= turns.length || from > to)
    throw new AppError(
      'BAD_INPUT',
      `Turn range ${from}–${to} is outside the conversation's ${turns.length} turns`,
      {
        field: 'turnFrom',
      },
    );
  const hits = (found.result?.hits ?? [])
    .map((h) => ({
      ruleId: h.rule,
      turn: Number(h['turn'] ?? -1),
      text: typeof h['text'] === 'string' ? h['text'] : '',
    }))
    .filter((h) => h.turn >= from && h.turn <= to);
  const ruleIds = [...new Set(hits.map((h) => h.ruleId))].sort();
  const excerpt = turns
    .slice(from, to + 1)
    .map((t) => t.text)
    .join('\n');
  const whole = b.turnFrom === undefined && b.turnTo === undefined;
  return store.db.transaction(async (db) => {
    const created = await insertCase(
      { db },
      {
        id: `case-${randomUUID()}`,
        categoryId: category.id,
        conversationId: c.id,
        conversationVersion: c.version,
        agentId: c.agentId,
        teamId: c.teamId,
        vendorId: c.vendorId,
        turnFrom: whole ? null : from,
        turnTo: whole ? null : to,
        title: b.title,
        note: b.note,
        hits,
        ruleIds,
        packVersions: found.result ? [`${found.result.packId}@${found.result.packVersion}`] : [],
        // The masked excerpt is searched, so a number search cannot find what a reader may not see.
        searchText: [b.title, b.note, ...ruleIds, maskPersonalNumbers(excerpt)].join('\n').toLowerCase(),
        consent: category.praise ? 'asked' : 'not_asked',
        createdByUserId: p.id,
        createdAt: now,
      },
    );
    await appendAudit(
      { db },
      {
        actorUserId: p.id,
        action: 'case.create',
        entity: 'coaching_case',
        entityId: created.id,
        after: created,
      },
    );
    return created;
  });
}

/** The agent answers the consent question of a praise case about them (seed 004: praise is shared, by choice). */
export async function answerConsent(
  store: Store,
  p: Principal,
  id: string,
  agree: boolean,
): Promise<CoachingCaseRow> {
  return store.db.transaction(async (db) => {
    const before = await getCase({ db }, id);
    if (!before || p.agentId === null || before.agentId !== p.agentId)
      throw new AppError('NOT_FOUND', `Case ${id} not found`);
    if (before.consent === 'not_asked')
      throw new AppError('CONFLICT', 'Only praise cases ask to name the agent');
    const after = await updateCase({ db }, id, { consent: agree ? 'agreed' : 'declined' });
    await appendAudit(
      { db },
      { actorUserId: p.id, action: 'case.consent', entity: 'coaching_case', entityId: id, before, after },
    );
    return after;
  });
}

export interface StudyCase {
  id: string;
  categoryId: string;
  title: string;
  note: string;
  /** Shown only for a praise case the agent agreed to share, or to the agent themselves. */
  agentName: string | null;
  turns: { index: number; role: string; text: string }[];
  hits: { ruleId: string; turn: number; text: string }[];
  ruleIds: string[];
  /** The consent question of a praise case, shown only to the agent it is about (who answers it); null otherwise. */
  consent: 'asked' | 'agreed' | 'declined' | null;
}

/**
 * A case as an agent studies it: the excerpt's turns with personal numbers masked (whatever the reader's role:
 * a study copy leaves the QA context) and the agent anonymised unless they agreed to share a praise case.
 */
export async function studyCase(
  store: Store,
  p: Principal,
  row: CoachingCaseRow,
  categories: readonly CaseCategoryRow[],
  agentNames: ReadonlyMap<string, string>,
): Promise<StudyCase> {
  const found = await getConversation(store, row.conversationId, row.conversationVersion);
  const turns = found?.conversation.body.turns ?? [];
  const from = row.turnFrom ?? 0;
  const to = row.turnTo ?? turns.length - 1;
  const praise = categories.find((c) => c.id === row.categoryId)?.praise ?? false;
  const named = (praise && row.consent === 'agreed') || (p.agentId !== null && p.agentId === row.agentId);
  return {
    id: row.id,
    categoryId: row.categoryId,
    title: row.title,
    note: row.note,
    agentName: named && row.agentId ? (agentNames.get(row.agentId) ?? row.agentId) : null,
    turns: turns
      .slice(from, to + 1)
      .map((t, i) => ({ index: from + i, role: t.role, text: maskPersonalNumbers(t.text) })),
    hits: row.hits.map((h) => ({ ...h, text: maskPersonalNumbers(h.text) })),
    ruleIds: row.ruleIds,
    consent:
      p.agentId !== null && p.agentId === row.agentId && row.consent !== 'not_asked' ? row.consent : null,
  };
}

export async function loadCase(store: Store, p: Principal, id: string): Promise<CoachingCaseRow> {
  const row = await getCase(store, id);
  if (!row || !inScope(p, row)) throw new AppError('NOT_FOUND', `Case ${id} not found`);
  return row;
}

/** Suggestions for the libraries from the latest scored conversations of the last `days` days. */
export async function caseCandidates(
  store: Store,
  p: Principal,
  now: Date,
  days: number,
): Promise<Candidate[]> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const inputs = await candidateInputs(store, p, since);
  const taken = new Set((await listCases(store, { limit: 5000 })).map((c) => c.conversationId));
  return suggestCandidates(inputs, taken);
}
