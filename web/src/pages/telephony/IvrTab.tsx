// IVR (seed 001 IVR和人工需要协同): the policy (3 repeats / 5 minutes, blocking approval, the auto-block pattern) and
// the IVR report: decisions, reasons, the questions callers repeat, and complaints about the IVR heard by agents.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, DatePicker, Form, InputNumber, List, Space, Statistic, Switch, Table } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useCommand } from '../../api/queries.ts';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { EChart } from '../../components/EChart.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Policy = ResponseOf<'/api/telephony/settings', 'get'>;
interface FormValues {
  requireApproval: boolean;
  maxRepeats: number;
  maxMinutes: number;
  nonRoutineToHuman: boolean;
  minCalls: number;
  windowMinutes: number;
  blockFloodsAtOnce: boolean;
}

function Settings({ canWrite }: { canWrite: boolean }) {
  const { t } = useI18n();
  const s = useApi('telephony:settings', (signal) => call('get', '/api/telephony/settings', { signal }));
  const put = useCommand((body: Policy) => call('put', '/api/telephony/settings', { body }), {
    invalidates: ['telephony'],
    success: t('telephony.saved'),
  });
  const [form] = Form.useForm<FormValues>();
  if (!s.data) return null;
  const p = s.data;
  const save = async (v: FormValues) => {
    const body: Policy = {
      ...p,
      requireApproval: v.requireApproval,
      ivr: {
        ...p.ivr,
        maxRepeats: v.maxRepeats,
        maxElapsedMs: v.maxMinutes * 60_000,
        nonRoutineToHuman: v.nonRoutineToHuman,
      },
      autoBlock: {
        ...p.autoBlock,
        minCalls: v.minCalls,
        windowMinutes: v.windowMinutes,
        blockFloodsAtOnce: v.blockFloodsAtOnce,
      },
    };
    await put.run(body);
  };
  return (
    <Card title={t('telephony.ivr.settings')} size="small">
      <Form
        form={form}
        layout="inline"
        disabled={!canWrite}
        onFinish={(v) => void save(v)}
        initialValues={{
          requireApproval: p.requireApproval,
          maxRepeats: p.ivr.maxRepeats,
          maxMinutes: p.ivr.maxElapsedMs / 60_000,
          nonRoutineToHuman: p.ivr.nonRoutineToHuman,
          minCalls: p.autoBlock.minCalls,
          windowMinutes: p.autoBlock.windowMinutes,
          blockFloodsAtOnce: p.autoBlock.blockFloodsAtOnce,
        }}
      >
        <Form.Item name="maxRepeats" label={t('telephony.ivr.maxRepeats')}>
          <InputNumber min={1} max={20} />
        </Form.Item>
        <Form.Item name="maxMinutes" label={t('telephony.ivr.maxMinutes')}>
          <InputNumber min={1} max={60} />
        </Form.Item>
        <Form.Item
          name="nonRoutineToHuman"
          label={t('telephony.ivr.nonRoutineToHuman')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item name="requireApproval" label={t('telephony.requireApproval')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="minCalls" label={t('telephony.auto.minCalls')}>
          <InputNumber min={2} />
        </Form.Item>
        <Form.Item name="windowMinutes" label={t('telephony.auto.windowMinutes')}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item
          name="blockFloodsAtOnce"
          label={t('telephony.auto.blockFloodsAtOnce')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {canWrite ? (
          <Button htmlType="submit" type="primary">
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}

export function IvrTab({
  canReadSettings,
  canWriteSettings,
  canReport,
}: {
  canReadSettings: boolean;
  canWriteSettings: boolean;
  canReport: boolean;
}) {
  const { t } = useI18n();
  const tt = t as (k: string) => string;
  const [range, setRange] = useState<[Dayjs, Dayjs]>([
    dayjs().subtract(30, 'day'),
    dayjs().subtract(1, 'day'),
  ]);
  const query = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const r = useApi(
    `ivr:report:${query.from}:${query.to}`,
    (signal) => call('get', '/api/ivr/report', { query, signal }),
    { enabled: canReport },
  );
  const d = r.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canReadSettings ? <Settings canWrite={canWriteSettings} /> : null}
      {canReport ? (
        <Card
          title={t('telephony.ivr.report')}
          size="small"
          extra={
            <DatePicker.RangePicker
              value={range}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            />
          }
        >
          <Space size="large">
            <Statistic title={t('telephony.ivr.sessions')} value={d?.sessions ?? 0} />
            <Statistic title={t('telephony.ivr.human')} value={d?.actions.human ?? 0} />
            <Statistic title={t('telephony.ivr.callback')} value={d?.actions.callback ?? 0} />
            <Statistic title={t('telephony.ivr.continue')} value={d?.actions.continue ?? 0} />
            <Statistic title={t('telephony.ivr.complaints')} value={d?.complaints.count ?? 0} />
          </Space>
          <EChart
            ariaLabel={t('telephony.ivr.reasons')}
            height={200}
            option={{
              tooltip: {},
              xAxis: {
                type: 'category',
                data: (d?.reasons ?? []).map((x) => tt(`telephony.reason.${x.reason}`)),
              },
              yAxis: { type: 'value' },
              series: [
                {
                  type: 'bar',
                  name: t('telephony.ivr.reasons'),
                  data: (d?.reasons ?? []).map((x) => x.count),
                },
              ],
            }}
          />
          <Table
            rowKey="intent"
            size="small"
            pagination={false}
            title={() => t('telephony.ivr.topIntents')}
            dataSource={d?.topIntents ?? []}
            columns={[
              { title: 'intent', dataIndex: 'intent' },
              { title: t('telephony.ivr.sessions'), dataIndex: 'sessions' },
            ]}
          />
          <List
            size="small"
            header={t('telephony.ivr.complaints')}
            dataSource={d?.complaints.examples ?? []}
            renderItem={(x) => (
              <List.Item>
                <Link to={`/conversations/${encodeURIComponent(x.conversationId)}`}>{x.conversationId}</Link>{' '}
                {x.text}
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </Space>
  );
}
