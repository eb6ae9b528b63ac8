// Change one's own password (POST /api/auth/password): the first-start message tells the admin to do so, and every
// user should be able to without asking an administrator. The server checks the current password and the new
// one's strength; its field errors are shown on the fields, in the user's language.
import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { api, ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function fieldIssues(e: unknown): { field: string; message: string }[] {
  if (!(e instanceof ApiError) || e.status !== 400 || !Array.isArray(e.details)) return [];
  return (e.details as unknown[]).filter(
    (d): d is { field: string; message: string } =>
      typeof d === 'object' && d !== null && 'field' in d && 'message' in d,
  );
}

export function ChangePasswordModal(props: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await api.post<null>('/api/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      });
      void message.success(t('password.changed'));
      form.resetFields();
      props.onClose();
    } catch (e) {
      const issues = fieldIssues(e);
      if (issues.length === 0) {
        void message.error(e instanceof Error ? e.message : String(e));
        return;
      }
      form.setFields(
        issues.map((i) => ({
          name: i.field === 'currentPassword' ? 'currentPassword' : 'newPassword',
          errors: [i.field === 'currentPassword' ? t('password.wrongCurrent') : t('password.weak')],
        })),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('password.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        props.onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="change-password-form">
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.hint')}
          rules={[
            { required: true, message: t('password.required') },
            { min: 10, message: t('password.tooShort') },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
