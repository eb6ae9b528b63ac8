// 辅导计划 (seed 004 分阶段差异化培训): a plan per agent with the rules to focus on, the library cases to study and a
// note; its follow-up review is a review task on the agent's latest scored call, whose result QA records in the
// review queue. The rules an agent hits most (from the stage analysis) are offered as focus rules.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import type { Org } from '../../api/useOrg.ts';
import { AgentSelect } from '../../components/AgentSelect.tsx';
import { ErrorState } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { CoachingPlan, StagesAnswer } from './types.ts';

/** A follow-up is a review task on the agent's latest scored call: the review queue and the call's workflow change. */
const FOLLOW_UP_CHANGES = ['review', 'conversations', 'overview'] as const;

interface PlanValues {
  agentId: string;
  focusRules: string[];
  caseIds: string[];
  note?: string;
  followUp: boolean;
}

function NewPlan({ org, stages }: { org: Org | undefined; stages: StagesAnswer | undefined }) {
  const { t } = useI18n();
  const [form] = Form.useForm<PlanValues>();
  const agentId = Form.useWatch('agentId', form);
  const cases = useApi('coaching:cases:all', (signal) => call('get', '/api/coaching/cases', { signal }));
  const agent = stages?.agents.find((a) => a.agentId === agentId);
  // a plan created with its follow-up opens a review task on the agent's latest call
  const createPlan = useCommand(
    (v: PlanValues) => call('post', '/api/coaching/plans', { body: { ...v, note: v.note ?? '' } }),
    { invalidates: ['coaching', ...FOLLOW_UP_CHANGES], success: t('coaching.plan.created') },
  );
  const submit = async (v: PlanValues) => {
    if (await createPlan.run(v)) form.resetFields();
  };
  return (
    <Card size="small" title={t('coaching.plan.new')}>
      <Form<PlanValues>
        form={form}
        layout="inline"
        style={{ rowGap: 8 }}
        initialValues={{ focusRules: [], caseIds: [], followUp: false }}
        onFinish={(v) => void submit(v)}
        data-testid="plan-form"
      >
        <Form.Item name="agentId" label={t('coaching.agent')} rules={[{ required: true }]}>
          <AgentSelect org={org} testId="plan-agent" />
        </Form.Item>
        <Form.Item
          name="focusRules"
          label={t('coaching.plan.focusRules')}
          extra={
            agent && agent.topRules.length > 0 ? (
              <Space size={2} wrap>
                {t('coaching.plan.suggested')}
                {agent.topRules.map((r) => (
                  <Tag
                    key={r.ruleId}
                    color={r.typical ? 'red' : undefined}
                    style={{ cursor: 'pointer' }}
                    onClick={() =>
                      form.setFieldValue('focusRules', [
                        ...new Set([...(form.getFieldValue('focusRules') as string[]), r.ruleId]),
                      ])
                    }
                  >
                    {r.ruleId} ×{r.hits}
                  </Tag>
                ))}
              </Space>
            ) : null
          }
        >
          <Select
            mode="tags"
            style={{ minWidth: 260 }}
            data-testid="plan-rules"
            tokenSeparators={[',', ' ']}
          />
        </Form.Item>
        <Form.Item name="caseIds" label={t('coaching.session.cases')}>
          <Select
            mode="multiple"
            style={{ minWidth: 260 }}
            showSearch={{ optionFilterProp: 'label' }}
            options={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('coaching.case.note')}>
          <Input style={{ width: 240 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="followUp" valuePropName="checked">
          <Checkbox>{t('coaching.plan.followUpNow')}</Checkbox>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={createPlan.busy} data-testid="plan-create">
            {t('coaching.plan.create')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

export function PlansTab({ org, stages }: { org: Org | undefined; stages: StagesAnswer | undefined }) {
  const { t } = useI18n();
  const list = useApi('coaching:plans', (signal) => call('get', '/api/coaching/plans', { signal }));
  // which plan's button spins while its follow-up starts
  const [starting, setStarting] = useState<string | null>(null);
  const startFollowUp = useCommand(
    (id: string) => call('post', '/api/coaching/plans/{id}/follow-up', { params: { id } }),
    { invalidates: ['coaching', ...FOLLOW_UP_CHANGES], success: t('coaching.plan.followUpStarted') },
  );
  if (list.state === 'error' && !list.data) return <ErrorState error={list.error} onRetry={list.reload} />;
  const manage = list.data?.actions.manage ?? false;
  const name = (id: string) => org?.agents.find((a) => a.id === id)?.name ?? '';
  const followUp = async (id: string) => {
    setStarting(id);
    await startFollowUp.run(id);
    setStarting(null);
  };
  const columns: TableColumnsType<CoachingPlan> = [
    {
      title: t('coaching.agent'),
      dataIndex: 'agentId',
      width: 140,
      render: (id: string) => `${name(id)} ${id}`,
    },
    {
      title: t('coaching.plan.focusRules'),
      dataIndex: 'focusRules',
      render: (ids: string[]) => (
        <Space size={2} wrap>
          {ids.map((r) => (
            <Tag key={r}>{r}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('coaching.session.cases'),
      key: 'cases',
      width: 70,
      render: (_: unknown, p) => p.caseIds.length,
    },
    { title: t('coaching.case.note'), dataIndex: 'note', ellipsis: true },
    {
      title: t('coaching.plan.followUp'),
      key: 'follow',
      width: 240,
      render: (_: unknown, p) =>
        p.followUpTaskId ? (
          <Space size={6} wrap>
            <Link to={`/review/${encodeURIComponent(p.followUpTaskId)}`}>
              {t('coaching.plan.reviewResult')}
            </Link>
            {p.followUpConversationId ? (
              <Link to={`/conversations/${encodeURIComponent(p.followUpConversationId)}`}>
                {p.followUpConversationId}
              </Link>
            ) : null}
          </Space>
        ) : manage ? (
          <Button
            size="small"
            loading={startFollowUp.busy && starting === p.id}
            onClick={() => void followUp(p.id)}
          >
            {t('coaching.plan.startFollowUp')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
    {
      title: t('coaching.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
  ];
  return (
    <Flex vertical gap={12}>
      {manage ? <NewPlan org={org} stages={stages} /> : null}
      <Table<CoachingPlan>
        rowKey="id"
        size="small"
        loading={list.state === 'loading'}
        dataSource={list.data?.items ?? []}
        columns={columns}
        data-testid="plan-table"
        locale={{ emptyText: <Empty description={t('coaching.plan.none')} /> }}
      />
    </Flex>
  );
}
