// Register a complaint (seed 002 (一) 扣罚事项-客户投诉, seed 004 客戶投訴的原因): the call is picked from a server search
// (by id or caller number, agent, day), never typed; the cause comes from the taxonomy; the severity shows the
// seed's definitions; the channel of receipt, the caller's number; the callback due day (seed 002 (三) 隔天回访) and a
// re-complaint warning come from the server before saving. After saving, the list shows the complaint's month.
import { useEffect, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCommand } from '../../api/queries.ts';
import { call, type BodyOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import type { ComplaintDecision, ComplaintSeverity } from '../../api/ops-types.ts';
import type { Org } from '../../api/useOrg.ts';
import { AgentSelect } from '../../components/AgentSelect.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { COMPLAINT_CHANGES, DECISIONS, SEVERITIES } from './ComplaintsPage.tsx';

const CHANNELS = ['hotline', 'online', 'media', 'regulator'] as const;
type Channel = (typeof CHANNELS)[number];

interface Values {
  receivedOn: Dayjs;
  agentId: string;
  severity: ComplaintSeverity;
  decision: ComplaintDecision;
  description: string;
  conversationId?: string;
  decisionNote?: string;
  causeId?: string;
  channel?: Channel;
  callerNumber?: string;
}

interface CallOption {
  id: string;
  agentId: string | null;
  startedAt: string | null;
  callerNumber: string | null;
}

interface Check {
  callbackDueOn: string;
  recomplaintDays: number;
  repeatOf: { id: string; receivedOn: string; agentId: string } | null;
}

export function RegisterComplaint({
  org,
  onRegistered,
}: {
  org: Org | undefined;
  /** called with the complaint's received day, so the list can show its month */
  onRegistered: (receivedOn: string) => void;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [calls, setCalls] = useState<CallOption[]>([]);
  // the cause taxonomy, read once the dialog opens (shared with the rates card's cause names)
  const causeList = useApi('complaint-causes', (signal) => call('get', '/api/complaint-causes', { signal }), {
    enabled: open,
  });
  const causes = causeList.data?.items ?? [];
  const [check, setCheck] = useState<Check | null>(null);
  const required = [{ required: true, message: t('common.required') }];
  const receivedOn = Form.useWatch('receivedOn', form);
  const severity = Form.useWatch('severity', form);
  const callerNumber = Form.useWatch('callerNumber', form);
  const conversationId = Form.useWatch('conversationId', form);
  const agentId = Form.useWatch('agentId', form);

  // the server's callback due day and re-complaint warning for what is typed so far
  useEffect(() => {
    if (!open || !receivedOn) return;
    const ctl = new AbortController();
    const digits = (callerNumber ?? '').replace(/[^\d+]/g, '');
    void call('get', '/api/complaints/intake-check', {
      query: {
        receivedOn: receivedOn.format('YYYY-MM-DD'),
        ...(digits.length >= 5 ? { callerNumber: digits } : {}),
        ...(conversationId ? { conversationId } : {}),
      },
      signal: ctl.signal,
    })
      .then(setCheck)
      .catch(() => undefined);
    return () => ctl.abort();
  }, [open, receivedOn, callerNumber, conversationId]);

  const searchCalls = (q: string) => {
    void call('get', '/api/complaints/calls', {
      query: { ...(q.trim() ? { q: q.trim() } : {}), ...(agentId ? { agentId } : {}) },
    })
      .then((r) => setCalls(r.items))
      .catch(() => setCalls([]));
  };

  const register = useCommand(
    (body: BodyOf<'/api/complaints', 'post'>) => call('post', '/api/complaints', { body }),
    { invalidates: COMPLAINT_CHANGES, success: t('common.created') },
  );
  const submit = async (v: Values) => {
    const day = v.receivedOn.format('YYYY-MM-DD');
    const done = await register.run({
      receivedOn: day,
      agentId: v.agentId,
      severity: v.severity,
      decision: v.decision,
      description: v.description.trim(),
      ...(v.conversationId ? { conversationId: v.conversationId } : {}),
      ...(v.decisionNote?.trim() ? { decisionNote: v.decisionNote.trim() } : {}),
      ...(v.causeId ? { causeId: v.causeId } : {}),
      ...(v.channel ? { channel: v.channel } : {}),
      ...(v.callerNumber?.trim() ? { callerNumber: v.callerNumber.trim() } : {}),
    });
    if (!done) return;
    form.resetFields();
    setCheck(null);
    setOpen(false);
    onRegistered(day);
  };

  return (
    <>
      <Button
        type="primary"
        onClick={() => {
          setOpen(true);
          searchCalls('');
        }}
        data-testid="complaint-new"
      >
        {t('complaints.register')}
      </Button>
      <Modal
        open={open}
        title={t('complaints.register')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={register.busy}
        width={640}
        forceRender
        okButtonProps={{ 'data-testid': 'complaint-submit' }}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            severity: 'general',
            decision: 'pending',
            channel: 'hotline',
            receivedOn: dayjs(),
          }}
          onFinish={(v) => void submit(v)}
        >
          <Space size={16} wrap>
            <Form.Item name="receivedOn" label={t('complaints.receivedOn')} rules={required}>
              <DatePicker allowClear={false} data-testid="complaint-received" />
            </Form.Item>
            <Form.Item name="channel" label={t('ci.channel')}>
              <Select
                style={{ width: 160 }}
                options={CHANNELS.map((c) => ({ value: c, label: t(`ci.channel.${c}`) }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="conversationId" label={t('ci.call')}>
            <Select
              showSearch
              allowClear
              filterOption={false}
              placeholder={t('ci.call.search')}
              onSearch={searchCalls}
              data-testid="complaint-call"
              onChange={(id: string | undefined) => {
                const c = calls.find((x) => x.id === id);
                if (!c) return;
                if (c.agentId) form.setFieldValue('agentId', c.agentId);
                if (c.callerNumber && !form.getFieldValue('callerNumber'))
                  form.setFieldValue('callerNumber', c.callerNumber);
              }}
              options={calls.map((c) => ({
                value: c.id,
                label: [c.id, c.startedAt?.slice(0, 16).replace('T', ' '), c.agentId, c.callerNumber]
                  .filter(Boolean)
                  .join(' · '),
              }))}
            />
          </Form.Item>
          <Form.Item name="agentId" label={t('kpi.col.agent')} rules={required}>
            <AgentSelect org={org} />
          </Form.Item>
          <Form.Item name="callerNumber" label={t('ci.callerNumber')}>
            <Input maxLength={24} data-testid="complaint-caller" />
          </Form.Item>
          {check?.repeatOf ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="complaint-repeat"
              title={t('ci.repeat', {
                days: String(check.recomplaintDays),
                id: check.repeatOf.id,
                day: check.repeatOf.receivedOn,
              })}
            />
          ) : null}
          <Form.Item name="causeId" label={t('ci.cause')}>
            <Select
              allowClear
              data-testid="complaint-cause"
              options={causes.map((c) => ({ value: c.id, label: locale === 'zh-CN' ? c.name : c.nameEn }))}
            />
          </Form.Item>
          <Form.Item
            name="severity"
            label={t('complaints.severity')}
            rules={required}
            extra={severity ? t(`ci.severity.${severity}.def`) : null}
          >
            <Radio.Group
              optionType="button"
              options={SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('common.description')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="complaint-description" />
          </Form.Item>
          {check ? (
            <Typography.Paragraph data-testid="complaint-callback-due">
              {t('ci.callbackDue')}: <Typography.Text strong>{check.callbackDueOn}</Typography.Text>
            </Typography.Paragraph>
          ) : null}
          <Form.Item name="decision" label={t('complaints.decision')}>
            <Select options={DECISIONS.map((d) => ({ value: d, label: t(`complaints.decision.${d}`) }))} />
          </Form.Item>
          <Form.Item name="decisionNote" label={t('complaints.decisionNote')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
