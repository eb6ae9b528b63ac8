// Branches and departments that receive work orders, and the SLA policies that set their deadlines (seed 004 工單,
// 提升後臺處理時效): reply within X and resolve within Y working days, working hours or clock hours. Changing a
// policy recomputes every order under it from the order's own history (the server answers with how many).
import { useState } from 'react';
import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useCommand } from '../../api/queries.ts';
import { call, type BodyOf } from '../../api/typed.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDurationText } from './SlaTag.tsx';
import type { Branch, Duration, Policy } from './types.ts';

type Unit = 'workingDays' | 'workingHours' | 'hours';
const UNITS: Unit[] = ['workingDays', 'workingHours', 'hours'];

interface PolicyValues {
  name: string;
  replyN: number;
  replyUnit: Unit;
  resolveN: number;
  resolveUnit: Unit;
}

const unitOf = (d: Duration): Unit =>
  'workingDays' in d ? 'workingDays' : 'workingHours' in d ? 'workingHours' : 'hours';
const amountOf = (d: Duration): number =>
  'workingDays' in d ? d.workingDays : 'workingHours' in d ? d.workingHours : d.hours;
const durationOf = (n: number, u: Unit): Duration =>
  u === 'workingDays' ? { workingDays: n } : u === 'workingHours' ? { workingHours: n } : { hours: n };

function PolicyModal({
  policy,
  onClose,
  onSaved,
}: {
  /** null: a new policy. */
  policy: Policy | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<PolicyValues>();
  // a changed policy recomputes the deadlines of its orders, and with them the branch evaluation
  const save = useCommand(
    async (body: BodyOf<'/api/sla-policies', 'post'>) => {
      if (!policy) {
        await call('post', '/api/sla-policies', { body });
        return null;
      }
      const r = await call('patch', '/api/sla-policies/{id}', { params: { id: policy.id }, body });
      return r.recomputed;
    },
    {
      invalidates: ['sla-policies', 'work-orders', 'branch-evaluation'],
      success: (recomputed) =>
        recomputed === null ? t('wo.settings.policyAdded') : t('wo.settings.policySaved', { n: recomputed }),
    },
  );
  const initial: PolicyValues = policy
    ? {
        name: policy.name,
        replyN: amountOf(policy.reply),
        replyUnit: unitOf(policy.reply),
        resolveN: amountOf(policy.resolve),
        resolveUnit: unitOf(policy.resolve),
      }
    : { name: '', replyN: 1, replyUnit: 'workingDays', resolveN: 3, resolveUnit: 'workingDays' };
  const submit = async (v: PolicyValues) => {
    const body = {
      name: v.name.trim(),
      reply: durationOf(v.replyN, v.replyUnit),
      resolve: durationOf(v.resolveN, v.resolveUnit),
    };
    if (await save.run(body)) onSaved();
  };
  const unitSelect = (
    <Select style={{ width: 170 }} options={UNITS.map((u) => ({ value: u, label: t(`wo.unit.${u}`) }))} />
  );
  return (
    <Modal
      open
      title={policy ? t('wo.settings.editPolicy') : t('wo.settings.addPolicy')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'wo-policy-submit' }}
      destroyOnHidden
    >
      <Form<PolicyValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="name"
          label={t('wo.settings.policyName')}
          rules={[{ required: true, whitespace: true, message: t('wo.settings.nameRequired') }]}
        >
          <Input maxLength={200} data-testid="wo-policy-name" />
        </Form.Item>
        {(['reply', 'resolve'] as const).map((k) => (
          <Form.Item key={k} label={t(`wo.settings.${k}`)} required>
            <Space.Compact>
              <Form.Item name={`${k}N`} noStyle rules={[{ required: true }]}>
                <InputNumber min={1} max={10000} precision={0} data-testid={`wo-policy-${k}-n`} />
              </Form.Item>
              <Form.Item name={`${k}Unit`} noStyle>
                {unitSelect}
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        ))}
        {policy ? <Typography.Text type="secondary">{t('wo.settings.recomputeHint')}</Typography.Text> : null}
      </Form>
    </Modal>
  );
}

function AddBranch() {
  const { t } = useI18n();
  const [form] = Form.useForm<{ name: string; kind: Branch['kind'] }>();
  // a new branch can be picked for orders and accounts, and shows in the branch evaluation
  const add = useCommand(
    (v: { name: string; kind: Branch['kind'] }) =>
      call('post', '/api/branches', { body: { name: v.name.trim(), kind: v.kind } }),
    {
      invalidates: ['branches', 'branch-evaluation'],
      success: (b) => t('wo.settings.branchAdded', { name: b.name }),
    },
  );
  const submit = async (v: { name: string; kind: Branch['kind'] }) => {
    if (await add.run(v)) form.resetFields();
  };
  return (
    <Form form={form} layout="inline" initialValues={{ kind: 'branch' }} onFinish={(v) => void submit(v)}>
      <Form.Item
        name="name"
        rules={[{ required: true, whitespace: true, message: t('wo.settings.nameRequired') }]}
      >
        <Input placeholder={t('wo.settings.branchName')} maxLength={200} data-testid="wo-branch-name" />
      </Form.Item>
      <Form.Item name="kind">
        <Select
          style={{ width: 100 }}
          options={(['branch', 'department'] as const).map((k) => ({ value: k, label: t(`wo.kind.${k}`) }))}
        />
      </Form.Item>
      <Button htmlType="submit" icon={<PlusOutlined />} loading={add.busy} data-testid="wo-branch-add">
        {t('wo.settings.addBranch')}
      </Button>
    </Form>
  );
}

export function SettingsTab({
  branches,
  policies,
  manageBranches,
  manageSla,
}: {
  branches: Branch[];
  policies: Policy[];
  manageBranches: boolean;
  manageSla: boolean;
}) {
  const { t } = useI18n();
  const durationText = useDurationText();
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('wo.settings.branches')} extra={manageBranches ? <AddBranch /> : null}>
        <Table<Branch>
          data-testid="wo-branches"
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={branches}
          columns={[
            { title: t('wo.settings.branchName'), dataIndex: 'name' },
            {
              title: t('wo.settings.kind'),
              dataIndex: 'kind',
              width: 120,
              render: (k: Branch['kind']) => <Tag>{t(`wo.kind.${k}`)}</Tag>,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('wo.settings.policies')}
        extra={
          manageSla ? (
            <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="wo-policy-add">
              {t('wo.settings.addPolicy')}
            </Button>
          ) : null
        }
      >
        <Table<Policy>
          data-testid="wo-policies"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={policies}
          columns={[
            { title: t('wo.settings.policyName'), dataIndex: 'name' },
            { title: t('wo.settings.reply'), key: 'reply', render: (_: unknown, p) => durationText(p.reply) },
            {
              title: t('wo.settings.resolve'),
              key: 'resolve',
              render: (_: unknown, p) => durationText(p.resolve),
            },
            ...(manageSla
              ? [
                  {
                    key: 'edit',
                    width: 90,
                    render: (_: unknown, p: Policy) => (
                      <Button size="small" onClick={() => setEditing(p)} data-testid="wo-policy-edit">
                        {t('wo.settings.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing !== null ? (
        <PolicyModal
          policy={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      ) : null}
    </Flex>
  );
}
