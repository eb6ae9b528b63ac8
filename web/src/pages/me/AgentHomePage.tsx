// 我的质检: an agent's own results — score trend and distribution, the rules they hit most with what the rule
// means and the phrasing to use instead, and their recent conversations with deductions. The API scopes every
// request to the agent's own conversations; nothing here filters by id on the client.
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, Flex, List, Result, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { ConversationRow, DashboardOverview, OverviewStats, Page } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useAuth } from '../../auth/auth.tsx';
import { describeError, LoadingBlock } from '../../components/States.tsx';
import { zonedDate } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryLabel } from '../../i18n/labels.ts';
import { usePublishedRules, useRuleName } from '../../rules/RulesContext.tsx';
import { OverviewCharts } from '../conversations/OverviewCharts.tsx';
import { ConversationTable } from '../conversations/ConversationTable.tsx';
import {
  defaultPeriod,
  filtersToParams,
  listQuery,
  parseFilters,
  statsQuery,
} from '../conversations/filters.ts';
import type { ConversationFilters } from '../conversations/filters.ts';
import { PeriodTeamBar } from '../overview/PeriodTeamBar.tsx';

const RECENT_ROWS = 8;
// a conversation "with deductions" scored below full marks
const BELOW_FULL = 99.5;

export function AgentHomePage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const ruleName = useRuleName();
  const { byId } = usePublishedRules();
  const [params, setParams] = useSearchParams();
  const today = zonedDate(new Date());
  const parsed = parseFilters(params, today);
  const filters: ConversationFilters = { from: parsed.from, to: parsed.to, page: 1, pageSize: RECENT_ROWS };
  const update = useCallback((next: ConversationFilters) => setParams(filtersToParams(next)), [setParams]);
  const query = statsQuery(filters);
  const key = JSON.stringify(query);
  const stats = useApi(`stats:overview:${key}`, (signal) =>
    api.get<OverviewStats>('/api/stats/overview', query, signal),
  );
  const learn = useApi(`dashboard:overview:${key}`, (signal) =>
    api.get<DashboardOverview>('/api/dashboard/overview', query, signal),
  );
  const recentQuery = { ...listQuery(filters), maxScore: BELOW_FULL };
  const recent = useApi(`conversations:list:${JSON.stringify(recentQuery)}`, (signal) =>
    api.get<Page<ConversationRow>>('/api/conversations', recentQuery, signal),
  );

  if (session.state !== 'authenticated') return null;
  const user = session.user;
  if (!user.agentId) return <Result status="info" title={t('me.noAgent')} />;
  const listLink = (extra: Record<string, string>) =>
    `/conversations?${filtersToParams({ ...filters, pageSize: 20, ...extra }).toString()}`;

  return (
    <Flex vertical gap={12} data-testid="agent-home">
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('me.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('me.greeting', { name: user.displayName || user.username })}
        </Typography.Text>
      </Flex>
      <PeriodTeamBar
        from={filters.from}
        to={filters.to}
        teamId={undefined}
        agents={[]}
        onChange={(p) => update({ ...filters, ...p })}
        onReset={() => update({ ...defaultPeriod(today), page: 1, pageSize: RECENT_ROWS })}
      />
      {stats.state === 'error' ? (
        <Alert type="error" showIcon title={describeError(stats.error, t)} />
      ) : (
        <OverviewCharts
          stats={stats.data}
          period={{ from: filters.from, to: filters.to }}
          loading={stats.state === 'loading'}
          onPickDay={(d) => update({ ...filters, from: d, to: d })}
          onPickBand={() => undefined}
        />
      )}
      <Card
        size="small"
        title={t('me.learn')}
        extra={<Typography.Text type="secondary">{t('me.learnHint')}</Typography.Text>}
        data-testid="learn"
      >
        {learn.state === 'error' ? (
          <Alert
            type="error"
            showIcon
            title={describeError(learn.error, t)}
            action={<Button onClick={learn.reload}>{t('common.retry')}</Button>}
          />
        ) : !learn.data ? (
          <LoadingBlock rows={4} />
        ) : learn.data.topRules.length === 0 ? (
          <Empty description={t('me.clean')} />
        ) : (
          <List
            itemLayout="vertical"
            size="small"
            dataSource={learn.data.topRules}
            renderItem={(r) => {
              const rule = byId.get(r.rule);
              return (
                <List.Item
                  key={r.rule}
                  data-testid="learn-item"
                  extra={<Link to={listLink({ rule: r.rule })}>{t('me.viewConversations')}</Link>}
                >
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text strong>{ruleName(r.rule)}</Typography.Text>
                    {r.category ? <Tag>{categoryLabel(r.category, t)}</Tag> : null}
                    <Tag color="orange">{t('me.times', { n: r.hits })}</Tag>
                    {r.deduction > 0 ? (
                      <Tag color="red">{t('detail.deduction', { points: r.deduction })}</Tag>
                    ) : null}
                  </Flex>
                  {rule?.description ? (
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {rule.description}
                    </Typography.Paragraph>
                  ) : null}
                  {rule?.suggestion ? (
                    <Typography.Paragraph style={{ margin: '2px 0 0' }}>
                      <Typography.Text type="success">
                        {t('punct.label', { label: t('detail.suggestion') })}
                      </Typography.Text>
                      {rule.suggestion}
                    </Typography.Paragraph>
                  ) : null}
                </List.Item>
              );
            }}
          />
        )}
      </Card>
      <Card size="small" title={t('me.lowest')} styles={{ body: { padding: 0 } }}>
        {recent.state === 'error' ? (
          <Alert type="error" showIcon style={{ margin: 12 }} title={describeError(recent.error, t)} />
        ) : null}
        <ConversationTable
          rows={recent.data?.items ?? []}
          total={recent.data?.total ?? 0}
          page={1}
          pageSize={RECENT_ROWS}
          loading={recent.state === 'loading'}
          onPage={() => undefined}
          hidePagination
        />
      </Card>
    </Flex>
  );
}
