// 网点考核 (seed 004 工單服務考核評價機制: 及時完成、回復和投訴率): the month's league table of the branches — ranked,
// the score coloured by band — a bar chart of the scores, and a drill-down drawer per branch with its six-month trend
// and the orders behind each figure (late replies, late resolutions, bounce-backs, redos, re-complaints, unsatisfied).
// A branch user sees only their own branch (the server scopes the rows). Month and open branch live in the address.
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { call } from '../../api/typed.ts';
import type { ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { EChart } from '../../components/EChart.tsx';
import type { ChartOption } from '../../components/EChart.tsx';
import { describeError } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Table = ResponseOf<'/api/branch-evaluation', 'get'>;
type Row = Table['rows'][number];
type Drill = ResponseOf<'/api/branch-evaluation/{branchId}', 'get'>;
type DrillOrder = Drill['orders'][number];
type Figure = DrillOrder['figures'][number];
type Band = Row['band'];

const BAND_COLOR: Record<Band, string> = { good: 'green', fair: 'gold', poor: 'red', none: 'default' };
const BAND_HEX: Record<Band, string> = { good: '#52c41a', fair: '#faad14', poor: '#ff4d4f', none: '#bfbfbf' };
const FIGURES: Figure[] = ['lateReply', 'lateResolve', 'bounced', 'redone', 'recomplained', 'unsatisfied'];

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function Rate({ rate, num, den }: { rate: number | null; num: number; den: number }) {
  const { t } = useI18n();
  if (rate === null) return <Typography.Text type="secondary">{t('be.none')}</Typography.Text>;
  return (
    <Space size={4}>
      <span>{percent(rate)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('be.ratio', { num, den })}
      </Typography.Text>
    </Space>
  );
}

function ScoreTag({ row }: { row: Pick<Row, 'score' | 'band'> }) {
  const { t } = useI18n();
  return (
    <Tag color={BAND_COLOR[row.band]} data-testid="be-score">
      {row.score === null ? t('be.band.none') : `${row.score.toFixed(1)} · ${t(`be.band.${row.band}`)}`}
    </Tag>
  );
}

function ScoreChart({ rows, onOpen }: { rows: Row[]; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const scored = rows.filter((r) => r.score !== null);
  if (scored.length === 0) return null;
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: scored.map((r) => r.name) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        name: t('be.chart.score'),
        barMaxWidth: 48,
        data: scored.map((r) => ({ value: r.score, itemStyle: { color: BAND_HEX[r.band] } })),
      },
    ],
  };
  return (
    <Card size="small" title={t('be.chart.title')}>
      <EChart
        option={option}
        height={220}
        ariaLabel={t('be.chart.aria')}
        onClickDataIndex={(_, i) => onOpen(scored[i]!.branchId)}
      />
    </Card>
  );
}

function TrendChart({ trend }: { trend: Drill['trend'] }) {
  const { t } = useI18n();
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 32, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: trend.map((p) => p.month) },
    yAxis: [
      { type: 'value', min: 0, max: 100 },
      { type: 'value', minInterval: 1 },
    ],
    series: [
      { type: 'line', name: t('be.chart.score'), data: trend.map((p) => p.score), connectNulls: false },
      {
        type: 'bar',
        name: t('be.drill.volume'),
        yAxisIndex: 1,
        barMaxWidth: 24,
        itemStyle: { color: '#d6e4ff' },
        data: trend.map((p) => p.volume),
      },
    ],
  };
  return <EChart option={option} height={200} ariaLabel={t('be.drill.trendAria')} />;
}

