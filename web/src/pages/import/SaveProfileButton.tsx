// Saves the import screen's current settings, plus a column mapping and speaker roles typed as `key=value`
// pairs, as a named import profile (POST /api/import-profiles), so the next export of the same system is read
// the same way from the web, the API (`profile`) and the CLI (`zhijian import --profile NAME`).
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { api } from '../../api/client.ts';
import { useCommand } from '../../api/queries.ts';
import type { ImportProfile } from '../../api/ops-types.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

interface Values {
  name: string;
  description?: string;
  mapping?: string;
  roles?: string;
}

/** `role=发送方类型, text=消息` (also `：`, `＝`, `，`) → { role: '发送方类型', text: '消息' }; undefined when empty. */
export function parsePairs(raw: string | undefined): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const part of (raw ?? '').split(/[,，\n]/)) {
    const m = /^\s*([^=:＝：]+?)\s*[=:＝：]\s*(.+?)\s*$/.exec(part);
    if (m) out[m[1]!] = m[2]!;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function SaveProfileButton({
  current,
  onSaved,
}: {
  current: Record<string, string>;
  onSaved: (name: string) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  // the server's refusal (a taken name, a bad pair) is shown inside the dialog
  const create = useCommand(
    async (v: Values) => {
      const mapping = parsePairs(v.mapping);
      const speakerRoles = parsePairs(v.roles);
      return api.post<ImportProfile>('/api/import-profiles', {
        name: v.name.trim(),
        description: v.description?.trim() || null,
        options: { ...current, ...(mapping ? { mapping } : {}), ...(speakerRoles ? { speakerRoles } : {}) },
      });
    },
    { invalidates: ['import-profiles'], quiet: true },
  );
  const error = create.error;

  const save = async (v: Values) => {
    const done = await create.run(v);
    if (!done) return;
    setOpen(false);
    form.resetFields();
    onSaved(done.value.name);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="ingest-profile-save">
        {t('import.profileSave')}
      </Button>
      <Modal
        open={open}
        title={t('import.profileSave')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.busy}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="profile-form">
          <Form.Item
            name="name"
            label={t('common.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={100} data-testid="profile-name" />
          </Form.Item>
          <Form.Item name="description" label={t('import.profileDescription')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="mapping" label={t('import.profileMapping')} extra={t('import.profileMappingHint')}>
            <Input.TextArea rows={2} data-testid="profile-mapping" />
          </Form.Item>
          <Form.Item name="roles" label={t('import.profileRoles')} extra={t('import.profileRolesHint')}>
            <Input.TextArea rows={2} data-testid="profile-roles" />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={describeError(error, t)} /> : null}
        </Form>
      </Modal>
    </>
  );
}
