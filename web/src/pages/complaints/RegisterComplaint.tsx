// Register a complaint: received day, agent, severity, what the customer complained about, the linked
// conversation, and optionally the decision at once.
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import type { ComplaintDecision, ComplaintSeverity } from '../../api/ops-types.ts';
import type { Org } from '../../api/useOrg.ts';
import { AgentSelect } from '../../components/AgentSelect.tsx';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DECISIONS, SEVERITIES } from './ComplaintsPage.tsx';

interface Values {
  receivedOn: Dayjs;
  agentId: string;
  severity: ComplaintSeverity;
  decision: ComplaintDecision;
  description: string;
  conversationId?: string;
  decisionNote?: string;
}

export function RegisterComplaint({ org, onRegistered }: { org: Org | undefined; onRegistered: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const required = [{ required: true, message: t('common.required') }];

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await api.post('/api/complaints', {
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        agentId: v.agentId,
        severity: v.severity,
        decision: v.decision,
        description: v.description.trim(),
        ...(v.conversationId?.trim() ? { conversationId: v.conversationId.trim() } : {}),
        ...(v.decisionNote?.trim() ? { decisionNote: v.decisionNote.trim() } : {}),
      });
      void message.success(t('common.created'));
      form.resetFields();
      setOpen(false);
      onRegistered();
    } catch (e) {
      void message.error(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="complaint-new">
        {t('complaints.register')}
      </Button>
      <Modal
        open={open}
        title={t('complaints.register')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        forceRender
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ severity: 'general', decision: 'pending' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="receivedOn" label={t('complaints.receivedOn')} rules={required}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="agentId" label={t('kpi.col.agent')} rules={required}>
            <AgentSelect org={org} />
          </Form.Item>
          <Form.Item name="severity" label={t('complaints.severity')} rules={required}>
            <Select options={SEVERITIES.map((s) => ({ value: s, label: t(`complaints.severity.${s}`) }))} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('common.description')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="conversationId" label={t('common.conversation')}>
            <Input />
          </Form.Item>
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
