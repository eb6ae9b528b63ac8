// 总览: the landing page of QA, leaders and managers — volume and score trend, score distribution, the rules
// violated most, and results per team, vendor and agent, for a period and a team. Every figure is in the
// caller's scope (the API narrows it), and every chart leads to the conversations behind it.
import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { Agent, DashboardOverview, OverviewStats, Page } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { describeError, LoadingBlock } from '../../components/States.tsx';
import { zonedDate } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { OverviewCharts } from '../conversations/OverviewCharts.tsx';
import { defaultPeriod, filtersToParams, parseFilters, statsQuery } from '../conversations/filters.ts';
import type { ConversationFilters } from '../conversations/filters.ts';
import { Backlog } from './Backlog.tsx';
import { Breakdown } from './Breakdown.tsx';
import { PeriodTeamBar } from './PeriodTeamBar.tsx';

export function OverviewPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const today = zonedDate(new Date());
  const parsed = parseFilters(params, today);
  // the overview filters by period and team only
  const filters: ConversationFilters = {
    from: parsed.from,
    to: parsed.to,
    page: 1,
    pageSize: parsed.pageSize,
    ...(parsed.teamId ? { teamId: parsed.teamId } : {}),
  };
  const update = useCallback((next: ConversationFilters) => setParams(filtersToParams(next)), [setParams]);

  const query = statsQuery(filters);
  const key = JSON.stringify(query);
  const stats = useApi(`stats:overview:${key}`, (signal) =>
    api.get<OverviewStats>('/api/stats/overview', query, signal),
  );
  const breakdown = useApi(`dashboard:overview:${key}`, (signal) =>
    api.get<DashboardOverview>('/api/dashboard/overview', query, signal),
  );
  const agents = useApi('agents', (signal) => api.get<Page<Agent>>('/api/agents', undefined, signal));

  const listLink = (extra: Partial<ConversationFilters>) =>
    `/conversations?${filtersToParams({ ...filters, ...extra }).toString()}`;
  const open = (extra: Partial<ConversationFilters>) => void navigate(listLink(extra));

  return (
    <Flex vertical gap={12} data-testid="overview">
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('overview.title')}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('overview.clickHint')}
        </Typography.Text>
      </Flex>
      <PeriodTeamBar
        from={filters.from}
        to={filters.to}
        teamId={filters.teamId}
        agents={agents.data?.items ?? []}
        onChange={(p) => {
          const next: ConversationFilters = { ...filters, ...p };
          if ('teamId' in p && p.teamId === undefined) delete next.teamId;
          update(next);
        }}
        onReset={() => update({ ...defaultPeriod(today), page: 1, pageSize: filters.pageSize })}
      />
      {stats.state === 'error' ? (
        <Alert
          type="error"
          showIcon
          title={describeError(stats.error, t)}
          action={<Button onClick={stats.reload}>{t('common.retry')}</Button>}
        />
      ) : (
        <OverviewCharts
          stats={stats.data}
          period={{ from: filters.from, to: filters.to }}
          loading={stats.state === 'loading'}
          onPickDay={(d) => open({ from: d, to: d })}
          onPickBand={(from, to) => open({ minScore: from, maxScore: to })}
        />
      )}
      <Backlog />
      {breakdown.state === 'error' ? (
        <Alert
          type="error"
          showIcon
          title={describeError(breakdown.error, t)}
          action={<Button onClick={breakdown.reload}>{t('common.retry')}</Button>}
        />
      ) : breakdown.data ? (
        <Breakdown data={breakdown.data} listLink={listLink} onOpen={open} />
      ) : (
        <Card>
          <LoadingBlock rows={8} />
        </Card>
      )}
    </Flex>
  );
}
