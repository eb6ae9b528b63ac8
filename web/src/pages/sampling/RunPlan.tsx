// Run a sampling plan over a period of days: POST /api/sampling-plans/:id/run creates review tasks (assigned
// evenly to the active inspectors; a re-run adds only what is missing) and answers the run and its new tasks.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, DatePicker, Descriptions, Flex, Modal, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api } from '../../api/client.ts';
import type { Account, SamplingPlan, SamplingRun, SamplingTask } from '../../api/admin-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { formatScore } from '../../components/ScoreTag.tsx';
import { describeError } from '../../components/States.tsx';
import { dayRangeToQuery, zonedDate } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReasonTags } from '../review/ReasonTags.tsx';

interface Props {
  plan: SamplingPlan | null;
  onClose: () => void;
}

export function RunPlan({ plan, onClose }: Props) {
  const { t } = useI18n();
  const yesterday = dayjs(zonedDate(new Date())).subtract(1, 'day');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([yesterday, yesterday]);
  // whether the last run failed; its error shows in the dialog (until it is closed)
  const [failed, setFailed] = useState(false);
  const [out, setOut] = useState<{ run: SamplingRun; tasks: SamplingTask[] } | null>(null);
  // a run creates review tasks (and notifies their inspectors) and adds to the plan's runs
  const runPlan = useCommand(
    (planId: string, period: object) =>
      api.post<{ run: SamplingRun; tasks: SamplingTask[] }>(
        `/api/sampling-plans/${encodeURIComponent(planId)}/run`,
        period,
      ),
    { invalidates: ['sampling-plans', 'review', 'notifications'], quiet: true },
  );
  // the same request (and key) as the user list with disabled accounts shown
  const inspectors = useApi('users::true', (signal) =>
    api.get<{ items: Account[] }>('/api/users', { includeDisabled: 'true' }, signal),
  );
  const names = useMemo(
    () => new Map((inspectors.data?.items ?? []).map((u) => [u.id, u.displayName])),
    [inspectors.data],
  );

  const close = () => {
    setOut(null);
    setFailed(false);
    onClose();
  };

  const run = async () => {
    if (!plan) return;
    setFailed(false);
    const period = dayRangeToQuery(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD'));
    const done = await runPlan.run(plan.id, period);
    if (done) setOut(done.value);
    else setFailed(true);
  };

  return (
    <Modal
      open={plan !== null}
      title={plan ? t('sampling.runTitle', { name: plan.name }) : ''}
      onCancel={close}
      footer={
        <Button onClick={close} data-testid="run-close">
          {t('common.closeDialog')}
        </Button>
      }
      width={860}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('sampling.runPeriod')}</Typography.Text>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            aria-label={t('sampling.runPeriod')}
            onChange={(v) => {
              const [a, b] = v ?? [];
              if (a && b) setRange([a, b]);
            }}
          />
          <Button type="primary" loading={runPlan.busy} onClick={() => void run()} data-testid="run-submit">
            {t('sampling.run')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('sampling.runHint')}</Typography.Text>
        {failed && runPlan.error ? (
          <Alert type="error" showIcon title={describeError(runPlan.error, t)} />
        ) : null}
        {out ? (
          <>
            <Descriptions size="small" column={3} bordered>
              <Descriptions.Item label={t('sampling.candidates')}>{out.run.candidates}</Descriptions.Item>
              <Descriptions.Item label={t('sampling.created')}>
                <span data-testid="run-created">{out.run.created}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('sampling.runId')}>{out.run.id}</Descriptions.Item>
            </Descriptions>
            <Table<SamplingTask>
              size="small"
              rowKey="id"
              data-testid="run-tasks"
              dataSource={out.tasks}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              locale={{ emptyText: t('sampling.noneCreated') }}
              columns={[
                {
                  title: t('review.col.conversation'),
                  dataIndex: 'conversationId',
                  render: (id: string, r) => <Link to={`/review/${r.id}`}>{id}</Link>,
                },
                { title: t('kpi.col.agent'), dataIndex: 'agentId', render: (v: string | null) => v ?? '—' },
                {
                  title: t('sampling.inspector'),
                  dataIndex: 'inspectorUserId',
                  render: (v: string) => names.get(v) ?? v,
                },
                {
                  title: t('review.col.reasons'),
                  dataIndex: 'reasons',
                  render: (v: string[]) => <ReasonTags reasons={v} />,
                },
                {
                  title: t('review.col.machine'),
                  dataIndex: 'machineTotal',
                  align: 'right',
                  render: (v: number) => formatScore(v),
                },
              ]}
            />
          </>
        ) : null}
      </Flex>
    </Modal>
  );
}
