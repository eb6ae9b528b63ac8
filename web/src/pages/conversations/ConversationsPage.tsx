// 会话: the first screen after login — what was stored, how it scored, and the way into each conversation.
// Cards, charts and list all answer the same filters, so the numbers agree with each other.
import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { Agent, ConversationList, OverviewStats, Page } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { describeError } from '../../components/States.tsx';
import { zonedDate } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ConversationTable } from './ConversationTable.tsx';
import { FiltersBar } from './FiltersBar.tsx';
import { ExportButton, SavedViews } from '../../components/ListTools.tsx';
import { OverviewCharts } from './OverviewCharts.tsx';
import {
  defaultPeriod,
  filtersToParams,
  listQuery,
  pageRequest,
  parseFilters,
  rememberCursor,
  statsQuery,
} from './filters.ts';
import type { ConversationFilters, PageCursors } from './filters.ts';

export function ConversationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const today = zonedDate(new Date());
  const filters = parseFilters(params, today);

  const update = useCallback((next: ConversationFilters) => setParams(filtersToParams(next)), [setParams]);
  const patch = (p: Partial<ConversationFilters>) => update({ ...filters, ...p, page: 1 });

  const lQuery = listQuery(filters);
  const sQuery = statsQuery(filters);
  const cursors = useRef<PageCursors>(new Map());
  const list = useApi(`conversations:list:${JSON.stringify(lQuery)}`, (signal) =>
    api
      .get<ConversationList>('/api/conversations', pageRequest(lQuery, cursors.current), signal)
      .then((answer) => {
        rememberCursor(cursors.current, lQuery, answer.nextCursor);
        return answer;
      }),
  );
  const stats = useApi(`stats:overview:${JSON.stringify(sQuery)}`, (signal) =>
    api.get<OverviewStats>('/api/stats/overview', sQuery, signal),
  );
  const agents = useApi('agents', (signal) => api.get<Page<Agent>>('/api/agents', undefined, signal));

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('conversations.title')}
        </Typography.Title>
        <Flex gap={8}>
          <SavedViews
            list="conversations"
            current={Object.fromEntries(filtersToParams({ ...filters, page: 1 }))}
            onApply={(v) => setParams(new URLSearchParams(v))}
          />
          <ExportButton path="/api/conversations" query={lQuery} />
        </Flex>
      </Flex>
      <FiltersBar
        filters={filters}
        agents={agents.data?.items ?? []}
        onChange={patch}
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
          onPickDay={(d) => patch({ from: d, to: d })}
          onPickBand={(from, to) => patch({ minScore: from, maxScore: to })}
        />
      )}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {list.state === 'error' ? (
          <Alert
            type="error"
            showIcon
            style={{ margin: 12 }}
            title={describeError(list.error, t)}
            action={<Button onClick={list.reload}>{t('common.retry')}</Button>}
          />
        ) : null}
        <ConversationTable
          rows={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          totalExact={list.data?.totalExact ?? true}
          page={filters.page}
          pageSize={filters.pageSize}
          loading={list.state === 'loading'}
          onPage={(page, pageSize) =>
            update({ ...filters, page: pageSize === filters.pageSize ? page : 1, pageSize })
          }
        />
      </Card>
    </Flex>
  );
}
