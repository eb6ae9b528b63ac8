// The call at a glance, above the transcript: who talked when (one lane per speaker), where the call was silent,
// where both talked at once and where the customer was on hold, with totals. Segments are positioned by
// percentage of the call, so the strip fits any width; clicking a turn or a timed hit jumps to it.
import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import type { ConversationEvent, Turn } from '../../api/types.ts';
import { formatOffset } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import type { IndexedHit } from './HitDetails.tsx';
import { callTimeline } from './timeline.ts';
import type { CallState } from './timeline.ts';

const ROLE_COLOR: Record<Turn['role'], string> = {
  agent: '#4096ff',
  customer: '#73d13d',
  ivr: '#b37feb',
  system: '#bfbfbf',
};
const STATE_COLOR: Record<CallState, string> = { silence: '#d9d9d9', overlap: '#ff7a45', hold: '#ffc53d' };
const LANE_HEIGHT = 14;

interface Props {
  turns: readonly Turn[];
  events: readonly ConversationEvent[];
  hits: readonly IndexedHit[];
  onPickTurn: (turn: number) => void;
  onPickHit: (index: number) => void;
}

/** Totals: under a minute in seconds with a decimal (a 0.5 s overlap is not "00:00"), else mm:ss. */
function amount(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : formatOffset(ms);
}

function pct(ms: number, total: number): string {
  return `${((ms / total) * 100).toFixed(3)}%`;
}

function Lane({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex align="center" gap={8}>
      <Typography.Text type="secondary" style={{ width: 56, fontSize: 12, flex: 'none', textAlign: 'right' }}>
        {label}
      </Typography.Text>
      <div
        style={{
          position: 'relative',
          flex: 1,
          height: LANE_HEIGHT,
          background: '#fafafa',
          borderRadius: 2,
          overflow: 'hidden',
        }}
      >
        {children}
      </div>
    </Flex>
  );
}

export function CallTimeline({ turns, events, hits, onPickTurn, onPickHit }: Props) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const tl = callTimeline(turns, events);
  if (!tl || tl.durationMs <= 0) return null;
  const total = tl.durationMs;
  const roles = (['agent', 'customer', 'ivr', 'system'] as const).filter((r) =>
    tl.talk.some((s) => s.role === r),
  );
  const timedHits = hits.filter((h) => h.atMs !== undefined && h.atMs <= total);
  const seconds = (ms: number) => formatOffset(ms);
  const share = (ms: number) => `${Math.round((ms / total) * 100)}%`;
  const stateLabel: Record<CallState, string> = {
    silence: t('timeline.silence'),
    overlap: t('timeline.overlap'),
    hold: t('timeline.hold'),
  };

  return (
    <Card size="small" title={t('timeline.title')} data-testid="call-timeline">
      <Flex vertical gap={4}>
        {roles.map((role) => (
          <Lane key={role} label={t(`speaker.${role}`)}>
            {tl.talk
              .filter((s) => s.role === role)
              .map((s) => (
                <div
                  key={s.turn}
                  role="button"
                  tabIndex={-1}
                  data-testid="timeline-talk"
                  title={`${t(`speaker.${role}`)} #${s.turn + 1} ${seconds(s.startMs)}–${seconds(s.endMs)}`}
                  onClick={() => onPickTurn(s.turn)}
                  style={{
                    position: 'absolute',
                    left: pct(s.startMs, total),
                    width: pct(Math.max(s.endMs - s.startMs, total / 1000), total),
                    top: 0,
                    bottom: 0,
                    background: ROLE_COLOR[role],
                    cursor: 'pointer',
                  }}
                />
              ))}
          </Lane>
        ))}
        <Lane label={t('timeline.state')}>
          {tl.states.map((s) => (
            <div
              key={`${s.kind}${s.startMs}`}
              data-testid={`timeline-${s.kind}`}
              title={`${stateLabel[s.kind]} ${seconds(s.startMs)}–${seconds(s.endMs)}`}
              style={{
                position: 'absolute',
                left: pct(s.startMs, total),
                width: pct(s.endMs - s.startMs, total),
                top: 0,
                bottom: 0,
                background: STATE_COLOR[s.kind],
              }}
            />
          ))}
          {timedHits.map((h) => (
            <div
              key={h.index}
              role="button"
              tabIndex={-1}
              title={`${ruleName(h.rule)} ${seconds(h.atMs!)}`}
              onClick={() => onPickHit(h.index)}
              style={{
                position: 'absolute',
                left: `calc(${pct(h.atMs!, total)} - 1px)`,
                width: 3,
                top: 0,
                bottom: 0,
                background: '#cf1322',
                cursor: 'pointer',
              }}
            />
          ))}
        </Lane>
        <Flex justify="space-between" style={{ marginInlineStart: 64, fontSize: 11, color: '#8c8c8c' }}>
          <span>00:00</span>
          <span>{seconds(total / 2)}</span>
          <span>{seconds(total)}</span>
        </Flex>
        <Flex wrap gap={16} style={{ fontSize: 12, marginTop: 2 }} data-testid="timeline-totals">
          {roles.map((role) => (
            <Legend
              key={role}
              color={ROLE_COLOR[role]}
              text={`${t(`speaker.${role}`)} ${amount(tl.totals.talkMs[role] ?? 0)} (${share(tl.totals.talkMs[role] ?? 0)})`}
            />
          ))}
          <Legend
            color={STATE_COLOR.silence}
            text={`${stateLabel.silence} ${amount(tl.totals.silenceMs)} · ${t('timeline.longest', { d: amount(tl.totals.longestSilenceMs) })}`}
          />
          <Legend color={STATE_COLOR.overlap} text={`${stateLabel.overlap} ${amount(tl.totals.overlapMs)}`} />
          <Legend color={STATE_COLOR.hold} text={`${stateLabel.hold} ${amount(tl.totals.holdMs)}`} />
        </Flex>
      </Flex>
    </Card>
  );
}

function Legend({ color, text }: { color: string; text: string }) {
  return (
    <Flex align="center" gap={4}>
      <span style={{ width: 10, height: 10, background: color, borderRadius: 2, display: 'inline-block' }} />
      <span>{text}</span>
    </Flex>
  );
}
