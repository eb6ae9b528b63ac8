// Create or edit a user account. The role decides which scope id it needs (users.ts scopeIssues): an agent account
// its agent, a team leader their team, a vendor manager their vendor. Without a password, the server generates one
// and answers it once (shown by the caller).
import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { USER_ROLES } from '../../api/admin-types.ts';
import { useAuth } from '../../auth/auth.tsx';
import { ASSIGNABLE_ROLES } from '../../../../src/core/auth/user-scope.ts';
import type { Account, UserRole } from '../../api/admin-types.ts';
import type { Org } from '../../api/useOrg.ts';
import { AgentSelect } from '../../components/AgentSelect.tsx';
import { BranchSelect } from '../work-orders/BranchSelect.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel } from '../../i18n/labels.ts';

export interface UserValues {
  username: string;
  displayName: string;
  role: UserRole;
  agentId?: string;
  teamId?: string;
  vendorId?: string;
  /** A back-office account: the branch or department whose work orders it answers. */
  branchId?: string;
  password?: string;
}

interface Props {
  open: boolean;
  /** null: create a new account. */
  editing: Account | null;
  org: Org | undefined;
  busy: boolean;
  onSubmit: (v: UserValues) => void;
  onCancel: () => void;
}

export function UserForm({ open, editing, org, busy, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<UserValues>();
  const role = Form.useWatch('role', form);
  const { session } = useAuth();
  // Offer only the roles the server lets this manager give (a vendor manager: agents and team leaders).
  const mine = session.state === 'authenticated' ? session.user.role : null;
  const assignable: readonly UserRole[] =
    mine && mine in ASSIGNABLE_ROLES ? ASSIGNABLE_ROLES[mine] : USER_ROLES;
  const initialRole: UserRole = assignable.includes('qa_inspector')
    ? 'qa_inspector'
    : (assignable[0] ?? 'agent');
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing)
      form.setFieldsValue({
        username: editing.username,
        displayName: editing.displayName,
        role: editing.role,
        ...(editing.agentId ? { agentId: editing.agentId } : {}),
        ...(editing.teamId ? { teamId: editing.teamId } : {}),
        ...(editing.vendorId ? { vendorId: editing.vendorId } : {}),
      });
  }, [open, editing, form]);
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={editing ? t('users.edit', { name: editing.username }) : t('users.new')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={busy}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="user-form"
        initialValues={{ role: initialRole }}
        onFinish={onSubmit}
      >
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={required}
          extra={t('users.usernameHint')}
        >
          <Input disabled={editing !== null} maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={required}>
          <Select
            data-testid="user-role"
            options={USER_ROLES.filter((r) => assignable.includes(r) || r === editing?.role).map((r) => ({
              value: r,
              label: roleLabel(r, t),
            }))}
          />
        </Form.Item>
        {role === 'agent' ? (
          <Form.Item name="agentId" label={t('kpi.col.agent')} rules={required}>
            <AgentSelect org={org} />
          </Form.Item>
        ) : null}
        {role === 'team_leader' ? (
          <Form.Item name="teamId" label={t('common.team')} rules={required}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(org?.teams ?? []).map((x) => ({ value: x.id, label: x.name }))}
            />
          </Form.Item>
        ) : null}
        {role === 'vendor_manager' ? (
          <Form.Item name="vendorId" label={t('common.vendor')} rules={required}>
            <Select options={(org?.vendors ?? []).map((x) => ({ value: x.id, label: x.name }))} />
          </Form.Item>
        ) : null}
        {role === 'back_office' && editing === null ? (
          <Form.Item name="branchId" label={t('wo.col.branch')} rules={required}>
            <BranchSelect data-testid="user-branch" />
          </Form.Item>
        ) : null}
        {editing === null ? (
          <Form.Item name="password" label={t('login.password')} extra={t('users.passwordHint')}>
            <Input.Password autoComplete="new-password" maxLength={200} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
