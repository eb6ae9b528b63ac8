// The call's audio on the conversation page (docs/stt.md): an HTML audio element on the scoped, range-capable
// endpoint, reporting the playback position so the transcript follows along, and seekable from a hit. Renders
// nothing when the conversation has no recording (404).
import { forwardRef, useImperativeHandle, useRef } from 'react';
import { Card, Flex, Tag, Typography } from 'antd';
import { SoundOutlined } from '@ant-design/icons';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export interface PlayerHandle {
  /** Jump to this moment (ms from the call's start) and play. */
  seek(ms: number): void;
}

interface Props {
  conversationId: string;
  onTime: (ms: number) => void;
  /** Whether the conversation has audio (known once the recording was asked for). */
  onAvailable: (has: boolean) => void;
}

export const RecordingPlayer = forwardRef<PlayerHandle, Props>(function RecordingPlayer(
  { conversationId, onTime, onAvailable },
  ref,
) {
  const { t } = useI18n();
  const audio = useRef<HTMLAudioElement>(null);
  const rec = useApi(`conversations:${conversationId}:recording`, async (signal) => {
    try {
      const r = await call('get', '/api/conversations/{id}/recording', {
        params: { id: conversationId },
        signal,
      });
      onAvailable(true);
      return r;
    } catch {
      // no recording (404), or not allowed: the page works as for any transcript
      onAvailable(false);
      return null;
    }
  });
  useImperativeHandle(ref, () => ({
    seek(ms: number) {
      const el = audio.current;
      if (!el) return;
      el.currentTime = ms / 1000;
      void el.play().catch(() => {
        // autoplay may be refused until the user interacted; the position is set either way
      });
    },
  }));
  const r = rec.data;
  if (!r) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Flex align="center" gap={8}>
          <SoundOutlined />
          {t('recording.title')}
          {r.engine ? <Tag>{t('recording.engine', { engine: r.engine })}</Tag> : null}
        </Flex>
      }
    >
      <audio
        ref={audio}
        controls
        preload="metadata"
        src={r.audioUrl}
        data-testid="recording-audio"
        style={{ width: '100%' }}
        onTimeUpdate={(e) => onTime(Math.round(e.currentTarget.currentTime * 1000))}
        onSeeked={(e) => onTime(Math.round(e.currentTarget.currentTime * 1000))}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('recording.follow')}
      </Typography.Text>
    </Card>
  );
});

/** The turn being spoken at `ms`: the last turn that started at or before it and has not ended long before. */
export function turnAt(turns: readonly { startMs?: number; endMs?: number }[], ms: number): number | null {
  let found: number | null = null;
  turns.forEach((turn, i) => {
    if (
      turn.startMs !== undefined &&
      turn.startMs <= ms &&
      (turn.endMs === undefined || ms <= turn.endMs + 300)
    )
      found = i;
  });
  return found;
}
