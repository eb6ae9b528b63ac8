// 规则准确率: per rule, how many of its hits reviewers confirmed and how many confirmed ones appeals overturned, with
// the learned layer's suggested hits counted apart. This is the evidence docs/rules.md "Learned intents" asks for
// before a rule's `deductAt` is lowered so that its suggestions deduct.
import { useState } from 'react';
import { Alert, Card, Flex, Progress, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';
import dayjs from 'dayjs';
import { zonedDate } from '../../format/time.ts';
import { PeriodPicker, rangeToPeriod, type DayRange } from './PeriodPicker.tsx';

type Row = ResponseOf<'/api/precision', 'get'>['rules'][number];

const ADVICE_COLOR: Record<NonNullable<Row['advice']>, string> = {
  'collect-more': 'default',
  'may-deduct': 'green',
  'keep-suggesting': 'purple',
  tune: 'red',
};

function Share({ value, testId }: { value: number | null; testId?: string }) {
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const pct = Math.round(value * 100);
  return (
    <Progress
      percent={pct}
      size="small"
      status={pct >= 80 ? 'success' : pct >= 60 ? 'normal' : 'exception'}
      format={(p) => `${p}%`}
      data-testid={testId}
    />
  );
}

export function PrecisionPanel() {
  const { t } = useI18n();
  const ruleName = useRuleName();
  // the last 30 days including today: a review finalized a minute ago already counts
  const [range, setRange] = useState<DayRange>(() => {
    const today = dayjs(zonedDate(new Date()));
    return [today.subtract(29, 'day'), today];
  });
  const period = rangeToPeriod(range);
  const data = useApi(`precision:${period.from}:${period.to}`, (signal) =>
    call('get', '/api/precision', { query: period, signal }),
  );

  const columns: TableColumnsType<Row> = [
    {
      title: t('precision.col.rule'),
      key: 'rule',
      render: (_: unknown, r) => (
        <Flex vertical>
          <Typography.Text strong>{ruleName(r.rule)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.rule}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('precision.col.reviewed'),
      dataIndex: 'reviewed',
      align: 'right',
      sorter: (a, b) => a.reviewed - b.reviewed,
      defaultSortOrder: 'descend',
    },
    {
      title: t('precision.col.precision'),
      key: 'precision',
      width: 180,
      sorter: (a, b) => (a.precision ?? -1) - (b.precision ?? -1),
      render: (_: unknown, r) => (
        <Tooltip title={t('precision.confirmedOf', { confirmed: r.confirmed, reviewed: r.reviewed })}>
          <div>
            <Share value={r.precision} testId={`precision-${r.rule}`} />
          </div>
        </Tooltip>
      ),
    },
    {
      title: t('precision.col.appeals'),
      key: 'appeals',
      align: 'right',
      render: (_: unknown, r) => t('precision.appeals', { upheld: r.appealsUpheld, appeals: r.appeals }),
    },
    {
      title: t('precision.col.afterAppeals'),
      key: 'after',
      width: 180,
      render: (_: unknown, r) => <Share value={r.precisionAfterAppeals} />,
    },
    {
      title: (
        <Tooltip title={t('precision.suggestedHint')}>
          <span>{t('precision.col.suggested')}</span>
        </Tooltip>
      ),
      key: 'suggested',
      width: 200,
      render: (_: unknown, r) =>
        r.suggested.reviewed === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Tooltip
            title={t('precision.confirmedOf', {
              confirmed: r.suggested.confirmed,
              reviewed: r.suggested.reviewed,
            })}
          >
            <div>
              <Share value={r.suggested.precision} testId={`precision-suggested-${r.rule}`} />
            </div>
          </Tooltip>
        ),
    },
    {
      title: t('precision.col.advice'),
      key: 'advice',
      render: (_: unknown, r) =>
        r.advice === null ? null : (
          <Tooltip title={t(`precision.adviceHint.${r.advice}` as MessageKey)}>
            <Tag color={ADVICE_COLOR[r.advice]} data-testid={`precision-advice-${r.rule}`}>
              {t(`precision.advice.${r.advice}` as MessageKey)}
            </Tag>
          </Tooltip>
        ),
    },
  ];

  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex align="center" gap={12} wrap>
          <PeriodPicker
            value={range}
            onChange={setRange}
            label={t('precision.period')}
            testId="precision-period"
          />
          <Typography.Text type="secondary">{t('precision.intro')}</Typography.Text>
        </Flex>
        {data.state === 'error' ? (
          <ErrorState error={data.error} onRetry={data.reload} />
        ) : !data.data ? (
          <LoadingBlock rows={6} />
        ) : (
          <>
            {data.data.rules.some((r) => r.advice === 'may-deduct') ? (
              <Alert type="success" showIcon message={t('precision.mayDeductBanner')} />
            ) : null}
            <Table<Row>
              rowKey="rule"
              size="small"
              columns={columns}
              dataSource={data.data.rules}
              pagination={false}
              locale={{ emptyText: t('precision.empty') }}
              scroll={{ x: 900 }}
              data-testid="precision-table"
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
