// One review task (/review/:id): the transcript with the machine's hits, and beside it the hits to confirm or
// reject (a rejection needs a reason), the manual scorecard items, the score preview and Finalize. Built for
// speed: J/K move between hits, C confirms, R rejects with the typed reason, F finalizes.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Input,
  Result,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { CheckOutlined, CloseOutlined, FlagOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client.ts';
import type { Page, ReviewTask, ReviewTaskView } from '../../api/types.ts';
import { useAuth } from '../../auth/auth.tsx';
import { useApi } from '../../api/useApi.ts';
import { ScoreTag, formatScore } from '../../components/ScoreTag.tsx';
import { describeError, ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryLabel } from '../../i18n/labels.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';
import type { IndexedHit } from '../conversation/HitDetails.tsx';
import { LearnedTag } from '../conversation/LearnedTag.tsx';
import { Transcript } from '../conversation/Transcript.tsx';
import { ManualItemRow } from './ManualItemRow.tsx';
import { ReasonTags } from './ReasonTags.tsx';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

export function ReviewTaskPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const ruleName = useRuleName();
  const loaded = useApi(`review:${id}`, (signal) =>
    api.get<ReviewTaskView>(`/api/review/tasks/${encodeURIComponent(id)}`, undefined, signal),
  );
  const [local, setLocal] = useState<ReviewTaskView | null>(null);
  const view = local && String(local.task.id) === id ? local : loaded.data;
  const [active, setActive] = useState(0);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  const navigate = useNavigate();
  const { session } = useAuth();
  const me = session.state === 'authenticated' ? session.user : null;
  const hits = useMemo(() => view?.hits ?? [], [view]);
  const verdictOf = (hit: number) => view?.judgements.find((j) => j.hit === hit);
  // Who may work a task (policy review.tasks.work): the assigned inspector or a QA lead. Others (the admin) read it
  // without buttons that would only answer 403.
  const mayWork =
    !!view &&
    !!me &&
    (me.role === 'qa_lead' || (me.role === 'qa_inspector' && view.task.inspectorUserId === me.id));
  const open = view?.task.status === 'open' && mayWork;
  const isOpenTask = view?.task.status === 'open';

  const nextTask = useCallback(async () => {
    try {
      const q = await api.get<Page<ReviewTask>>('/api/review/tasks', {
        status: 'open',
        pageSize: 2,
        ...(me && me.role !== 'qa_inspector' ? { inspector: me.id } : {}),
      });
      const next = q.items.find((x) => String(x.id) !== id);
      if (next) void navigate(`/review/${next.id}`);
      else void message.info(t('reviewFlow.queueEmpty'));
    } catch (e) {
      void message.error(describeError(e, t));
    }
  }, [me, id, navigate, message, t]);

  const run = useCallback(
    async (op: () => Promise<ReviewTaskView>, done?: string) => {
      setBusy(true);
      try {
        setLocal(await op());
        if (done) void message.success(done);
      } catch (e) {
        void message.error(describeError(e, t));
      } finally {
        setBusy(false);
      }
    },
    [message, t],
  );

  const judge = useCallback(
    (verdict: 'confirm' | 'reject') => {
      const hit = hits[active];
      if (!hit || !open || busy) return;
      if (verdict === 'reject' && reason.trim() === '') {
        void message.warning(t('review.reasonRequired'));
        document.getElementById('review-reason')?.focus();
        return;
      }
      void run(() =>
        api.put<ReviewTaskView>(`/api/review/tasks/${id}/hits/${hit.index}`, {
          verdict,
          reason: reason.trim(),
        }),
      ).then(() => {
        setReason('');
        setActive((a) => Math.min(a + 1, hits.length - 1));
      });
    },
    [hits, active, open, busy, reason, run, id, message, t],
  );

  const finalize = useCallback(() => {
    if (!view || !open || busy) return;
    if (view.pendingHits.length > 0) {
      void message.warning(t('review.finalizeBlocked', { n: view.pendingHits.length }));
      return;
    }
    void run(() =>
      api.post<ReviewTaskView>(
        `/api/review/tasks/${id}/finalize`,
        comment.trim() ? { comment: comment.trim() } : {},
      ),
    );
  }, [view, open, busy, run, id, message, t, comment]);

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
          if (view?.task.status === 'finalized') void nextTask();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hits.length, judge, finalize, nextTask, view?.task.status]);

  useEffect(() => {
    const hit = hits[active];
    if (hit) document.getElementById(`turn-${hit.turn}`)?.scrollIntoView({ block: 'center' });
  }, [active, hits]);

  if (loaded.state === 'error' && !view) {
    if (loaded.error instanceof ApiError && loaded.error.status === 404)
      return <Result status="404" title={t('notFound.title')} />;
    return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  }
  if (!view)
    return (
      <Card>
        <LoadingBlock rows={10} />
      </Card>
    );

  const { task, conversation, score } = view;
  const indexed: IndexedHit[] = hits.map((h) => ({ ...h }));
  const judged = view.judgements.length;

  return (
    <Flex vertical gap={12} data-testid="review-task">
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('review.task', { id: task.id })}
        </Typography.Title>
        <Link to={`/conversations/${encodeURIComponent(task.conversationId)}`}>{task.conversationId}</Link>
        <ReasonTags reasons={task.reasons} />
        <Tag color={open ? 'processing' : 'success'} data-testid="review-status">
          {t(`review.status.${task.status}`)}
        </Tag>
      </Flex>
      {isOpenTask && !open ? (
        <Alert type="info" showIcon data-testid="review-read-only" title={t('reviewFlow.readOnly')} />
      ) : !open ? (
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
            mayWork || me?.role === 'qa_inspector' ? (
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
              hits={indexed}
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
            <Card size="small" title={t('review.scorePreview')} data-testid="review-score">
              <Descriptions size="small" column={2}>
                <Descriptions.Item label={t('review.machine')}>
                  <ScoreTag score={score.machine.total} fatal={score.machine.fatal} />
                </Descriptions.Item>
                <Descriptions.Item label={t('review.final')}>
                  <ScoreTag score={score.final.total} fatal={score.final.fatal} />
                </Descriptions.Item>
                {Object.entries(score.final.categories).map(([k, v]) => (
                  <Descriptions.Item key={k} label={categoryLabel(k, t)}>
                    {formatScore(v)}
                  </Descriptions.Item>
                ))}
              </Descriptions>
              {open ? (
                <Input.TextArea
                  rows={2}
                  maxLength={2000}
                  placeholder={t('reviewFlow.comment')}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  style={{ marginBottom: 8 }}
                  data-testid="review-comment"
                />
              ) : task.comment ? (
                <Typography.Paragraph type="secondary" data-testid="review-comment-shown">
                  {t('reviewFlow.commentShown', { comment: task.comment })}
                </Typography.Paragraph>
              ) : null}
              {open ? (
                <Button
                  type="primary"
                  block
                  icon={<FlagOutlined />}
                  loading={busy}
                  onClick={finalize}
                  data-testid="review-finalize"
                >
                  {t('review.finalize')} (F)
                </Button>
              ) : null}
            </Card>
            <Card
              size="small"
              title={t('review.hits', { done: judged, total: hits.length })}
              styles={{ body: { padding: 0 } }}
            >
              {hits.length === 0 ? <Empty style={{ padding: 16 }} description={t('detail.noHits')} /> : null}
              {hits.map((h, i) => {
                const v = verdictOf(h.index);
                const isActive = i === active;
                return (
                  <div
                    key={h.index}
                    data-testid="review-hit"
                    data-verdict={v?.verdict ?? 'pending'}
                    onClick={() => setActive(i)}
                    style={{
                      padding: '8px 12px',
                      borderTop: '1px solid #f0f0f0',
                      cursor: 'pointer',
                      background: isActive ? '#e6f4ff' : h.suggested ? '#f9f0ff' : undefined,
                    }}
                  >
                    <Flex justify="space-between" align="center" gap={8}>
                      <Typography.Text strong>{ruleName(h.rule, h.ruleName)}</Typography.Text>
                      <Space size={4}>
                        <LearnedTag hit={h} />
                        <Tag color={h.deduction > 0 ? 'red' : 'gold'}>
                          {h.deduction > 0 ? `−${h.deduction}` : t('detail.noDeduction')}
                        </Tag>
                        <Tag color={v ? (v.verdict === 'confirm' ? 'green' : 'default') : 'blue'}>
                          {v
                            ? t(v.verdict === 'confirm' ? 'review.confirmed' : 'review.rejected')
                            : t('review.pending')}
                        </Tag>
                      </Space>
                    </Flex>
                    {h.text ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        “{h.text}” · {t('detail.turn', { n: h.turn + 1 })}
                      </Typography.Text>
                    ) : null}
                    {v?.reason ? (
                      <div style={{ fontSize: 12 }}>
                        {t('punct.labelValue', { label: t('review.reason'), value: v.reason })}
                      </div>
                    ) : null}
                    {isActive && open ? (
                      <Flex gap={8} style={{ marginTop: 6 }} onClick={(e) => e.stopPropagation()}>
                        <Input
                          id="review-reason"
                          size="small"
                          placeholder={t('review.reason')}
                          value={reason}
                          onChange={(e) => setReason(e.target.value)}
                          onPressEnter={() => judge(reason.trim() ? 'reject' : 'confirm')}
                          data-testid="review-reason"
                        />
                        <Button
                          size="small"
                          icon={<CheckOutlined />}
                          onClick={() => judge('confirm')}
                          data-testid="review-confirm"
                        >
                          {t('review.confirm')} (C)
                        </Button>
                        <Button
                          size="small"
                          danger
                          icon={<CloseOutlined />}
                          onClick={() => judge('reject')}
                          data-testid="review-reject"
                        >
                          {t('review.reject')} (R)
                        </Button>
                      </Flex>
                    ) : null}
                  </div>
                );
              })}
            </Card>
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
                        disabled={!open || busy}
                        onSave={(occurrences, why) =>
                          run(
                            () =>
                              api.put<ReviewTaskView>(
                                `/api/review/tasks/${id}/items/${encodeURIComponent(item.id)}`,
                                { occurrences, reason: why },
                              ),
                            t('review.saved'),
                          )
                        }
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
