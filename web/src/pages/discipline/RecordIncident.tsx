// Record a record-keeping error incident (seed 000 信息记录不准确): agent, day, what happened, optional conversation.
import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { useCommand } from '../../api/queries.ts';
import type { Org } from '../../api/useOrg.ts';
import { AgentSelect } from '../../components/AgentSelect.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DISCIPLINE_CHANGES } from './DisciplinePage.tsx';

interface Values {
  agentId: string;
  occurredOn: Dayjs;
  description: string;
  conversationId?: string;
}

export function RecordIncident({ org }: { org: Org | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const record = useCommand(
    (v: Values) =>
      api.post('/api/discipline/incidents', {
        agentId: v.agentId,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        description: v.description.trim(),
        ...(v.conversationId?.trim() ? { conversationId: v.conversationId.trim() } : {}),
      }),
    { invalidates: DISCIPLINE_CHANGES, success: t('common.created') },
  );
  const submit = async (v: Values) => {
    if (!(await record.run(v))) return;
    form.resetFields();
    setOpen(false);
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="incident-new">
        {t('discipline.record')}
      </Button>
      <Modal
        open={open}
        title={t('discipline.record')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={record.busy}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            name="agentId"
            label={t('kpi.col.agent')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <AgentSelect org={org} testId="incident-agent" />
          </Form.Item>
          <Form.Item
            name="occurredOn"
            label={t('discipline.occurredOn')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('common.description')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="incident-description" />
          </Form.Item>
          <Form.Item name="conversationId" label={t('common.conversation')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