function DrillDown({
  branchId,
  month,
  onClose,
}: {
  branchId: string | null;
  month: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [only, setOnly] = useState<Figure | 'all'>('all');
  const drill = useApi(
    `branch-evaluation:branch:${branchId ?? ''}:${month}`,
    (signal) =>
      call('get', '/api/branch-evaluation/{branchId}', {
        params: { branchId: branchId ?? '' },
        query: { month },
        signal,
      }),
    { enabled: branchId !== null },
  );
  // the previous branch's answer is kept while the next one loads; it is not shown under the new branch's name
  const d = drill.data?.branch.id === branchId ? drill.data : null;
  const orders = (d?.orders ?? []).filter((o) => only === 'all' || o.figures.includes(only));
  const columns: TableColumnsType<DrillOrder> = [
    {
      title: t('be.col.order'),
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, o) => (
        <Link to={`/work-orders?order=${encodeURIComponent(o.id)}`} data-testid="be-order-link">
          {title}
        </Link>
      ),
    },
    {
      title: t('be.col.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('be.col.repliedAt'),
      dataIndex: 'repliedAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : '—'),
    },
    {
      title: t('be.col.resolvedAt'),
      dataIndex: 'resolvedAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : '—'),
    },
    {
      title: t('be.col.figures'),
      dataIndex: 'figures',
      render: (fs: Figure[]) => (
        <Space size={[4, 4]} wrap>
          {fs.map((f) => (
            <Tag key={f} color={f === 'unsatisfied' || f === 'recomplained' ? 'magenta' : 'orange'}>
              {t(`be.figure.${f}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Drawer
      open={branchId !== null}
      onClose={onClose}
      size="large"
      title={d ? t('be.drill.title', { branch: d.branch.name, month: d.month }) : ''}
      data-testid="be-drill"
      destroyOnHidden
    >
      {drill.state === 'error' ? <Alert type="error" showIcon title={describeError(drill.error, t)} /> : null}
      {d ? (
        <Flex vertical gap={12}>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('be.col.score')}>
              <ScoreTag row={d.row} />
            </Descriptions.Item>
            <Descriptions.Item label={t('be.col.rank')}>{d.row.rank ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('be.col.volume')}>{d.row.volume}</Descriptions.Item>
            <Descriptions.Item label={t('be.col.onTimeReply')}>
              <Rate rate={d.row.onTimeReplyRate} num={d.row.replyOnTime} den={d.row.replyDecided} />
            </Descriptions.Item>
            <Descriptions.Item label={t('be.col.onTimeResolve')}>
              <Rate rate={d.row.onTimeResolveRate} num={d.row.resolveOnTime} den={d.row.resolveDecided} />
            </Descriptions.Item>
            <Descriptions.Item label={t('be.col.satisfaction')}>
              <Rate rate={d.row.satisfactionRate} num={d.row.satisfiedCount} den={d.row.rated} />
            </Descriptions.Item>
            <Descriptions.Item label={t('be.col.bounceBacks')}>{d.row.bounceBacks}</Descriptions.Item>
            <Descriptions.Item label={t('be.col.redos')}>{d.row.redos}</Descriptions.Item>
            <Descriptions.Item label={t('be.col.recomplaint')}>
              <Rate rate={d.row.recomplaintRate} num={d.row.recomplained} den={d.row.complaintOrders} />
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('be.drill.trend')}>
            <TrendChart trend={d.trend} />
          </Card>
          <Card
            size="small"
            title={t('be.drill.orders')}
            extra={
              <Segmented<Figure | 'all'>
                size="small"
                value={only}
                onChange={setOnly}
                data-testid="be-figure-filter"
                options={[
                  { value: 'all', label: `${t('be.drill.all')} ${d.orders.length}` },
                  ...FIGURES.map((f) => ({
                    value: f,
                    label: `${t(`be.figure.${f}`)} ${d.row.orders[f].length}`,
                  })),
                ]}
              />
            }
            styles={{ body: { padding: 0 } }}
          >
            <Table<DrillOrder>
              data-testid="be-drill-orders"
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={orders}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty description={t('be.drill.noOrders')} /> }}
            />
          </Card>
        </Flex>
      ) : null}
    </Drawer>
  );
}

export function BranchEvaluationPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? dayjs().format('YYYY-MM');
  const open = params.get('branch');
  const set = (k: string, v: string | null) =>
    setParams((p) => {
      const n = new URLSearchParams(p);
      if (v === null) n.delete(k);
      else n.set(k, v);
      return n;
    });
  const table = useApi(`branch-evaluation:table:${month}`, (signal) =>
    call('get', '/api/branch-evaluation', { query: { month }, signal }),
  );
  const rows = useMemo(() => table.data?.rows ?? [], [table.data]);
  const columns: TableColumnsType<Row> = [
    { title: t('be.col.rank'), dataIndex: 'rank', width: 70, render: (r: number | null) => r ?? '—' },
    {
      title: t('be.col.branch'),
      dataIndex: 'name',
      width: 180,
      render: (name: string, r) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => set('branch', r.branchId)}
          data-testid="be-open"
        >
          {name}
        </Button>
      ),
    },
    { title: t('be.col.score'), key: 'score', width: 120, render: (_: unknown, r) => <ScoreTag row={r} /> },
    { title: t('be.col.volume'), dataIndex: 'volume', width: 80 },
    {
      title: t('be.col.onTimeReply'),
      key: 'reply',
      render: (_: unknown, r) => <Rate rate={r.onTimeReplyRate} num={r.replyOnTime} den={r.replyDecided} />,
    },
    {
      title: t('be.col.onTimeResolve'),
      key: 'resolve',
      render: (_: unknown, r) => (
        <Rate rate={r.onTimeResolveRate} num={r.resolveOnTime} den={r.resolveDecided} />
      ),
    },
    { title: t('be.col.bounceBacks'), dataIndex: 'bounceBacks', width: 80 },
    { title: t('be.col.redos'), dataIndex: 'redos', width: 80 },
    {
      title: t('be.col.recomplaint'),
      key: 'recomplaint',
      render: (_: unknown, r) => (
        <Rate rate={r.recomplaintRate} num={r.recomplained} den={r.complaintOrders} />
      ),
    },
    {
      title: t('be.col.satisfaction'),
      key: 'satisfaction',
      render: (_: unknown, r) => <Rate rate={r.satisfactionRate} num={r.satisfiedCount} den={r.rated} />,
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('be.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('be.hint', { days: table.data?.recomplaintDays ?? 30 })}
      </Typography.Paragraph>
      <Flex justify="space-between" wrap gap={8}>
        <Space>
          <span>{t('be.month')}</span>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && set('month', d.format('YYYY-MM'))}
            data-testid="be-month"
          />
        </Space>
        <Button
          icon={<DownloadOutlined />}
          href={`/api/branch-evaluation/export.xlsx?month=${month}`}
          data-testid="be-export"
        >
          {t('be.export')}
        </Button>
      </Flex>
      {table.state === 'error' ? <Alert type="error" showIcon title={describeError(table.error, t)} /> : null}
      <ScoreChart rows={rows} onOpen={(id) => set('branch', id)} />
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Row>
          data-testid="be-table"
          rowKey="branchId"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={table.state === 'loading'}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <Empty description={t('be.empty')} /> }}
        />
      </Card>
      <DrillDown branchId={open} month={month} onClose={() => set('branch', null)} />
    </Flex>
  );
}
