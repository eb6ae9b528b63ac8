// Create or edit one organisation unit (client, vendor, team or agent). The code is the unit's id: chosen at
// creation (organisation.ts codeSchema), never changed. A vendor belongs to a client, a team to a vendor, an
// agent to a team (an agent may move to another team; a vendor or team keeps its parent).
import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';

export interface UnitValues {
  id: string;
  name: string;
  parentId?: string;
  hiredOn?: string;
}

interface Props {
  open: boolean;
  title: string;
  /** Values of the unit being edited; null: a new unit. */
  editing: UnitValues | null;
  parent?: { label: string; options: { value: string; label: string }[]; editable: boolean };
  codeHint: string;
  withHiredOn?: boolean;
  busy: boolean;
  onSubmit: (v: UnitValues) => void;
  onCancel: () => void;
}

export function UnitForm({
  open,
  title,
  editing,
  parent,
  codeHint,
  withHiredOn,
  busy,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<UnitValues>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) form.setFieldsValue(editing);
  }, [open, editing, form]);
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={busy}
      forceRender
    >
      <Form form={form} layout="vertical" data-testid="org-form" onFinish={onSubmit}>
        <Form.Item
          name="id"
          label={t('common.code')}
          extra={editing ? undefined : codeHint}
          rules={[...required, { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, message: codeHint }]}
        >
          <Input disabled={editing !== null} maxLength={32} autoComplete="off" data-testid="org-code" />
        </Form.Item>
        <Form.Item name="name" label={t('common.name')} rules={required}>
          <Input maxLength={100} data-testid="org-name" />
        </Form.Item>
        {parent ? (
          <Form.Item name="parentId" label={parent.label} rules={required}>
            <Select
              data-testid="org-parent"
              disabled={editing !== null && !parent.editable}
              showSearch={{ optionFilterProp: 'label' }}
              options={parent.options}
            />
          </Form.Item>
        ) : null}
        {withHiredOn ? (
          <Form.Item name="hiredOn" label={t('org.hiredOn')}>
            <Input type="date" style={{ width: 180 }} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
