// 会话详情 (/conversations/:id, deep-linkable): the transcript with every hit marked where it matched, and beside
// it the score by category and the list of hits. The call timeline and the review actions here.
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Col, Descriptions, Flex, Result, Row, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client.ts';
import type { ConversationDetail } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { ScoreTag } from '../../components/ScoreTag.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime, formatDuration } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CONVERSATIONS_PATH } from '../../layout/nav.tsx';
import type { IndexedHit } from './HitDetails.tsx';
import { HitList } from './HitList.tsx';
import { ScorePanel } from './ScorePanel.tsx';
import { CallTimeline } from './CallTimeline.tsx';
import { Transcript } from './Transcript.tsx';
import { conversationDurationMs } from './timeline.ts';
import { RecordingPlayer, turnAt, type PlayerHandle } from './RecordingPlayer.tsx';
import { useWorkflow, WorkflowCard } from './WorkflowCard.tsx';

export function ConversationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [activeHit, setActiveHit] = useState<number | null>(null);
  const [focusedTurn, setFocusedTurn] = useState<number | null>(null);
  // The recording (when there is one): its position drives the turn shown as being spoken.
  const player = useRef<PlayerHandle>(null);
  const [hasAudio, setHasAudio] = useState(false);
  const [playedMs, setPlayedMs] = useState<number | null>(null);
  const detail = useApi(`conversations:${id}`, (signal) =>
    api.get<ConversationDetail>(`/api/conversations/${encodeURIComponent(id)}`, undefined, signal),
  );

  const workflow = useWorkflow(id);

  const back = () => {
    // back to the filtered list when we came from it; a deep link has no history inside the app
    if (window.history.state && (window.history.state as { idx?: number }).idx) void navigate(-1);
    else void navigate(CONVERSATIONS_PATH);
  };

  if (detail.state === 'error') {
    if (detail.error instanceof ApiError && detail.error.status === 404) {
      return (
        <Result
          status="404"
          title={t('detail.notFound')}
          subTitle={t('detail.notFoundSub', { id })}
          extra={
            <Link to={CONVERSATIONS_PATH}>
              <Button type="primary">{t('notFound.home')}</Button>
            </Link>
          }
        />
      );
    }
    return <ErrorState error={detail.error} onRetry={detail.reload} />;
  }
  // data of another id may still be shown while the next one loads; only show a conversation that matches
  const data = detail.data?.conversation.id === id ? detail.data : undefined;
  if (!data)
    return (
      <Card>
        <LoadingBlock rows={10} />
      </Card>
    );

  const { conversation: c, result } = data;
  const hits: IndexedHit[] = (result?.hits ?? []).map((h, index) => ({ ...h, index }));
  const events = c.events ?? [];

  const focusTurn = (turn: number) => {
    setFocusedTurn(null);
    // re-trigger the flash animation on the same turn
    window.requestAnimationFrame(() => setFocusedTurn(turn));
    document.getElementById(`turn-${turn}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };

  const pickHit = (index: number) => {
    setActiveHit(index);
    const hit = hits[index];
    if (hit) focusTurn(hit.turn);
    // with audio, a hit is also a moment: play the call from where it was said
    const at = hit ? (hit.atMs ?? c.turns[hit.turn]?.startMs) : undefined;
    if (hasAudio && at !== undefined) player.current?.seek(at);
  };
  const speakingTurn = hasAudio && playedMs !== null ? turnAt(c.turns, playedMs) : null;

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          {t('common.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="detail-title">
          {t('detail.title')} · {c.id}
        </Typography.Title>
        {c.channel === 'chat' ? (
          <Tag icon={<MessageOutlined />} color="cyan">
            {t('channel.chat')}
          </Tag>
        ) : (
          <Tag icon={<PhoneOutlined />} color="geekblue">
            {t('channel.voice')}
          </Tag>
        )}
        <ScoreTag score={result ? result.score.total : null} fatal={result?.fatal ?? null} />
        {workflow.data?.actions.addCase ? (
          <Link
            to={`/coaching?tab=cases&conversation=${encodeURIComponent(c.id)}`}
            data-testid="detail-add-case"
          >
            <Button size="small">{t('coaching.case.addButton')}</Button>
          </Link>
        ) : null}
      </Flex>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 5 }}>
          <Descriptions.Item label={t('detail.agent')}>
            {data.agentName ?? c.agentId ?? t('common.none')}
            {data.agentName && c.agentId ? (
              <Typography.Text type="secondary">
                {t('punct.parenthesized', { text: c.agentId })}
              </Typography.Text>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.team')}>{data.teamName ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('detail.startedAt')}>
            {formatDateTime(c.startedAt) || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.duration')}>
            {formatDuration(conversationDurationMs(c.turns, events)) || t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.version')}>{data.version}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16} align="stretch">
        <Col xs={24} lg={15} xl={16}>
          <RecordingPlayer
            ref={player}
            conversationId={c.id}
            onTime={setPlayedMs}
            onAvailable={setHasAudio}
          />
          <CallTimeline
            turns={c.turns}
            events={events}
            hits={hits}
            onPickTurn={focusTurn}
            onPickHit={pickHit}
          />
          <Transcript
            turns={c.turns}
            events={events}
            hits={hits}
            activeHit={activeHit}
            focusedTurn={focusedTurn}
            speakingTurn={speakingTurn}
            onPickHit={pickHit}
          />
        </Col>
        <Col xs={24} lg={9} xl={8}>
          <Flex
            vertical
            gap={16}
            style={{ position: 'sticky', top: 72, maxHeight: 'calc(100vh - 88px)', overflowY: 'auto' }}
          >
            {workflow.data ? (
              <WorkflowCard
                conversationId={c.id}
                agentId={c.agentId ?? null}
                callerNumber={typeof c.meta?.callerNumber === 'string' ? c.meta.callerNumber : null}
                hits={hits}
                workflow={workflow.data}
              />
            ) : null}
            <ScorePanel result={result} />
            {result ? (
              <HitList
                hits={hits}
                turns={c.turns}
                activeHit={activeHit}
                onPick={pickHit}
                states={new Map((workflow.data?.hitStates ?? []).map((h) => [h.index, h.state]))}
              />
            ) : null}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
