// 抽检计划: the plans that decide what QA reviews. Everyone in QA sees them; the QA lead and the admin create,
// (de)activate and run them (sampling.manage / sampling.run), and read each plan's runs.
import { useMemo, useState } from 'react';
import { Button, Card, Drawer, Flex, Space, Switch, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { SamplingPlan, SamplingRun } from '../../api/admin-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { useMay } from '../../auth/auth.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { describeRule, describeScope } from './describe.ts';
import { PlanForm } from './PlanForm.tsx';
import { RunPlan } from './RunPlan.tsx';

function PlanRuns({ plan, onClose }: { plan: SamplingPlan | null; onClose: () => void }) {
  const { t } = useI18n();
  const id = plan?.id ?? '';
  const detail = useApi(
    `sampling-plans:${id}`,
    (signal) =>
      api.get<SamplingPlan & { runs: SamplingRun[] }>(
        `/api/sampling-plans/${encodeURIComponent(id)}`,
        undefined,
        signal,
      ),
    { enabled: plan !== null },
  );
  return (
    <Drawer
      open={plan !== null}
      onClose={onClose}
      title={plan ? t('sampling.runsOf', { name: plan.name }) : ''}
      size={640}
    >
      {detail.state === 'error' ? (
        <ErrorState error={detail.error} onRetry={detail.reload} />
      ) : !detail.data ? (
        <LoadingBlock />
      ) : (
        <Table<SamplingRun>
          size="small"
          rowKey="id"
          data-testid="plan-runs"
          dataSource={detail.data.runs}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('sampling.noRuns') }}
          columns={[
            { title: t('sampling.ranAt'), dataIndex: 'ranAt', render: (v: string) => formatDateTime(v) },
            {
              title: t('sampling.runPeriod'),
              key: 'period',
              render: (_, r) => `${formatDateTime(r.periodFrom)} – ${formatDateTime(r.periodTo)}`,
            },
            { title: t('sampling.candidates'), dataIndex: 'candidates', align: 'right' },
            { title: t('sampling.created'), dataIndex: 'created', align: 'right' },
            {
              title: t('sampling.by'),
              dataIndex: 'actorUserId',
              render: (v: string | null) => v ?? t('sampling.scheduledRun'),
            },
          ]}
        />
      )}
    </Drawer>
  );
}

export function SamplingPage() {
  const { t } = useI18n();
  const manager = useMay()('sampling.manage');
  const ruleName = useRuleName();
  const org = useOrg();
  const plans = useApi('sampling-plans', (signal) =>
    api.get<{ items: SamplingPlan[] }>('/api/sampling-plans', undefined, signal),
  );
  const [running, setRunning] = useState<SamplingPlan | null>(null);
  const [viewing, setViewing] = useState<SamplingPlan | null>(null);
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const v of org.data?.vendors ?? []) m.set(v.id, v.name);
    for (const x of org.data?.teams ?? []) m.set(x.id, x.name);
    return (id: string) => m.get(id) ?? id;
  }, [org.data]);

  const toggle = useCommand(
    (p: SamplingPlan, field: 'active' | 'scheduled', value: boolean) =>
      api.patch(`/api/sampling-plans/${encodeURIComponent(p.id)}`, { [field]: value }),
    { invalidates: ['sampling-plans'] },
  );

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('sampling.title')}
        </Typography.Title>
        {manager ? <PlanForm org={org.data} /> : null}
      </Flex>
      <Card size="small">
        {plans.state === 'error' && !plans.data ? (
          <ErrorState error={plans.error} onRetry={plans.reload} />
        ) : !plans.data ? (
          <LoadingBlock />
        ) : (
          <Table<SamplingPlan>
            size="small"
            rowKey="id"
            data-testid="plans-table"
            loading={plans.state === 'loading'}
            dataSource={plans.data.items}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('sampling.empty') }}
            scroll={{ x: 1000 }}
            columns={[
              {
                title: t('sampling.name'),
                dataIndex: 'name',
                render: (v: string, p) => (
                  <Space size={4}>
                    <Typography.Text strong>{v}</Typography.Text>
                    {p.active ? null : <Tag>{t('common.inactive')}</Tag>}
                  </Space>
                ),
              },
              { title: t('sampling.kind'), key: 'rule', render: (_, p) => describeRule(p.rule, t, ruleName) },
              {
                title: t('sampling.scope'),
                key: 'scope',
                render: (_, p) => describeScope(p.scope, t, names),
              },
              {
                title: t('sampling.period'),
                dataIndex: 'period',
                width: 80,
                render: (v: SamplingPlan['period']) => t(`sampling.period.${v}`),
              },
              {
                title: t('sampling.scheduled'),
                dataIndex: 'scheduled',
                width: 90,
                render: (v: boolean, p) => (
                  <Switch
                    size="small"
                    checked={v}
                    disabled={!manager}
                    aria-label={t('sampling.scheduled')}
                    onChange={(c) => void toggle.run(p, 'scheduled', c)}
                  />
                ),
              },
              {
                title: t('common.active'),
                dataIndex: 'active',
                width: 80,
                render: (v: boolean, p) => (
                  <Switch
                    size="small"
                    checked={v}
                    disabled={!manager}
                    aria-label={t('common.active')}
                    onChange={(c) => void toggle.run(p, 'active', c)}
                  />
                ),
              },
              {
                title: t('review.col.created'),
                dataIndex: 'createdAt',
                width: 160,
                render: (v: string) => formatDateTime(v),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 150,
                fixed: 'right',
                render: (_, p) => (
                  <Space size={4}>
                    {manager ? (
                      <Button
                        size="small"
                        type="primary"
                        disabled={!p.active}
                        onClick={() => setRunning(p)}
                        data-testid="plan-run"
                      >
                        {t('sampling.run')}
                      </Button>
                    ) : null}
                    <Button size="small" onClick={() => setViewing(p)} data-testid="plan-runs-open">
                      {t('sampling.runs')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {manager ? <RunPlan plan={running} onClose={() => setRunning(null)} /> : null}
      <PlanRuns plan={viewing} onClose={() => setViewing(null)} />
    </Flex>
  );
}
