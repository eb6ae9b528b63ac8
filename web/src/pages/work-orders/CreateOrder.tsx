// New work order (seed 004 工單): what the agent or the complaint desk cannot solve goes to a branch or department
// with a deadline from an SLA policy, linked to the complaint or conversation it came from. The server checks
// that the linked complaint and conversation exist and answers with the field that is wrong.
import { useState } from 'react';
import { Button, Form, Input, Modal, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useCommand } from '../../api/queries.ts';
import { call, type BodyOf } from '../../api/typed.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Branch, Policy, Priority } from './types.ts';
import { PRIORITIES, WORK_ORDER_CHANGES } from './types.ts';

interface Values {
  title: string;
  assignee: string;
  priority: Priority;
  policyId?: string;
  complaintId?: string;
  conversationId?: string;
}

export function CreateOrder({ branches, policies }: { branches: Branch[]; policies: Policy[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const create = useCommand(
    (body: BodyOf<'/api/work-orders', 'post'>) => call('post', '/api/work-orders', { body }),
    { invalidates: WORK_ORDER_CHANGES, success: t('wo.created') },
  );
  const submit = async (v: Values) => {
    const branch = branches.find((b) => b.id === v.assignee);
    if (!branch) return;
    const trim = (s?: string) => (s && s.trim() !== '' ? s.trim() : undefined);
    const done = await create.run({
      title: v.title,
      assignee: branch.kind === 'branch' ? { branchId: branch.id } : { departmentId: branch.id },
      priority: v.priority,
      policyId: v.policyId,
      complaintId: trim(v.complaintId),
      conversationId: trim(v.conversationId),
    });
    if (!done) return;
    setOpen(false);
    form.resetFields();
  };
  const group = (kind: Branch['kind']) => ({
    label: t(`wo.kind.${kind}`),
    title: kind,
    options: branches.filter((b) => b.kind === kind).map((b) => ({ value: b.id, label: b.name })),
  });
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="wo-create">
        {t('wo.create')}
      </Button>
      <Modal
        open={open}
        title={t('wo.create')}
        okText={t('wo.form.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={create.busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'wo-create-submit' }}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ priority: 'normal' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="title"
            label={t('wo.form.title')}
            rules={[{ required: true, whitespace: true, message: t('wo.form.titleRequired') }]}
          >
            <Input maxLength={500} data-testid="wo-form-title" />
          </Form.Item>
          <Form.Item
            name="assignee"
            label={t('wo.form.assignee')}
            rules={[{ required: true, message: t('wo.form.assigneeRequired') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={[group('branch'), group('department')].filter((g) => g.options.length > 0)}
              data-testid="wo-form-assignee"
            />
          </Form.Item>
          <Form.Item name="priority" label={t('wo.col.priority')}>
            <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`wo.priority.${p}`) }))} />
          </Form.Item>
          <Form.Item name="policyId" label={t('wo.form.policy')}>
            <Select
              allowClear
              placeholder={t('wo.form.policyDefault')}
              options={policies.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
          <Form.Item name="complaintId" label={t('wo.form.complaintId')}>
            <Input data-testid="wo-form-complaint" />
          </Form.Item>
          <Form.Item name="conversationId" label={t('wo.form.conversationId')}>
            <Input data-testid="wo-form-conversation" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
