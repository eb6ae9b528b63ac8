// One work order: its SLA, links and the timeline of its events, with the buttons the server says the caller may
// use now (`actions`: a branch user replies, resolves, pauses for the customer, resumes and bounces back; the
// complaint desk and expert seats also ask for a redo, reopen, urge and escalate — seed 004 工單, 首問負責).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Button,
  Checkbox,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  Modal,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call, type BodyOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DueTime, SlaTag, useDurationText } from './SlaTag.tsx';
import type { Branch, EventType, OrderDetail } from './types.ts';
import { EVENT_TYPES, PRIORITY_COLOR, WORK_ORDER_CHANGES } from './types.ts';

/** Events whose note says why or what, so it is required (the reply is the answer itself). */
const NOTE_REQUIRED: ReadonlySet<EventType> = new Set(['reply', 'bounce-back', 'redo', 'reopen']);
const EVENT_COLOR: Partial<Record<EventType, string>> = {
  reply: 'blue',
  resolve: 'green',
  'bounce-back': 'orange',
  redo: 'orange',
  reopen: 'orange',
  escalate: 'red',
  urge: 'red',
  pause: 'gray',
  resume: 'gray',
};

interface EventValues {
  note?: string;
  result?: string;
  satisfied?: boolean;
}

function RecordEvent({
  order,
  type,
  onClose,
  onRecorded,
}: {
  order: OrderDetail;
  type: EventType;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<EventValues>();
  const record = useCommand(
    (body: BodyOf<'/api/work-orders/{id}/events', 'post'>) =>
      call('post', '/api/work-orders/{id}/events', { params: { id: order.id }, body }),
    {
      invalidates: WORK_ORDER_CHANGES,
      success: t('wo.event.recorded', { event: t(`wo.event.${type}`) }),
    },
  );
  const submit = async (v: EventValues) => {
    const note = v.note?.trim();
    const done = await record.run({
      type,
      ...(note ? { note } : {}),
      ...(type === 'resolve' ? { result: v.result?.trim(), satisfied: v.satisfied ?? false } : {}),
    });
    if (done) onRecorded();
  };
  return (
    <Modal
      open
      title={`${t(`wo.event.${type}`)} · ${order.title}`}
      okText={t('wo.event.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={record.busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'wo-event-submit' }}
      destroyOnHidden
    >
      <Form<EventValues> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        {type === 'resolve' ? (
          <>
            <Form.Item
              name="result"
              label={t('wo.event.result')}
              rules={[{ required: true, whitespace: true, message: t('wo.event.resultRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={4000} data-testid="wo-event-result" />
            </Form.Item>
            <Form.Item name="satisfied" valuePropName="checked">
              <Checkbox data-testid="wo-event-satisfied">{t('wo.event.satisfied')}</Checkbox>
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="note"
            label={t('wo.event.note')}
            rules={
              NOTE_REQUIRED.has(type)
                ? [{ required: true, whitespace: true, message: t('wo.event.noteRequired') }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="wo-event-note" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function OrderDrawer({
  id,
  branches,
  onClose,
}: {
  id: string | null;
  branches: Branch[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const durationText = useDurationText();
  const detail = useApi(
    `work-orders:detail:${id ?? ''}`,
    (signal) => call('get', '/api/work-orders/{id}', { params: { id: id ?? '' }, signal }),
    { enabled: id !== null },
  );
  const [acting, setActing] = useState<EventType | null>(null);
  // the previous answer stays visible while a reload after an event is under way
  const d = detail.data?.id === id ? detail.data : null;
  const branchName = (bid: string) => branches.find((b) => b.id === bid)?.name ?? bid;
  const allowed = d ? EVENT_TYPES.filter((e) => d.actions[e]) : [];

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={d ? d.title : t('wo.detail.title')}
      data-testid="wo-drawer"
    >
      {detail.state === 'error' && !d ? <ErrorState error={detail.error} onRetry={detail.reload} /> : null}
      {!d && detail.state !== 'error' ? <LoadingBlock /> : null}
      {d ? (
        <Flex vertical gap={16}>
          <Space wrap>
            <SlaTag state={d.sla.state} />
            <Tag data-testid="wo-detail-state">{t(`wo.state.${d.state}`)}</Tag>
            <Tag color={PRIORITY_COLOR[d.priority]}>{t(`wo.priority.${d.priority}`)}</Tag>
          </Space>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'branch', label: t('wo.col.branch'), children: branchName(d.branchId) },
              {
                key: 'policy',
                label: t('wo.detail.policy'),
                children: `${d.policy.name}${t('punct.parenthesized', {
                  text: [
                    `${t('wo.settings.reply')} ${durationText(d.policy.reply)}`,
                    `${t('wo.settings.resolve')} ${durationText(d.policy.resolve)}`,
                  ].join(t('punct.clauseSeparator')),
                })}`,
              },
              { key: 'created', label: t('wo.col.createdAt'), children: formatDateTime(d.createdAt) },
              {
                key: 'replyDue',
                label: t('wo.col.replyDue'),
                children: (
                  <DueTime at={d.sla.replyDueAt} late={d.sla.replyLate} done={d.repliedAt !== null} />
                ),
              },
              {
                key: 'resolveDue',
                label: t('wo.col.resolveDue'),
                children: (
                  <DueTime at={d.sla.resolveDueAt} late={d.sla.resolveLate} done={d.resolvedAt !== null} />
                ),
              },
              {
                key: 'replied',
                label: t('wo.detail.repliedAt'),
                children: d.repliedAt ? formatDateTime(d.repliedAt) : t('common.none'),
              },
              {
                key: 'resolved',
                label: t('wo.detail.resolvedAt'),
                children: d.resolvedAt ? formatDateTime(d.resolvedAt) : t('common.none'),
              },
              ...(d.result !== null
                ? [
                    { key: 'result', label: t('wo.detail.result'), children: d.result },
                    {
                      key: 'satisfied',
                      label: t('wo.detail.satisfied'),
                      children: d.satisfied === null ? t('common.none') : t(d.satisfied ? 'wo.yes' : 'wo.no'),
                    },
                  ]
                : []),
              ...(d.complaintId
                ? [{ key: 'complaint', label: t('wo.detail.complaint'), children: d.complaintId }]
                : []),
              ...(d.conversationId
                ? [
                    {
                      key: 'conversation',
                      label: t('wo.detail.conversation'),
                      children: (
                        <Link to={`/conversations/${encodeURIComponent(d.conversationId)}`}>
                          {d.conversationId}
                        </Link>
                      ),
                    },
                  ]
                : []),
              {
                key: 'counts',
                label: t('wo.col.counts'),
                children: `${d.bounceBacks} / ${d.redos}`,
              },
            ]}
          />
          {allowed.length > 0 ? (
            <Space wrap data-testid="wo-actions">
              {allowed.map((e) => (
                <Button
                  key={e}
                  type={e === 'reply' || e === 'resolve' ? 'primary' : 'default'}
                  danger={e === 'escalate'}
                  onClick={() => setActing(e)}
                  data-testid={`wo-action-${e}`}
                >
                  {t(`wo.event.${e}`)}
                </Button>
              ))}
            </Space>
          ) : (
            <Alert type="info" showIcon title={t('wo.detail.noActions')} />
          )}
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('wo.detail.timeline')}
          </Typography.Title>
          <Timeline
            data-testid="wo-timeline"
            items={[
              {
                key: 'created',
                color: 'gray',
                children: `${formatDateTime(d.createdAt)} ${t('wo.detail.createdEvent')}`,
              },
              ...[...d.events]
                .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id)
                .map((e) => ({
                  key: String(e.id),
                  color: EVENT_COLOR[e.type] ?? 'blue',
                  children: (
                    <Flex vertical data-testid="wo-timeline-event" data-type={e.type}>
                      <Typography.Text>
                        {formatDateTime(e.at)}{' '}
                        <Typography.Text strong>{t(`wo.event.${e.type}`)}</Typography.Text>
                        <Typography.Text type="secondary">
                          {' · '}
                          {e.actor === null ? t('wo.detail.system') : (e.actorName ?? e.actor)}
                        </Typography.Text>
                      </Typography.Text>
                      {e.note ? <Typography.Text type="secondary">{e.note}</Typography.Text> : null}
                    </Flex>
                  ),
                })),
            ]}
          />
        </Flex>
      ) : null}
      {d && acting ? (
        <RecordEvent
          order={d}
          type={acting}
          onClose={() => setActing(null)}
          onRecorded={() => setActing(null)}
        />
      ) : null}
    </Drawer>
  );
}
