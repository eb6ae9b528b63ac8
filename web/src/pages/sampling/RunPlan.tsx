// Run a sampling plan over a period of days: POST /api/sampling-plans/:id/run creates review tasks (assigned
// evenly to the active inspectors; a re-run adds only what is missing) and answers the run and its new tasks.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, DatePicker, Descriptions, Flex, Modal, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api } from '../../api/client.ts';
import type { Account, SamplingPlan, SamplingRun, SamplingTask } from '../../api/admin-types.ts';
import { useApi } from '../../api/useApi.ts';
import { formatScore } from '../../components/ScoreTag.tsx';
import { describeError } from '../../components/States.tsx';
import { dayRangeToQuery, zonedDate } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReasonTags } from '../review/ReasonTags.tsx';

interface Props {
  plan: SamplingPlan | null;
  onClose: () => void;
  onRan: () => void;
}

export function RunPlan({ plan, onClose, onRan }: Props) {
  const { t } = useI18n();
  const yesterday = dayjs(zonedDate(new Date())).subtract(1, 'day');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([yesterday, yesterday]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [out, setOut] = useState<{ run: SamplingRun; tasks: SamplingTask[] } | null>(null);
  const inspectors = useApi('users:inspectors', (signal) =>
    api.get<{ items: Account[] }>('/api/users', { includeDisabled: 'true' }, signal),
  );
  const names = useMemo(
    () => new Map((inspectors.data?.items ?? []).map((u) => [u.id, u.displayName])),
    [inspectors.data],
  );

  const close = () => {
    setOut(null);
    setError(null);
    onClose();
  };

  const run = async () => {
    if (!plan) return;
    setBusy(true);
    setError(null);
    try {
      const period = dayRangeToQuery(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD'));
      setOut(await api.post(`/api/sampling-plans/${encodeURIComponent(plan.id)}/run`, period));
      onRan();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
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
          <Button type="primary" loading={busy} onClick={() => void run()} data-testid="run-submit">
            {t('sampling.run')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('sampling.runHint')}</Typography.Text>
        {error ? <Alert type="error" showIcon title={describeError(error, t)} /> : null}
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
