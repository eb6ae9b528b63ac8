// Change one's own password (POST /api/auth/password): the first-start message tells the admin to do so, and every
// user should be able to without asking an administrator. The server checks the current password and the new
// one's strength; its field errors are shown on the fields, in the user's language.
import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { api, ApiError } from '../api/client.ts';
import { useCommand } from '../api/queries.ts';
import { describeError } from '../components/States.tsx';
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
  // the server's field errors are shown on the fields (below), so the command does not toast them
  const change = useCommand(
    (v: Values) =>
      api.post<null>('/api/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      }),
    { quiet: true, success: t('password.changed') },
  );
  const failure: unknown = change.error;
  useEffect(() => {
    if (!failure) return;
    const issues = fieldIssues(failure);
    if (issues.length === 0) {
      void message.error(failure instanceof Error ? failure.message : describeError(failure, t));
      return;
    }
    form.setFields(
      issues.map((i) => ({
        name: i.field === 'currentPassword' ? 'currentPassword' : 'newPassword',
        errors: [i.field === 'currentPassword' ? t('password.wrongCurrent') : t('password.weak')],
      })),
    );
    // a failure is reported once, when it happens (not again when the language changes)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [failure]);

  const submit = async (v: Values) => {
    if (!(await change.run(v))) return;
    form.resetFields();
    props.onClose();
  };

  return (
    <Modal
      open={props.open}
      title={t('password.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.busy}
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
