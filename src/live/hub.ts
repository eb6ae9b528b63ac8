// The live calls of one process: calls in progress held in memory (their final turns, the hits already reported),
// every final segment, event, hit and alert written to the database first, so a restart or another process picks
// a call up from its rows (docs/product.md "Integration endpoints"; seed 004 asks leaders to step in while a complaint forms).
// Segments of one call are handled in arrival order (a promise chain per call).
import { liveAlertsRaised, liveCalls, liveCheckDuration, liveSegments } from '../ops/metrics.ts';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/roles.ts';
import type { Conversation, ConversationEvent, Role, Turn } from '../core/conversation/schema.ts';
import { AppError } from '../core/errors/app-error.ts';
import { alertRecipients, alertRuleFor, type AlertRule } from '../core/live/alerts.ts';
import { checkLive, liveHitKey } from '../core/rules/live.ts';
import type { CompiledPack, Hit } from '../core/rules/index.ts';
import { emitEvent } from '../notify/events.ts';
import { publishedPack } from '../qa/packs.ts';
import {
  getAgentScope,
  getLiveCall,
  insertLiveAlerts,
  insertLiveCall,
  insertLiveHits,
  insertLiveSegment,
  liveHitsOf,
  liveSegmentsOf,
  setLiveCallEvents,
  type LiveAlertRow,
  type Store,
} from '../store/index.ts';
import { loadAlertRules } from './alert-rules.ts';
import type { LiveBus } from './bus.ts';
import type { AlertData, LiveMessage, Placement } from './messages.ts';

export interface CallState {
  readonly callId: string;
  readonly agentId: string;
  readonly teamId: string | null;
  readonly vendorId: string | null;
  readonly startedAt: Date;
  readonly turns: Turn[];
  events: ConversationEvent[];
  readonly reported: Set<string>;
  chain: Promise<unknown>;
}

export interface SegmentInput {
  role: Role;
  text: string;
  startMs?: number | undefined;
  endMs?: number | undefined;
  final: boolean;
  confidence?: number | undefined;
}

const PACK_REFRESH_MS = 2000;
/** A line on the bus is for the wall, which shows the latest words: NOTIFY payloads stay far below 8000 bytes. */
const LINE_CHARS = 500;

export function alertData(a: LiveAlertRow): AlertData {
  return {
    id: a.id,
    callId: a.callId,
    agentId: a.agentId,
    rule: a.rule,
    text: a.text,
    turn: a.turn,
    at: a.at.toISOString(),
    severity: a.severity,
    state: a.state,
    escalated: a.escalatedAt !== null,
  };
}

export class LiveHub {
  private readonly calls = new Map<string, CallState>();
  private pack: { value: CompiledPack | undefined; readAt: number } | undefined;
  private rules: { value: AlertRule[]; readAt: number } | undefined;

  constructor(
    readonly store: Store,
    readonly bus: LiveBus,
    private readonly now: () => Date,
  ) {}

  /** Calls held by this process (for the memory figure of the benchmark and for tests). */
  get size(): number {
    return this.calls.size;
  }

  private async currentPack(): Promise<CompiledPack> {
    const t = performance.now();
    if (!this.pack || t - this.pack.readAt > PACK_REFRESH_MS)
      this.pack = { value: await publishedPack(this.store), readAt: t };
    if (!this.pack.value) throw new AppError('UNAVAILABLE', 'no published rule pack');
    return this.pack.value;
  }

  private async alertRules(): Promise<AlertRule[]> {
    const t = performance.now();
    if (!this.rules || t - this.rules.readAt > PACK_REFRESH_MS)
      this.rules = { value: await loadAlertRules(this.store, this.now()), readAt: t };
    return this.rules.value;
  }

  /** After the alert rules changed in this process: read them again at the next hit. */
  forgetRules(): void {
    this.rules = undefined;
  }

  async open(
    p: Principal,
    body: { callId: string; agentId: string; number?: string | undefined; startedAt?: string | undefined },
  ): Promise<{ created: boolean }> {
    const agent = await getAgentScope(this.store, body.agentId);
    if (!agent) throw new AppError('BAD_INPUT', `unknown agent ${body.agentId}`);
    const startedAt = body.startedAt === undefined ? this.now() : new Date(body.startedAt);
    const created = await insertLiveCall(this.store, {
      callId: body.callId,
      agentId: agent.agentId,
      teamId: agent.teamId,
      vendorId: agent.vendorId,
      number: body.number ?? null,
      startedAt,
    });
    if (!created) {
      const existing = await getLiveCall(this.store, body.callId);
      if (existing?.agentId !== body.agentId || existing.state !== 'live')
        throw new AppError('CONFLICT', `call ${body.callId} exists`);
      return { created: false };
    }
    const state: CallState = {
      callId: body.callId,
      agentId: agent.agentId,
      teamId: agent.teamId,
      vendorId: agent.vendorId,
      startedAt,
      turns: [],
      events: [],
      reported: new Set(),
      chain: Promise.resolve(),
    };
    this.calls.set(body.callId, state);
    liveCalls.inc({ event: 'opened' });
    void p;
    await this.bus.publish({ type: 'call', callId: body.callId, state: 'live', to: placement(state, []) });
    return { created: true };
  }

