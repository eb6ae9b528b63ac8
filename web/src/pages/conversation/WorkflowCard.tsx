// The conversation page as the hub: caller number (masked by role on the server), its reviews and appeals, and the
// actions the server says the caller may take here: start a review, open or reassign the open review, register a
// complaint, appeal a deduction, go decide the open appeals.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import type { Account } from '../../api/admin-types.ts';
import { call, type ResponseOf } from '../../api/typed.ts';
import type { ComplaintDecision, ComplaintSeverity } from '../../api/ops-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { formatScore } from '../../components/ScoreTag.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { DECISIONS, SEVERITIES } from '../complaints/ComplaintsPage.tsx';
import type { IndexedHit } from './HitDetails.tsx';

export type Workflow = ResponseOf<'/api/conversations/{id}/workflow', 'get'>;
export type HitState = Workflow['hitStates'][number]['state'];

const APPEAL_COLOR = { open: 'orange', upheld: 'green', rejected: 'default' } as const;

export function useWorkflow(id: string) {
  return useApi(`conversations:${id}:workflow`, (signal) =>
    call('get', '/api/conversations/{id}/workflow', { params: { id }, signal }),
  );
}

interface Props {
  conversationId: string;
  agentId: string | null;
  callerNumber: string | null;
  hits: readonly IndexedHit[];
  workflow: Workflow;
}

