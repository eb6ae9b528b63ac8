// 审计日志: the append-only record of every change (scores, reviews, appeals, settings, accounts), newest first,
// filtered by entity, entity id, actor, action and day range. Before/after snapshots are shown as JSON text.
import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Input, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import type { AuditEntry } from '../../api/admin-types.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { dayRangeToQuery, formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ExportButton, SavedViews, definedOnly } from '../../components/ListTools.tsx';

interface Filters {
  entity: string;
  entityId: string;
  actor: string;
  action: string;
  range: [Dayjs, Dayjs] | null;
}
const EMPTY: Filters = { entity: '', entityId: '', actor: '', action: '', range: null };
const PAGE_SIZE = 20;

function Snapshot({ value }: { value: unknown }) {
  if (value === null || value === undefined)
    return (
      <div>
        <Typography.Text type="secondary">—</Typography.Text>
      </div>
    );
  return (
    <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap' }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

export function AuditPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const period = applied.range
    ? dayRangeToQuery(applied.range[0].format('YYYY-MM-DD'), applied.range[1].format('YYYY-MM-DD'))
    : null;
  const query = {
    entity: applied.entity.trim(),
    entityId: applied.entityId.trim(),
    actor: applied.actor.trim(),
    action: applied.action.trim(),
    from: period?.from,
    to: period?.to,
    page,
    pageSize: PAGE_SIZE,
  };
  const audit = useApi(`audit:${JSON.stringify(query)}`, (signal) =>
    api.get<{ items: AuditEntry[]; total: number }>('/api/audit', query, signal),
  );
  const apply = () => {
    setApplied(draft);
    setPage(1);
  };
  const set = (patch: Partial<Filters>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex gap={8} wrap align="center">
          <ExportButton path="/api/audit" query={query} />
          {/* A view keeps what is looked for; the day range is chosen each time. */}
          <SavedViews
            list="audit"
            current={definedOnly({
              entity: applied.entity.trim() || undefined,
              entityId: applied.entityId.trim() || undefined,
              actor: applied.actor.trim() || undefined,
              action: applied.action.trim() || undefined,
            })}
            onApply={(v) => {
              const next: Filters = {
                entity: v['entity'] ?? '',
                entityId: v['entityId'] ?? '',
                actor: v['actor'] ?? '',
                action: v['action'] ?? '',
                range: applied.range,
              };
              setDraft(next);
              setApplied(next);
              setPage(1);
            }}
          />
          <Input
            style={{ width: 140 }}
            placeholder={t('audit.entity')}
            value={draft.entity}
            onChange={(e) => set({ entity: e.target.value })}
            onPressEnter={apply}
            data-testid="audit-entity"
          />
          <Input
            style={{ width: 180 }}
            placeholder={t('audit.entityId')}
            value={draft.entityId}
            onChange={(e) => set({ entityId: e.target.value })}
            onPressEnter={apply}
          />
          <Input
            style={{ width: 160 }}
            placeholder={t('audit.action')}
            value={draft.action}
            onChange={(e) => set({ action: e.target.value })}
            onPressEnter={apply}
            data-testid="audit-action"
          />
          <Input
            style={{ width: 160 }}
            placeholder={t('audit.actorId')}
            value={draft.actor}
            onChange={(e) => set({ actor: e.target.value })}
            onPressEnter={apply}
          />
          <DatePicker.RangePicker
            value={draft.range}
            style={{ width: 236 }}
            aria-label={t('common.date')}
            onChange={(v) => {
              const [a, b] = v ?? [];
              set({ range: a && b ? [a, b] : null });
            }}
          />
          <Button type="primary" onClick={apply} data-testid="audit-search">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
              setPage(1);
            }}
          >
            {t('common.reset')}
          </Button>
        </Flex>
      </Card>
      <Card size="small">
        {audit.state === 'error' && !audit.data ? (
          <ErrorState error={audit.error} onRetry={audit.reload} />
        ) : !audit.data ? (
          <LoadingBlock />
        ) : (
          <Table<AuditEntry>
            size="small"
            rowKey="id"
            data-testid="audit-table"
            loading={audit.state === 'loading'}
            dataSource={audit.data.items}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: audit.data.total,
              showSizeChanger: false,
              showTotal: (n) => t('audit.total', { total: n }),
              onChange: setPage,
            }}
            expandable={{
              expandedRowRender: (e) => (
                <Flex gap={16}>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Typography.Text strong>{t('audit.before')}</Typography.Text>
                    <Snapshot value={e.before} />
                  </div>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Typography.Text strong>{t('audit.after')}</Typography.Text>
                    <Snapshot value={e.after} />
                  </div>
                </Flex>
              ),
            }}
            columns={[
              { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
              {
                title: t('audit.actor'),
                dataIndex: 'actor',
                width: 180,
                render: (a: AuditEntry['actor']) =>
                  a ? `${a.displayName ?? a.id}${a.username ? ` (${a.username})` : ''}` : t('audit.system'),
              },
              { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <Tag>{v}</Tag> },
              { title: t('audit.entity'), dataIndex: 'entity', width: 160 },
              {
                title: t('audit.entityId'),
                dataIndex: 'entityId',
                render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
              },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