  /** The call's state, from memory or rebuilt from its rows (after a restart, or opened by another process). */
  async state(callId: string): Promise<CallState> {
    const held = this.calls.get(callId);
    if (held) return held;
    const row = await getLiveCall(this.store, callId);
    if (!row) throw new AppError('NOT_FOUND', `no live call ${callId}`);
    if (row.state !== 'live') throw new AppError('CONFLICT', `call ${callId} has ended`);
    const state: CallState = {
      callId,
      agentId: row.agentId,
      teamId: row.teamId,
      vendorId: row.vendorId,
      startedAt: row.startedAt,
      turns: [],
      events: row.events as ConversationEvent[],
      reported: new Set(),
      chain: Promise.resolve(),
    };
    await this.refresh(state);
    if (!this.calls.has(callId)) this.calls.set(callId, state);
    return this.calls.get(callId)!;
  }

  /**
   * Re-reads the call's turns, hits and events from its rows. Needed when another process took segments of the
   * same call (a load balancer without stickiness, or a restart while this process still held it): the rows are
   * the truth, memory is a cache.
   */
  async refresh(s: CallState): Promise<void> {
    const [row, segments, hits] = await Promise.all([
      getLiveCall(this.store, s.callId),
      liveSegmentsOf(this.store, s.callId),
      liveHitsOf(this.store, s.callId),
    ]);
    if (!row || row.state !== 'live') {
      this.calls.delete(s.callId);
      throw new AppError('CONFLICT', `call ${s.callId} has ended`);
    }
    s.turns.splice(0, s.turns.length, ...segments.map((x) => turnOf(x)));
    s.reported.clear();
    for (const h of hits) s.reported.add(h.key);
    s.events = row.events as ConversationEvent[];
  }

  /** Runs `fn` after the call's earlier requests (segments of one call are checked in arrival order). */
  private async serial<T>(callId: string, fn: (s: CallState) => Promise<T>): Promise<T> {
    const s = await this.state(callId);
    const next = s.chain.then(() => fn(s));
    s.chain = next.catch(() => {});
    return next;
  }

  segment(callId: string, seg: SegmentInput): Promise<{ seq: number | null; alerts: AlertData[] }> {
    return this.serial(callId, async (s) => {
      const pack = await this.currentPack();
      const turn: Turn = {
        role: seg.role,
        text: seg.text,
        ...(seg.startMs === undefined ? {} : { startMs: seg.startMs }),
        ...(seg.endMs === undefined ? {} : { endMs: seg.endMs }),
        ...(seg.confidence === undefined ? {} : { meta: { confidence: seg.confidence } }),
      };
      const to = placement(s, []);
      liveSegments.inc({ final: String(seg.final) });
      if (!seg.final) {
        // A partial segment: provisional hits only (never alerted, never stored); the wall shows the words.
        await this.bus.publish({
          type: 'line',
          callId,
          seq: s.turns.length,
          role: seg.role,
          text: clip(seg.text),
          final: false,
          to,
        });
        return { seq: null, alerts: [] };
      }
      const at = this.now();
      const timer = liveCheckDuration.startTimer();
      const row = {
        callId,
        role: seg.role,
        text: seg.text,
        startMs: seg.startMs ?? null,
        endMs: seg.endMs ?? null,
        confidence: seg.confidence ?? null,
        receivedAt: at,
      };
      let seq = s.turns.length;
      if (!(await insertLiveSegment(this.store, { ...row, seq }))) {
        // Another process wrote this position: catch up from the rows, then take the next one.
        await this.refresh(s);
        seq = s.turns.length;
        if (!(await insertLiveSegment(this.store, { ...row, seq })))
          throw new AppError('CONFLICT', `call ${callId}: segments arrive through several processes at once`);
      }
      s.turns.push(turn);
      const { fresh } = checkLive(pack, conversationOf(s), false, s.reported);
      const alerts = fresh.length === 0 ? [] : await this.raise(s, fresh, at);
      for (const h of fresh) s.reported.add(liveHitKey(h));
      await this.bus.publish({
        type: 'line',
        callId,
        seq,
        role: seg.role,
        text: clip(seg.text),
        final: true,
        to,
      });
      timer();
      for (const a of alerts) liveAlertsRaised.inc({ severity: a.severity });
      return { seq, alerts };
    });
  }

