// Alert rules (GET/PUT /api/live/alert-rules): which live hits raise an alert (pack rules that decide mid-call;
// none named = all of them), how severe, who is told (the agent's team leader, QA, the admin, the expert seats of
// seed 004 專家座席組) and after how many seconds an unanswered alert escalates. Everyone on the wall may read them;
// editing follows the server's `actions.configure` (QA lead and admin).
import { useState } from 'react';
import { Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePublishedRules, useRuleName } from '../../rules/RulesContext.tsx';
import { SeverityTag } from './AlertItem.tsx';

type Rule = ResponseOf<'/api/live/alert-rules', 'get'>['items'][number];
type Values = Omit<Rule, 'id'>;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const AUDIENCES = ['team_leader', 'qa', 'admin', 'expert_seat'] as const;

export function AlertRulesTab() {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const { pack } = usePublishedRules();
  const list = useApi('live:alert-rules', (signal) => call('get', '/api/live/alert-rules', { signal }));
  const [editing, setEditing] = useState<{ id: string; isNew: boolean } | null>(null);
  const saveCmd = useCommand(
    (id: string, body: Values) => call('put', '/api/live/alert-rules/{id}', { params: { id }, body }),
    { invalidates: ['live'], success: t('live.rules.saved') },
  );
  const [form] = Form.useForm<Values>();
  const canEdit = list.data?.actions.configure === true;

  const save = async (id: string, body: Values) => {
    if (await saveCmd.run(id, body)) setEditing(null);
  };
  const edit = (r: Rule | null) => {
    form.setFieldsValue(
      r ?? {
        name: '',
        rules: [],
        severity: 'high',
        audiences: ['team_leader'],
        escalateAfterSeconds: 120,
        enabled: true,
      },
    );
    setEditing(r ? { id: r.id, isNew: false } : { id: `rule-${Date.now().toString(36)}`, isNew: true });
  };
  const columns: TableColumnsType<Rule> = [
    { title: t('live.rules.name'), dataIndex: 'name', width: 180 },
    {
      title: t('live.rules.rules'),
      dataIndex: 'rules',
      render: (ids: string[]) =>
        ids.length === 0 ? (
          <Tag>{t('live.rules.allMidCall')}</Tag>
        ) : (
          <Space size={4} wrap>
            {ids.map((id) => (
              <Tag key={id}>{ruleName(id)}</Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t('live.rules.severity'),
      dataIndex: 'severity',
      width: 90,
      render: (s: Rule['severity']) => <SeverityTag severity={s} />,
    },
    {
      title: t('live.rules.audiences'),
      dataIndex: 'audiences',
      width: 220,
      render: (a: Rule['audiences']) => (
        <Space size={4} wrap>
          {a.map((x) => (
            <Tag key={x}>{t(`live.audience.${x}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('live.rules.escalateAfter'),
      dataIndex: 'escalateAfterSeconds',
      width: 110,
      render: (s: number | null) => (s === null ? t('live.rules.never') : t('live.rules.seconds', { n: s })),
    },
    {
      title: t('live.rules.enabled'),
      dataIndex: 'enabled',
      width: 80,
      render: (on: boolean, r) => (
        <Switch
          size="small"
          checked={on}
          disabled={!canEdit}
          data-testid="alert-rule-enabled"
          onChange={(enabled) => {
            const { id, ...rest } = r;
            void save(id, { ...rest, enabled });
          }}
        />
      ),
    },
    ...(canEdit
      ? [
          {
            key: 'edit',
            width: 80,
            render: (_: unknown, r: Rule) => (
              <Button size="small" data-testid="alert-rule-edit" onClick={() => edit(r)}>
                {t('live.rules.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (list.state === 'error' && !list.data) return <ErrorState error={list.error} onRetry={list.reload} />;
  return (
    <>
      {canEdit ? (
        <Button
          type="primary"
          style={{ marginBottom: 12 }}
          onClick={() => edit(null)}
          data-testid="alert-rule-add"
        >
          {t('live.rules.add')}
        </Button>
      ) : null}
      <Table
        rowKey="id"
        size="small"
        loading={list.state === 'loading'}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
        data-testid="alert-rules"
      />
      <Modal
        open={editing !== null}
        title={editing?.isNew ? t('live.rules.add') : t('live.rules.edit')}
        okText={t('live.rules.save')}
        confirmLoading={saveCmd.busy}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
        width={560}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            if (editing)
              void save(editing.id, {
                ...v,
                name: v.name.trim(),
                escalateAfterSeconds: v.escalateAfterSeconds ?? null,
              });
          }}
        >
          <Form.Item name="name" label={t('live.rules.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} data-testid="alert-rule-name" />
          </Form.Item>
          <Form.Item name="rules" label={t('live.rules.rules')} extra={t('live.rules.rulesHint')}>
            <Select
              mode="multiple"
              allowClear
              optionFilterProp="label"
              options={(pack?.rules ?? []).map((r) => ({ value: r.id, label: ruleName(r.id) }))}
            />
          </Form.Item>
          <Form.Item name="severity" label={t('live.rules.severity')} rules={[{ required: true }]}>
            <Select options={SEVERITIES.map((s) => ({ value: s, label: t(`live.severity.${s}`) }))} />
          </Form.Item>
          <Form.Item
            name="audiences"
            label={t('live.rules.audiences')}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Checkbox.Group options={AUDIENCES.map((a) => ({ value: a, label: t(`live.audience.${a}`) }))} />
          </Form.Item>
          <Form.Item
            name="escalateAfterSeconds"
            label={t('live.rules.escalateAfter')}
            extra={t('live.rules.escalateHint')}
          >
            <InputNumber min={5} max={86_400} precision={0} addonAfter={t('live.rules.secondsUnit')} />
          </Form.Item>
          <Form.Item name="enabled" label={t('live.rules.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
