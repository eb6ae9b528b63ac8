// One transcript turn as a chat bubble coloured by speaker, with every hit marked at its exact span.
// Transcripts are untrusted: text only ever reaches the DOM as React text nodes (escaped), never as HTML.
import { useEffect, useRef } from 'react';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { Speaker, Turn } from '../../api/types.ts';
import { formatOffset } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { splitBySpans } from './highlight.ts';
import type { IndexedHit } from './HitDetails.tsx';
import { HitDetails } from './HitDetails.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';

const SPEAKER_STYLE: Record<
  Speaker,
  { align: 'flex-start' | 'flex-end' | 'center'; bg: string; border: string; label: string }
> = {
  agent: { align: 'flex-end', bg: '#e6f4ff', border: '#91caff', label: '#0958d9' },
  customer: { align: 'flex-start', bg: '#ffffff', border: '#d9d9d9', label: '#389e0d' },
  ivr: { align: 'flex-start', bg: '#f9f0ff', border: '#d3adf7', label: '#531dab' },
  system: { align: 'center', bg: '#fafafa', border: '#f0f0f0', label: '#8c8c8c' },
};

interface Props {
  index: number;
  turn: Turn;
  hits: readonly IndexedHit[];
  activeHit: number | null;
  focused: boolean;
  /** Being played right now (recordings): highlighted and kept in view. */
  speaking?: boolean;
  onPickHit: (index: number) => void;
}

export function TurnBubble({ index, turn, hits, activeHit, focused, speaking = false, onPickHit }: Props) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const style = SPEAKER_STYLE[turn.role];
  const spanned = hits.filter((h) => h.start < h.end && h.start >= 0 && h.end <= turn.text.length);
  // hits about the whole turn (empty span) or with a span outside the text: shown as tags under the bubble
  const whole = hits.filter((h) => !spanned.includes(h));
  const segments = splitBySpans(turn.text, spanned);
  const time = turn.startMs !== undefined ? formatOffset(turn.startMs) : null;
  const lowConfidence = Array.isArray(turn.meta?.lowConfidence) && turn.meta.lowConfidence.length > 0;
  const asrConfidence = typeof turn.meta?.asrConfidence === 'number' ? turn.meta.asrConfidence : null;
  const bubble = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (speaking) bubble.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [speaking]);

  return (
    <Flex
      vertical
      align={style.align}
      id={`turn-${index}`}
      data-testid="turn"
      data-role={turn.role}
      style={{ marginBottom: 12 }}
    >
      <Typography.Text style={{ fontSize: 12, color: style.label, marginBottom: 2 }}>
        {t(`speaker.${turn.role}`)}
        {time ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
            {time}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 11, marginInlineStart: 8 }}>
          #{index + 1}
        </Typography.Text>
        {lowConfidence ? (
          <Tooltip title={t('recording.lowConfidenceHint')}>
            <Tag color="orange" data-testid="low-confidence" style={{ marginInlineStart: 8, fontSize: 11 }}>
              {t('recording.lowConfidence', {
                confidence: asrConfidence === null ? '' : asrConfidence.toFixed(2),
              })}
            </Tag>
          </Tooltip>
        ) : null}
      </Typography.Text>
      <div
        ref={bubble}
        data-testid="turn-text"
        data-speaking={speaking ? 'true' : undefined}
        className={focused ? 'zj-turn-focus' : undefined}
        style={{
          boxShadow: speaking ? '0 0 0 2px #faad14' : undefined,
          borderStyle: lowConfidence ? 'dashed' : 'solid',
          maxWidth: turn.role === 'system' ? '90%' : '78%',
          background: style.bg,
          borderWidth: 1,
          borderColor: style.border,
          borderRadius: 8,
          padding: '6px 10px',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
          lineHeight: 1.7,
          fontSize: turn.role === 'system' ? 12 : 14,
        }}
      >
        {segments.map((seg) =>
          seg.hits.length === 0 ? (
            <span key={seg.start}>{seg.text}</span>
          ) : (
            <Tooltip
              key={seg.start}
              title={<HitDetails hits={seg.hits} />}
              styles={{ root: { maxWidth: 360 } }}
            >
              <mark
                className={[
                  'zj-hit',
                  seg.hits.some((h) => h.deduction > 0) ? 'zj-hit-deduct' : 'zj-hit-flag',
                  seg.hits.some((h) => h.index === activeHit) ? 'zj-hit-active' : '',
                ].join(' ')}
                data-testid="hit-mark"
                data-rule={seg.hits.map((h) => h.rule).join(' ')}
                onClick={() => onPickHit(seg.hits[0]!.index)}
              >
                {seg.text}
              </mark>
            </Tooltip>
          ),
        )}
      </div>
      {whole.length > 0 ? (
        <Flex gap={4} wrap style={{ marginTop: 4 }}>
          {whole.map((h) => (
            <Tooltip key={h.index} title={<HitDetails hits={[h]} />}>
              <Tag
                color={h.deduction > 0 ? 'red' : 'gold'}
                style={{
                  cursor: 'pointer',
                  outline: h.index === activeHit ? '2px solid #1677ff' : undefined,
                }}
                onClick={() => onPickHit(h.index)}
              >
                {ruleName(h.rule)}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
