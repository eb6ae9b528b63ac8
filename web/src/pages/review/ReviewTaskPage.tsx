// One review task (/review/:id): the transcript with the machine's hits, and beside it the hits to confirm or
// reject (a rejection needs a reason), the manual scorecard items, the score preview and Finalize. Built for
// speed: J/K move between hits, C confirms, R rejects with the typed reason, F finalizes, N opens the next task.
// State and commands live in useReviewTask; what the caller may do comes from the server (the view's actions).
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Empty, Flex, Result, Row, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { formatScore } from '../../components/ScoreTag.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Transcript } from '../conversation/Transcript.tsx';
import { ManualItemRow } from './ManualItemRow.tsx';
import { ReasonTags } from './ReasonTags.tsx';
import { ReviewHitList } from './ReviewHitList.tsx';
import { ReviewScoreCard } from './ReviewScoreCard.tsx';
import { useReviewTask } from './useReviewTask.ts';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

export function ReviewTaskPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const r = useReviewTask(id);
  const { view, hits, active, setActive, judge, finalize, nextTask } = r;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      switch (e.key.toLowerCase()) {
        case 'j':
          setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)));
          break;
        case 'k':
          setActive((a) => Math.max(a - 1, 0));
          break;
        case 'c':
          judge('confirm');
          break;
        case 'r':
          judge('reject');
          break;
        case 'f':
          finalize();
          break;
        case 'n':
          if (view?.task.status === 'finalized' && view.actions.next) void nextTask();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hits.length, judge, finalize, nextTask, setActive, view]);

  useEffect(() => {
    const hit = hits[active];
    if (hit) document.getElementById(`turn-${hit.turn}`)?.scrollIntoView({ block: 'center' });
  }, [active, hits]);

  if (r.loaded.state === 'error' && !view) {
    if (r.loaded.error instanceof ApiError && r.loaded.error.status === 404)
      return <Result status="404" title={t('notFound.title')} />;
    return <ErrorState error={r.loaded.error} onRetry={r.loaded.reload} />;
  }
  if (!view)
    return (
      <Card>
        <LoadingBlock rows={10} />
      </Card>
    );

  const { task, conversation, score } = view;
  const isOpenTask = task.status === 'open';

  return (
    <Flex vertical gap={12} data-testid="review-task">
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('review.task', { id: task.id })}
        </Typography.Title>
        <Link to={`/conversations/${encodeURIComponent(task.conversationId)}`}>{task.conversationId}</Link>
        <ReasonTags reasons={task.reasons} />
        <Tag color={r.open ? 'processing' : 'success'} data-testid="review-status">
          {t(`review.status.${task.status}`)}
        </Tag>
      </Flex>
      {isOpenTask && !r.open ? (
        <Alert type="info" showIcon data-testid="review-read-only" title={t('reviewFlow.readOnly')} />
      ) : !r.open ? (
        <Alert
          type="success"
          showIcon
          data-testid="review-finalized"
          title={t('review.finalized', { score: formatScore(task.finalTotal ?? score.final.total) })}
          description={
            task.appealDeadline
              ? t('review.appealDeadline', { at: formatDateTime(task.appealDeadline) })
              : undefined
          }
          action={
            view.actions.next ? (
              <Button type="primary" onClick={() => void nextTask()} data-testid="review-next">
                {t('reviewFlow.next')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('review.shortcuts')}
        </Typography.Text>
      )}
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          {conversation ? (
            <Transcript
              turns={conversation.turns}
              events={conversation.events ?? []}
              hits={hits}
              activeHit={hits[active]?.index ?? null}
              focusedTurn={null}
              onPickHit={(i) =>
                setActive(
                  Math.max(
                    0,
                    hits.findIndex((h) => h.index === i),
                  ),
                )
              }
            />
          ) : (
            <Empty />
          )}
        </Col>
        <Col xs={24} lg={10}>
          <Flex
            vertical
            gap={12}
            style={{ position: 'sticky', top: 72, maxHeight: 'calc(100vh - 88px)', overflowY: 'auto' }}
          >
            <ReviewScoreCard
              view={view}
              open={r.open}
              busy={r.busy}
              comment={r.comment}
              onComment={r.setComment}
              onFinalize={finalize}
            />
            <ReviewHitList
              view={view}
              active={active}
              open={r.open}
              reason={r.reason}
              onReason={r.setReason}
              onPick={setActive}
              onJudge={judge}
            />
            {view.manualItems.length > 0 ? (
              <Card size="small" title={t('review.manual')}>
                <Flex vertical gap={6}>
                  {view.manualItems.map((item) => {
                    const current = view.deductions.find((x) => x.item === item.id);
                    return (
                      <ManualItemRow
                        key={`${item.id}:${current?.occurrences ?? 0}:${current?.reason ?? ''}`}
                        item={item}
                        current={current}
                        disabled={!r.open || r.busy}
                        onSave={(occurrences, why) => r.deduct(item.id, occurrences, why)}
                      />
                    );
                  })}
                </Flex>
              </Card>
            ) : null}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
