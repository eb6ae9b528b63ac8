// 结算录入 (seed 002 二 扣罚事项): a vendor's manual settlement inputs of a month — the monthly report due by the
// 5th (四, ¥50 when late), late callbacks (三, ¥50 each) and actual losses (二) — listed, recorded and cleared.
// Every change is audited by the server; a month whose statement is approved is read-only (adjusting entries).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Input,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { useCommand } from '../../api/queries.ts';
import type { ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { OpsFilters, useOpsFilters } from '../../components/OpsFilters.tsx';
import { describeError } from '../../components/States.tsx';
import { formatYuan, parseYuanToFen } from '../../format/money.ts';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Inputs = ResponseOf<'/api/settlement-inputs', 'get'>;

export function SettlementInputsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filters, setFilters] = useOpsFilters();
  const org = useOrg();
  const vendorId = filters.vendorId ?? org.data?.vendors[0]?.id;
  const query = { vendorId: vendorId ?? '', month: filters.month };
  const data = useApi(`settlement-inputs:${query.vendorId}:${query.month}`, (signal) =>
    vendorId ? api.get<Inputs>('/api/settlement-inputs', query, signal) : Promise.resolve(null),
  );
  // every input is a line of the vendor's statement for the month: the statements re-read their lines and safety check
  const change = useCommand((fn: () => Promise<unknown>) => fn(), {
    invalidates: ['settlement-inputs', 'settlements'],
  });
  const busy = change.busy;
  const [reportAt, setReportAt] = useState<Dayjs | null>(null);
  const [cbDate, setCbDate] = useState<Dayjs | null>(null);
  const [cbKind, setCbKind] = useState<'complaint' | 'voicemail'>('complaint');
  const [lossText, setLossText] = useState('');
  const [lossAmount, setLossAmount] = useState('');

  const d = data.data;
  const may = (a: Inputs['permittedActions'][number]) => d?.permittedActions.includes(a) ?? false;
  const run = async (fn: () => Promise<unknown>, done: string) => {
    if (!(await change.run(fn))) return false;
    void message.success(done);
    return true;
  };

  // The row action of the late-callback and loss tables: clear the input after a confirmation (audited server-side).
  const clearColumn = <R extends { id: string }>(collection: string, testId?: string) => ({
    title: t('common.actions'),
    key: 'x',
    width: 90,
    render: (_: unknown, r: R) =>
      may('clear-input') ? (
        <Popconfirm
          title={t('settle.clearAsk')}
          onConfirm={() =>
            run(
              () => api.delete(`/api/settlement-inputs/${collection}/${encodeURIComponent(r.id)}`),
              t('settle.cleared'),
            )
          }
        >
          <Button size="small" danger data-testid={testId}>
            {t('settle.clear')}
          </Button>
        </Popconfirm>
      ) : null,
  });

  const report = d?.monthlyReport;
  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('settle.inputs.title')}
        </Typography.Title>
        <OpsFilters value={{ ...filters, vendorId }} onChange={setFilters} org={org.data} teams={false} />
        <Link to={`/settlements?month=${filters.month}`}>{t('settle.inputs.toStatements')}</Link>
      </Flex>
      {data.state === 'error' ? <Alert type="error" showIcon title={describeError(data.error, t)} /> : null}
      {d?.locked ? <Alert type="info" showIcon title={t('settle.inputs.locked')} /> : null}
      {report ? (
        <Card size="small" title={t('settle.report.title')} data-testid="settle-report-card">
          <Flex vertical gap={8}>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('settle.report.period')}>
                {report.name}
                {t('punct.parenthesized', { text: report.period })}
              </Descriptions.Item>
              <Descriptions.Item label={t('settle.report.due')}>{report.dueOn}</Descriptions.Item>
              <Descriptions.Item label={t('settle.report.submitted')}>
                <span data-testid="settle-report-submitted">
                  {report.submittedOn ?? t('settle.report.missing')}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('settle.report.line')}>
                {report.late ? (
                  <Tag color="red" data-testid="settle-report-late">
                    {t('settle.report.late', { amount: formatYuan(-report.feeFen) })}
                  </Tag>
                ) : (
                  <Tag color="green" data-testid="settle-report-ontime">
                    {t('settle.report.onTime')}
                  </Tag>
                )}
              </Descriptions.Item>
            </Descriptions>
            <Flex gap={8} wrap align="center">
              {may('record-report') && report.submittedOn === null ? (
                <>
                  <DatePicker
                    value={reportAt}
                    onChange={setReportAt}
                    placeholder={t('settle.report.at')}
                    data-testid="settle-report-at"
                  />
                  <Button
                    type="primary"
                    loading={busy}
                    data-testid="settle-report-record"
                    onClick={() =>
                      void run(
                        () =>
                          api.post('/api/settlement-inputs/reports', {
                            vendorId: vendorId!,
                            period: report.period,
                            name: report.name,
                            // midday of the chosen day, so no zone shift moves it to another date
                            ...(reportAt
                              ? { submittedAt: reportAt.hour(12).minute(0).second(0).format() }
                              : {}),
                          }),
                        t('settle.report.recorded'),
                      ).then((ok) => ok && setReportAt(null))
                    }
                  >
                    {t('settle.report.record')}
                  </Button>
                  <Typography.Text type="secondary">{t('settle.report.hint')}</Typography.Text>
                </>
              ) : null}
              {may('clear-input') && report.submittedOn !== null ? (
                <Popconfirm
                  title={t('settle.report.clearAsk')}
                  okButtonProps={{ 'data-testid': 'settle-report-clear-ok' }}
                  onConfirm={() =>
                    run(
                      () =>
                        api.delete(
                          `/api/settlement-inputs/reports?${new URLSearchParams({
                            vendorId: vendorId!,
                            period: report.period,
                            name: report.name,
                          }).toString()}`,
                        ),
                      t('settle.cleared'),
                    )
                  }
                >
                  <Button danger data-testid="settle-report-clear">
                    {t('settle.report.clear')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Flex>
          </Flex>
        </Card>
      ) : null}
      <Card size="small" title={t('settle.callbacks.title')}>
        <Flex vertical gap={8}>
          <Table<Inputs['lateCallbacks'][number]>
            size="small"
            rowKey="id"
            pagination={false}
            data-testid="settle-callbacks"
            dataSource={d?.lateCallbacks ?? []}
            locale={{ emptyText: t('common.noData') }}
            columns={[
              { title: t('common.date'), dataIndex: 'date', width: 120 },
              {
                title: t('settle.callbacks.kind'),
                dataIndex: 'kind',
                render: (k: 'complaint' | 'voicemail') => t(`settle.callbacks.${k}`),
              },
              {
                title: t('kpi.col.agent'),
                dataIndex: 'agentId',
                render: (v: string | null) => v ?? t('common.none'),
              },
              clearColumn<Inputs['lateCallbacks'][number]>('late-callbacks', 'settle-callback-clear'),
            ]}
          />
          {may('record-input') ? (
            <Flex gap={8} wrap>
              <DatePicker value={cbDate} onChange={setCbDate} placeholder={t('common.date')} />
              <Select
                style={{ width: 200 }}
                value={cbKind}
                onChange={setCbKind}
                options={[
                  { value: 'complaint', label: t('settle.callbacks.complaint') },
                  { value: 'voicemail', label: t('settle.callbacks.voicemail') },
                ]}
              />
              <Button
                loading={busy}
                disabled={!cbDate}
                onClick={() =>
                  void run(
                    () =>
                      api.post('/api/settlement-inputs/late-callbacks', {
                        vendorId: vendorId!,
                        date: cbDate!.format('YYYY-MM-DD'),
                        kind: cbKind,
                      }),
                    t('common.created'),
                  ).then((ok) => ok && setCbDate(null))
                }
              >
                {t('settle.add')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Card>
      <Card size="small" title={t('settle.losses.title')}>
        <Flex vertical gap={8}>
          <Table<Inputs['actualLosses'][number]>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={d?.actualLosses ?? []}
            locale={{ emptyText: t('common.noData') }}
            columns={[
              { title: t('common.description'), dataIndex: 'description' },
              {
                title: t('settle.amount'),
                dataIndex: 'amountFen',
                width: 120,
                render: (v: number) => formatYuan(-v),
              },
              {
                title: t('settle.recordedAt'),
                dataIndex: 'createdAt',
                width: 170,
                render: (v: string) => formatDateTime(v),
              },
              clearColumn<Inputs['actualLosses'][number]>('actual-losses'),
            ]}
          />
          {may('record-input') ? (
            <Flex gap={8} wrap>
              <Input
                style={{ width: 280 }}
                value={lossText}
                placeholder={t('common.description')}
                onChange={(e) => setLossText(e.target.value)}
              />
              <Input
                style={{ width: 140 }}
                value={lossAmount}
                placeholder={t('settle.amountYuan')}
                onChange={(e) => setLossAmount(e.target.value)}
              />
              <Button
                loading={busy}
                onClick={() => {
                  const amountFen = parseYuanToFen(lossAmount);
                  if (amountFen === null || amountFen <= 0 || lossText.trim() === '') {
                    void message.warning(t('common.required'));
                    return;
                  }
                  void run(
                    () =>
                      api.post('/api/settlement-inputs/actual-losses', {
                        vendorId: vendorId!,
                        month: filters.month,
                        description: lossText.trim(),
                        amountFen,
                      }),
                    t('common.created'),
                  ).then((ok) => {
                    if (ok) {
                      setLossText('');
                      setLossAmount('');
                    }
                  });
                }}
              >
                {t('settle.add')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Card>
    </Flex>
  );
}