export function WorkflowCard({ conversationId, agentId, callerNumber, hits, workflow }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const ruleName = useRuleName();
  const [modal, setModal] = useState<null | 'appeal' | 'complaint' | 'reassign'>(null);
  const a = workflow.actions;

  // Each action changes this conversation's workflow (under `conversations`) and the lists that show the same
  // review, appeal or complaint elsewhere; the people it concerns are notified.
  const start = useCommand(() => api.post<{ id: number }>('/api/review/tasks', { conversationId }), {
    invalidates: ['review', 'conversations', 'notifications'],
    success: (task) => t('hub.started', { id: task.id }),
  });
  const appeal = useCommand(
    (taskId: number, target: string, reason: string) =>
      api.post('/api/appeals', {
        taskId,
        target: target.startsWith('hit:')
          ? { kind: 'hit', hit: Number(target.slice(4)) }
          : { kind: 'item', item: target.slice(5) },
        reason,
      }),
    {
      invalidates: ['appeals', 'reviews', 'review', 'conversations', 'notifications'],
      success: t('hub.appealFiled'),
    },
  );
  const complaint = useCommand(
    (v: ComplaintValues) =>
      api.post('/api/complaints', {
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        agentId,
        severity: v.severity,
        decision: v.decision,
        description: v.description.trim(),
        conversationId,
      }),
    {
      invalidates: ['complaints', 'settlements', 'conversations', 'notifications'],
      success: t('common.created'),
    },
  );
  const reassign = useCommand(
    (taskId: number, userId: string) =>
      api.post(`/api/review/tasks/${taskId}/reassign`, { inspectorUserId: userId }),
    { invalidates: ['review', 'conversations', 'notifications'], success: t('hub.reassigned') },
  );
  const busy = start.busy || appeal.busy || complaint.busy || reassign.busy;
  const closeOn = (done: unknown) => {
    if (done) setModal(null);
  };

  const startReview = async () => closeOn(await start.run());

  // Deductions the agent may still appeal: confirmed hits that cost points and manual items, not yet appealed.
  const appealed = new Set(
    workflow.appeals.map((x) => (x.target.kind === 'hit' ? `hit:${x.target.hit}` : `item:${x.target.item}`)),
  );
  const states = new Map(workflow.hitStates.map((h) => [h.index, h.state]));
  const targets = [
    ...hits
      .filter(
        (h) => h.deduction > 0 && states.get(h.index) === 'confirmed' && !appealed.has(`hit:${h.index}`),
      )
      .map((h) => ({
        value: `hit:${h.index}`,
        label: `${ruleName(h.rule)} −${h.deduction}${h.text ? ` “${h.text}”` : ''}`,
      })),
    ...workflow.itemDeductions
      .filter((d) => d.state === 'confirmed' && !appealed.has(`item:${d.item}`))
      .map((d) => ({ value: `item:${d.item}`, label: t('hub.manualItem', { item: d.item }) })),
  ];

  return (
    <Card size="small" title={t('hub.title')} data-testid="workflow-card">
      <Flex vertical gap={8}>
        <Typography.Text>
          {t('punct.label', { label: t('hub.caller') })}
          <span data-testid="caller-number">{callerNumber ?? t('common.none')}</span>
        </Typography.Text>
        {workflow.reviews.length === 0 ? (
          <Typography.Text type="secondary">{t('hub.noReview')}</Typography.Text>
        ) : (
          workflow.reviews.map((r) => (
            <Flex key={r.id} wrap gap={6} align="center" data-testid="workflow-review">
              <Typography.Text strong>{t('hub.review', { id: r.id })}</Typography.Text>
              <Tag color={r.status === 'open' ? 'blue' : 'green'}>{t(`review.status.${r.status}`)}</Tag>
              {r.inspectorName ? (
                <Typography.Text type="secondary">
                  {t('hub.inspector', { name: r.inspectorName })}
                </Typography.Text>
              ) : null}
              {r.finalTotal !== null ? (
                <Typography.Text>
                  {t('hub.final', { final: formatScore(r.finalTotal), machine: formatScore(r.machineTotal) })}
                </Typography.Text>
              ) : null}
              {r.appealDeadline ? (
                <Typography.Text type="secondary">
                  {t('hub.deadline', { at: formatDateTime(r.appealDeadline) })}
                </Typography.Text>
              ) : null}
              {r.reviewsCurrentScore ? null : <Tag>{t('hub.olderScore')}</Tag>}
              {r.comment ? (
                <Typography.Text style={{ flexBasis: '100%' }} data-testid="workflow-comment">
                  {t('reviewFlow.commentShown', { comment: r.comment })}
                </Typography.Text>
              ) : null}
            </Flex>
          ))
        )}
        {workflow.appeals.map((x) => (
          <Flex key={x.id} wrap gap={6} align="center" data-testid="workflow-appeal">
            <Typography.Text>{t('hub.appeal', { id: x.id })}</Typography.Text>
            <Tag color={APPEAL_COLOR[x.status]}>{t(`appeals.status.${x.status}`)}</Tag>
            <Typography.Text type="secondary">
              {x.rule ? ruleName(x.rule) : x.item ? t('hub.manualItem', { item: x.item }) : ''}
            </Typography.Text>
          </Flex>
        ))}
        <Space wrap>
          {a.startReview ? (
            <Button
              type="primary"
              loading={busy}
              onClick={() => void startReview()}
              data-testid="hub-start-review"
            >
              {t('hub.startReview')}
            </Button>
          ) : null}
          {a.openTaskId !== null ? (
            <Button
              type="primary"
              onClick={() => void navigate(`/review/${a.openTaskId}`)}
              data-testid="hub-open-task"
            >
              {t('hub.openTask')}
            </Button>
          ) : null}
          {a.reassignTaskId !== null ? (
            <Button onClick={() => setModal('reassign')} data-testid="hub-reassign">
              {t('hub.reassign')}
            </Button>
          ) : null}
          {a.appeal && targets.length > 0 ? (
            <Button type="primary" onClick={() => setModal('appeal')} data-testid="hub-appeal">
              {t('hub.fileAppeal')}
            </Button>
          ) : null}
          {a.decideAppeals ? (
            <Link to="/appeals">
              <Button data-testid="hub-decide">{t('hub.decideAppeals')}</Button>
            </Link>
          ) : null}
          {a.registerComplaint ? (
            <Button onClick={() => setModal('complaint')} data-testid="hub-complaint">
              {t('hub.registerComplaint')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      {modal === 'appeal' && a.appeal ? (
        <AppealModal
          busy={busy}
          targets={targets}
          onCancel={() => setModal(null)}
          onSubmit={(target, reason) => void appeal.run(a.appeal!.taskId, target, reason).then(closeOn)}
        />
      ) : null}
      {modal === 'complaint' ? (
        <ComplaintModal
          busy={busy}
          onCancel={() => setModal(null)}
          onSubmit={(v) => void complaint.run(v).then(closeOn)}
        />
      ) : null}
      {modal === 'reassign' && a.reassignTaskId !== null ? (
        <ReassignModal
          busy={busy}
          onCancel={() => setModal(null)}
          onSubmit={(userId) => void reassign.run(a.reassignTaskId!, userId).then(closeOn)}
        />
      ) : null}
    </Card>
  );
}

function AppealModal(props: {
  busy: boolean;
  targets: { value: string; label: string }[];
  onCancel: () => void;
  onSubmit: (target: string, reason: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ target: string; reason: string }>();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t('hub.fileAppeal')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      confirmLoading={props.busy}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ target: props.targets[0]?.value }}
        onFinish={(v) => props.onSubmit(v.target, v.reason.trim())}
      >
        <Form.Item name="target" label={t('hub.appealTarget')} rules={required}>
          <Select options={props.targets} data-testid="hub-appeal-target" />
        </Form.Item>
        <Form.Item name="reason" label={t('hub.appealReason')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="hub-appeal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ComplaintValues {
  receivedOn: Dayjs;
  severity: ComplaintSeverity;
  decision: ComplaintDecision;
  description: string;
}

function ComplaintModal(props: {
  busy: boolean;
  onCancel: () => void;
  onSubmit: (v: ComplaintValues) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ComplaintValues>();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t('hub.registerComplaint')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      confirmLoading={props.busy}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: dayjs(), severity: 'general', decision: 'pending' }}
        onFinish={props.onSubmit}
      >
        <Form.Item name="receivedOn" label={t('complaints.receivedOn')} rules={required}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="severity" label={t('complaints.severity')} rules={required}>
          <Select options={SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) }))} />
        </Form.Item>
        <Form.Item name="decision" label={t('complaints.decision')} rules={required}>
          <Select options={DECISIONS.map((d) => ({ value: d, label: t(`complaints.decision.${d}`) }))} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('common.description')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="hub-complaint-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReassignModal(props: { busy: boolean; onCancel: () => void; onSubmit: (userId: string) => void }) {
  const { t } = useI18n();
  // the same request (and key) as the user list unfiltered
  const users = useApi('users::false', (signal) =>
    api.get<{ items: Account[] }>('/api/users', undefined, signal),
  );
  const [picked, setPicked] = useState<string | undefined>();
  const options = (users.data?.items ?? [])
    .filter((u) => !u.disabled && (u.role === 'qa_inspector' || u.role === 'qa_lead'))
    .map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  return (
    <Modal
      open
      title={t('hub.reassign')}
      onCancel={props.onCancel}
      okButtonProps={{ disabled: picked === undefined }}
      onOk={() => picked && props.onSubmit(picked)}
      confirmLoading={props.busy}
    >
      <Typography.Paragraph>{t('hub.reassignTo')}</Typography.Paragraph>
      <Select
        style={{ width: '100%' }}
        showSearch={{ optionFilterProp: 'label' }}
        loading={users.state === 'loading'}
        options={options}
        value={picked}
        onChange={setPicked}
        data-testid="hub-reassign-select"
      />
    </Modal>
  );
}
