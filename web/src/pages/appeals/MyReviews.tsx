// An agent's reviewed conversations: each finalized review with its confirmed deductions, and an Appeal button on
// every deduction still open to appeal (before the deadline, not yet appealed).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Empty, Flex, Input, Modal, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import type { Page, ReviewTask, ReviewTaskView } from '../../api/types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { ScoreTag } from '../../components/ScoreTag.tsx';
import { describeError, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { itemLabel } from '../../i18n/labels.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';

type Target = { kind: 'hit'; hit: number; label: string } | { kind: 'item'; item: string; label: string };

function ReviewDeductions({ taskId }: { taskId: number }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const ruleName = useRuleName();
  // the appeal period is judged against the time the review was loaded (the server checks it again on filing)
  const view = useApi(`reviews:${taskId}:loaded-at`, async (signal) => ({
    review: await api.get<ReviewTaskView>(`/api/reviews/${taskId}`, undefined, signal),
    loadedAt: Date.now(),
  }));
  const [target, setTarget] = useState<Target | null>(null);
  const [reason, setReason] = useState('');
  // the appeal shows on the review, in the appeals inbox and on the conversation; the leaders are notified
  const file = useCommand(
    (target: Target, why: string) =>
      api.post('/api/appeals', {
        taskId,
        target:
          target.kind === 'hit' ? { kind: 'hit', hit: target.hit } : { kind: 'item', item: target.item },
        reason: why,
      }),
    {
      invalidates: ['appeals', 'reviews', 'review', 'conversations', 'notifications'],
      success: t('appeals.filed'),
    },
  );
  if (!view.data)
    return view.state === 'error' ? <>{describeError(view.error, t)}</> : <LoadingBlock rows={2} />;
  const v = view.data.review;
  const open =
    v.task.appealDeadline !== null && new Date(v.task.appealDeadline).getTime() > view.data.loadedAt;
  const appealed = (key: string) =>
    v.appeals.some(
      (a) => (a.target.kind === 'hit' ? `hit:${a.target.hit}` : `item:${a.target.item}`) === key,
    );
  const confirmed = v.hits.filter(
    (h) => h.deduction > 0 && v.judgements.some((j) => j.hit === h.index && j.verdict === 'confirm'),
  );
  const items = v.deductions.filter((d) => d.occurrences > 0);

  const submit = async () => {
    if (!target) return;
    if (reason.trim() === '') {
      void message.warning(t('appeals.fileReasonRequired'));
      return;
    }
    if (!(await file.run(target, reason.trim()))) return;
    setTarget(null);
    setReason('');
  };

  const row = (key: string, label: string, text: string, points: number, tgt: Target) => (
    <Flex key={key} justify="space-between" align="center" gap={8} data-testid="my-deduction">
      <span>
        <Typography.Text strong>{label}</Typography.Text> <Tag color="red">−{points}</Tag>
        {text ? <Typography.Text type="secondary">“{text}”</Typography.Text> : null}
      </span>
      {appealed(key) ? (
        <Tag>{t('appeals.filed')}</Tag>
      ) : open ? (
        <Button size="small" onClick={() => setTarget(tgt)} data-testid="appeal-open">
          {t('appeals.file')}
        </Button>
      ) : null}
    </Flex>
  );

  return (
    <Flex vertical gap={6}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {v.task.appealDeadline && open
          ? t('appeals.deadline', { at: formatDateTime(v.task.appealDeadline) })
          : t('appeals.closed')}
      </Typography.Text>
      {confirmed.length === 0 && items.length === 0 ? <Empty description={t('detail.noHits')} /> : null}
      {confirmed.map((h) => {
        const label = ruleName(h.rule, h.ruleName);
        return row(`hit:${h.index}`, label, h.text, h.deduction, { kind: 'hit', hit: h.index, label });
      })}
      {items.map((d) => {
        const item = v.manualItems.find((i) => i.id === d.item);
        const label = item ? itemLabel(item, locale) : d.item;
        return row(`item:${d.item}`, label, '', (item?.deduction ?? 0) * d.occurrences, {
          kind: 'item',
          item: d.item,
          label,
        });
      })}
      <Modal
        open={target !== null}
        title={t('appeals.fileTitle', { rule: target?.label ?? '' })}
        okText={t('appeals.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={file.busy}
        onOk={() => void submit()}
        onCancel={() => setTarget(null)}
      >
        <Input.TextArea
          rows={4}
          placeholder={t('appeals.fileReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="appeal-reason"
        />
      </Modal>
    </Flex>
  );
}

export function MyReviews() {
  const { t } = useI18n();
  const query = { pageSize: 50 };
  const reviews = useApi(`reviews:${JSON.stringify(query)}`, (signal) =>
    api.get<Page<ReviewTask>>('/api/reviews', query, signal),
  );
  const columns: TableColumnsType<ReviewTask> = [
    {
      title: t('review.col.conversation'),
      dataIndex: 'conversationId',
      render: (id: string) => <Link to={`/conversations/${encodeURIComponent(id)}`}>{id}</Link>,
    },
    {
      title: t('conversations.col.startedAt'),
      dataIndex: 'startedAt',
      width: 170,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('review.col.machine'),
      key: 'm',
      width: 100,
      render: (_: unknown, r) => <ScoreTag score={r.machineTotal} />,
    },
    {
      title: t('review.col.final'),
      key: 'f',
      width: 110,
      render: (_: unknown, r) => <ScoreTag score={r.finalTotal} fatal={r.finalFatal} />,
    },
  ];
  return (
    <Card size="small" title={t('appeals.myReviews')} styles={{ body: { padding: 0 } }}>
      <Table<ReviewTask>
        data-testid="my-reviews"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={reviews.data?.items ?? []}
        loading={reviews.state === 'loading'}
        pagination={false}
        expandable={{
          expandRowByClick: true,
          expandedRowRender: (r) => <ReviewDeductions taskId={r.id} />,
        }}
        locale={{ emptyText: <Empty description={t('review.empty')} /> }}
      />
    </Card>
  );
}
