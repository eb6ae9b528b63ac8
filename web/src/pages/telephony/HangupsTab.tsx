// 挂机报表 (seed 003: 员工与客户在主动挂线方面的比例 18:82; 检测优化: 实施一个月后对比满意度): the agent:customer ratio
// per day (chart), team and agent, agent-first hang-ups allowed / not allowed by the norm, and the before/after check.
import { useState } from 'react';
import { Card, DatePicker, InputNumber, Space, Statistic, Table, Tabs } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { EChart } from '../../components/EChart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Row = ResponseOf<'/api/hangups/report', 'get'>['total'];
const pctText = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;

export function HangupsTab() {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([
    dayjs().subtract(30, 'day'),
    dayjs().subtract(1, 'day'),
  ]);
  const [policyDate, setPolicyDate] = useState<Dayjs>(dayjs().subtract(15, 'day'));
  const [days, setDays] = useState(14);
  const query = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const r = useApi(`hangups:report:${query.from}:${query.to}`, (signal) =>
    call('get', '/api/hangups/report', { query, signal }),
  );
  const baQuery = { policyDate: policyDate.format('YYYY-MM-DD'), days };
  const ba = useApi(`hangups:before-after:${baQuery.policyDate}:${baQuery.days}`, (signal) =>
    call('get', '/api/hangups/before-after', { query: baQuery, signal }),
  );
  const cols = [
    { title: t('telephony.key'), dataIndex: 'key' },
    { title: t('telephony.calls'), dataIndex: 'calls' },
    { title: t('telephony.agentFirst'), dataIndex: 'agent' },
    { title: t('telephony.customerFirst'), dataIndex: 'customer' },
    { title: t('telephony.ratio'), dataIndex: 'ratio' },
    { title: t('telephony.allowed'), dataIndex: 'agentAllowed' },
    { title: t('telephony.notAllowed'), dataIndex: 'agentNotAllowed' },
  ];
  const days_ = r.data?.byDay ?? [];
  const figureRows = ba.data
    ? [
        {
          k: t('telephony.agentShare'),
          b: pctText(ba.data.before.agentShare),
          a: pctText(ba.data.after.agentShare),
          d: pctText(ba.data.delta.agentShare),
        },
        {
          k: t('telephony.notAllowed'),
          b: ba.data.before.agentNotAllowed,
          a: ba.data.after.agentNotAllowed,
          d: '',
        },
        {
          k: t('telephony.satisfaction'),
          b: pctText(ba.data.before.satisfaction),
          a: pctText(ba.data.after.satisfaction),
          d: pctText(ba.data.delta.satisfaction),
        },
        {
          k: t('telephony.complaintCount'),
          b: ba.data.before.complaints,
          a: ba.data.after.complaints,
          d: ba.data.delta.complaintsPerThousandCalls?.toFixed(2) ?? '—',
        },
        {
          k: t('telephony.repeatCalls'),
          b: ba.data.before.repeatCalls,
          a: ba.data.after.repeatCalls,
          d: pctText(ba.data.delta.repeatRate),
        },
        { k: t('telephony.calls'), b: ba.data.before.calls, a: ba.data.after.calls, d: '' },
      ]
    : [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
      </Space>
      <Space size="large">
        <Statistic title={t('telephony.ratio')} value={r.data?.total.ratio ?? '—'} />
        <Statistic title={t('telephony.agentFirst')} value={r.data?.total.agent ?? 0} />
        <Statistic title={t('telephony.customerFirst')} value={r.data?.total.customer ?? 0} />
        <Statistic title={t('telephony.allowed')} value={r.data?.total.agentAllowed ?? 0} />
        <Statistic title={t('telephony.notAllowed')} value={r.data?.total.agentNotAllowed ?? 0} />
      </Space>
      <EChart
        ariaLabel={t('telephony.byDay')}
        option={{
          tooltip: { trigger: 'axis' },
          legend: {},
          xAxis: { type: 'category', data: days_.map((d) => d.key.slice(5)) },
          yAxis: [{ type: 'value' }, { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }],
          series: [
            { type: 'bar', stack: 'a', name: t('telephony.allowed'), data: days_.map((d) => d.agentAllowed) },
            {
              type: 'bar',
              stack: 'a',
              name: t('telephony.notAllowed'),
              data: days_.map((d) => d.agentNotAllowed),
            },
            { type: 'bar', name: t('telephony.customerFirst'), data: days_.map((d) => d.customer) },
            {
              type: 'line',
              yAxisIndex: 1,
              name: t('telephony.agentShare'),
              data: days_.map((d) => (d.agentShare === null ? null : +(d.agentShare * 100).toFixed(1))),
            },
          ],
        }}
      />
      <Tabs
        items={[
          {
            key: 'team',
            label: t('telephony.byTeam'),
            children: (
              <Table<Row> rowKey="key" size="small" columns={cols} dataSource={r.data?.byTeam ?? []} />
            ),
          },
          {
            key: 'agent',
            label: t('telephony.byAgent'),
            children: (
              <Table<Row> rowKey="key" size="small" columns={cols} dataSource={r.data?.byAgent ?? []} />
            ),
          },
          {
            key: 'day',
            label: t('telephony.byDay'),
            children: <Table<Row> rowKey="key" size="small" columns={cols} dataSource={days_} />,
          },
        ]}
      />
      <Card title={t('telephony.beforeAfter')} size="small" data-testid="before-after">
        <Space style={{ marginBottom: 12 }}>
          {t('telephony.policyDate')}
          <DatePicker value={policyDate} onChange={(v) => v && setPolicyDate(v)} />
          {t('telephony.days')}
          <InputNumber min={1} max={92} value={days} onChange={(v) => v && setDays(v)} />
        </Space>
        <Table
          rowKey="k"
          size="small"
          pagination={false}
          dataSource={figureRows}
          columns={[
            { title: '', dataIndex: 'k' },
            {
              title: `${t('telephony.before')} ${ba.data?.periods.before.join(' ~ ') ?? ''}`,
              dataIndex: 'b',
            },
            { title: `${t('telephony.after')} ${ba.data?.periods.after.join(' ~ ') ?? ''}`, dataIndex: 'a' },
            { title: t('telephony.delta'), dataIndex: 'd' },
          ]}
        />
      </Card>
    </Space>
  );
}
