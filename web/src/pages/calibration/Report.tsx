// The closing report of a calibration session: agreement per scorecard item / rule (observed agreement, Fleiss'
// and Cohen's kappa, computed by the server in core/review/calibration.ts) and per inspector, each with a small
// bar chart, and everyone's totals per conversation.
import { Card, Col, Flex, Row, Table, Typography } from 'antd';
import type {
  CalibrationDetail,
  CalibrationReport,
  InspectorAgreement,
  ItemAgreement,
} from '../../api/admin-types.ts';
import { EChart } from '../../components/EChart.tsx';
import type { ChartOption } from '../../components/EChart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Kappa and agreement are shown with 3 decimals (the same figure the API answers, rounded). */
export const fmt3 = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(3));

function bar(names: string[], values: (number | null)[], color: string): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: {
        interval: 0,
        rotate: names.length > 4 ? 30 : 0,
        formatter: (v: string) => (v.length > 8 ? `${v.slice(0, 8)}…` : v),
        fontSize: 11,
      },
    },
    yAxis: { type: 'value', min: (v: { min: number }) => Math.min(0, Math.floor(v.min * 10) / 10), max: 1 },
    series: [
      {
        type: 'bar',
        data: values.map((v) => (v === null ? null : Number(v.toFixed(3)))),
        itemStyle: { color },
        barMaxWidth: 36,
      },
    ],
  };
}

interface Props {
  detail: CalibrationDetail;
  report: CalibrationReport;
  userName: (id: string) => string;
  itemName: (key: string) => string;
}

export function Report({ detail, report, userName, itemName }: Props) {
  const { t } = useI18n();
  const items = [{ ...report.overall, key: '__overall' }, ...report.items];
  const label = (key: string) => (key === '__overall' ? t('calib.overall') : itemName(key));
  const totals = detail.conversations.map((c) => {
    const row: Record<string, string | number> = { conversationId: c.conversationId };
    for (const s of detail.scores) if (s.conversationId === c.conversationId) row[s.userId] = s.total;
    return row;
  });
  return (
    <Flex vertical gap={12} data-testid="calib-report">
      <Typography.Text type="secondary">{t('calib.reportHint')}</Typography.Text>
      <Row gutter={12}>
        <Col span={12}>
          <Card size="small" title={t('calib.chartItems')}>
            <EChart
              height={220}
              ariaLabel={t('calib.chartItems')}
              option={bar(
                // items every rater agreed on trivially have no kappa: the table lists them, the chart does not
                report.items.filter((i) => i.fleiss !== null).map((i) => label(i.key)),
                report.items.filter((i) => i.fleiss !== null).map((i) => i.fleiss),
                '#1677ff',
              )}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('calib.chartInspectors')}>
            <EChart
              height={220}
              ariaLabel={t('calib.chartInspectors')}
              option={bar(
                report.inspectors.map((i) => userName(i.userId)),
                report.inspectors.map((i) => i.withMajority.agreement),
                '#52c41a',
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('calib.report')}>
        <Table<ItemAgreement>
          size="small"
          rowKey="key"
          data-testid="calib-items"
          dataSource={items}
          pagination={false}
          columns={[
            {
              title: t('calib.item'),
              dataIndex: 'key',
              render: (k: string) => (k === '__overall' ? <strong>{label(k)}</strong> : label(k)),
            },
            { title: t('calib.units'), dataIndex: 'units', width: 90, align: 'right' },
            { title: t('calib.observed'), dataIndex: 'observed', width: 100, align: 'right', render: fmt3 },
            {
              title: t('calib.fleiss'),
              dataIndex: 'fleiss',
              width: 100,
              align: 'right',
              render: (v: number | null, r) => (
                <span data-testid={r.key === '__overall' ? 'calib-overall-fleiss' : undefined}>
                  {fmt3(v)}
                </span>
              ),
            },
            { title: t('calib.cohen'), dataIndex: 'cohen', width: 100, align: 'right', render: fmt3 },
          ]}
        />
      </Card>
      <Card size="small" title={t('calib.inspector')}>
        <Table<InspectorAgreement>
          size="small"
          rowKey="userId"
          data-testid="calib-inspectors-report"
          dataSource={report.inspectors}
          pagination={false}
          columns={[
            { title: t('calib.inspector'), dataIndex: 'userId', render: (id: string) => userName(id) },
            { title: t('calib.conversations'), dataIndex: 'conversations', width: 90, align: 'right' },
            {
              title: t('calib.withMajority'),
              key: 'maj',
              width: 130,
              align: 'right',
              render: (_, r) => fmt3(r.withMajority.agreement),
            },
            {
              title: t('calib.withLead'),
              key: 'lead',
              width: 110,
              align: 'right',
              render: (_, r) => fmt3(r.withLead?.kappa),
            },
            {
              title: t('calib.deviation'),
              dataIndex: 'meanScoreDeviation',
              width: 120,
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('calib.scores')}>
        <Table
          size="small"
          rowKey="conversationId"
          data-testid="calib-totals"
          dataSource={totals}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('calib.conversation'), dataIndex: 'conversationId' },
            ...detail.participants.map((u) => ({
              title: userName(u),
              dataIndex: u,
              align: 'right' as const,
              render: (v: number | undefined) => v ?? '—',
            })),
          ]}
        />
      </Card>
    </Flex>
  );
}