  /** Stores the new hits and the alerts they raise (with inbox rows and webhook deliveries), then publishes. */
  private async raise(s: CallState, fresh: readonly Hit[], at: Date): Promise<AlertData[]> {
    const rules = await this.alertRules();
    const rows: LiveAlertRow[] = [];
    for (const h of fresh) {
      const r = alertRuleFor(rules, h.rule);
      if (!r) continue;
      rows.push({
        id: `la-${randomUUID()}`,
        callId: s.callId,
        agentId: s.agentId,
        teamId: s.teamId,
        vendorId: s.vendorId,
        alertRuleId: r.id,
        rule: h.rule,
        text: h.text || (s.turns[h.turn]?.text ?? '').slice(0, 200),
        turn: h.turn,
        severity: r.severity,
        audiences: [...r.audiences],
        at,
        state: 'open',
        handledByUserId: null,
        handledAt: null,
        reason: null,
        escalateAfterSeconds: r.escalateAfterSeconds,
        escalatedAt: null,
      });
    }
    await this.store.db.transaction(async (tx) => {
      await insertLiveHits(
        { db: tx },
        fresh.map((h) => ({
          callId: s.callId,
          key: liveHitKey(h),
          rule: h.rule,
          turn: h.turn,
          start: h.start,
          end: h.end,
          text: h.text,
          at,
        })),
      );
      await insertLiveAlerts({ db: tx }, rows);
      for (const a of rows)
        await emitEvent(
          { db: tx },
          {
            kind: 'live.alert',
            params: {
              alertId: a.id,
              callId: a.callId,
              agentId: a.agentId,
              rule: a.rule,
              text: a.text,
              severity: a.severity,
              // For the chat-robot presets (src/notify/presets.ts): the alert rule's name and the whole line.
              alertRule:
                (rules.find((r) => r.id === a.alertRuleId) as { name?: string } | undefined)?.name ??
                a.alertRuleId,
              line: s.turns[a.turn]?.text ?? a.text,
            },
            link: `/live?alert=${encodeURIComponent(a.id)}`,
            recipients: alertRecipients({ teamId: a.teamId, audiences: a.audiences }),
          },
          at,
        );
    });
    const out = rows.map(alertData);
    for (let i = 0; i < rows.length; i++)
      await this.bus.publish({ type: 'alert', alert: out[i]!, to: placement(s, rows[i]!.audiences) });
    return out;
  }

  event(callId: string, e: ConversationEvent): Promise<void> {
    return this.serial(callId, async (s) => {
      s.events = [...s.events, e];
      await setLiveCallEvents(this.store, callId, s.events);
    });
  }

  /** The call as conversation v1 (final turns and events so far). */
  conversation(s: CallState): Conversation {
    return conversationOf(s);
  }

  /** Forgets the call in this process (after it ended); its rows stay. */
  drop(callId: string): void {
    this.calls.delete(callId);
  }

  async publish(m: LiveMessage): Promise<void> {
    await this.bus.publish(m);
  }
}

function clip(text: string): string {
  return text.length > LINE_CHARS ? text.slice(text.length - LINE_CHARS) : text;
}

export function placement(
  s: { agentId: string; teamId: string | null; vendorId: string | null },
  audiences: readonly string[],
): Placement {
  return { agentId: s.agentId, teamId: s.teamId, vendorId: s.vendorId, audiences: [...audiences] };
}

function turnOf(s: {
  role: string;
  text: string;
  startMs: number | null;
  endMs: number | null;
  confidence: number | null;
}): Turn {
  return {
    role: s.role as Role,
    text: s.text,
    ...(s.startMs === null ? {} : { startMs: s.startMs }),
    ...(s.endMs === null ? {} : { endMs: s.endMs }),
    ...(s.confidence === null ? {} : { meta: { confidence: s.confidence } }),
  };
}

function conversationOf(s: CallState): Conversation {
  return {
    id: s.callId,
    channel: 'voice',
    agentId: s.agentId,
    startedAt: s.startedAt.toISOString(),
    turns: s.turns,
    ...(s.events.length === 0 ? {} : { events: s.events }),
  };
}
