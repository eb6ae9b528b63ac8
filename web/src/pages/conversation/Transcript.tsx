// The transcript: turns as bubbles, call events (hold, hang-up, transfer) as dividers where they happened.
import { Card, Divider, Empty } from 'antd';
import { PauseCircleOutlined, PhoneOutlined, SwapOutlined } from '@ant-design/icons';
import type { ConversationEvent, Turn } from '../../api/types.ts';
import { formatOffset } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import type { IndexedHit } from './HitDetails.tsx';
import { TurnBubble } from './TurnBubble.tsx';
import { transcriptItems } from './timeline.ts';

function EventLine({ event, t }: { event: ConversationEvent; t: Translate }) {
  switch (event.type) {
    case 'hold':
      return (
        <Divider plain style={{ fontSize: 12, color: '#8c8c8c' }}>
          <PauseCircleOutlined />{' '}
          {t('detail.event.hold', { from: formatOffset(event.startMs), to: formatOffset(event.endMs) })}
        </Divider>
      );
    case 'hangup':
      return (
        <Divider plain style={{ fontSize: 12, color: '#8c8c8c' }}>
          <PhoneOutlined />{' '}
          {t('detail.event.hangup', { by: t(`detail.hangupBy.${event.by}`), at: formatOffset(event.atMs) })}
        </Divider>
      );
    case 'transfer':
      return (
        <Divider plain style={{ fontSize: 12, color: '#8c8c8c' }}>
          <SwapOutlined /> {t('detail.event.transfer', { to: event.to ?? '', at: formatOffset(event.atMs) })}
        </Divider>
      );
  }
}

interface Props {
  turns: readonly Turn[];
  events: readonly ConversationEvent[];
  hits: readonly IndexedHit[];
  activeHit: number | null;
  focusedTurn: number | null;
  /** The turn the recording is playing (the transcript follows along). */
  speakingTurn?: number | null;
  onPickHit: (index: number) => void;
}

export function Transcript({ turns, events, hits, activeHit, focusedTurn, speakingTurn, onPickHit }: Props) {
  const { t } = useI18n();
  const items = transcriptItems(turns, events, hits);
  return (
    <Card
      size="small"
      title={t('detail.transcript')}
      data-testid="transcript"
      styles={{ body: { background: '#fcfcfc' } }}
    >
      {turns.length === 0 ? <Empty description={t('detail.noTurns')} /> : null}
      {items.map((item, i) =>
        item.kind === 'turn' ? (
          <TurnBubble
            key={`t${item.index}`}
            index={item.index}
            turn={item.turn}
            hits={item.hits as IndexedHit[]}
            activeHit={activeHit}
            focused={focusedTurn === item.index}
            speaking={speakingTurn === item.index}
            onPickHit={onPickHit}
          />
        ) : (
          <EventLine key={`e${i}`} event={item.event} t={t} />
        ),
      )}
    </Card>
  );
}
