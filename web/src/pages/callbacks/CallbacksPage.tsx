// 回访 (seed 002 二 (三) 回访不及时): the caller's callback inbox — overdue in red, due today, upcoming and recently
// closed — with the record-outcome dialog. The server says which tasks the caller may record (actions.record) and
// whether they may run the scan; a late task shows whether its ¥50 line was charged or its month was locked.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCommand } from '../../api/queries.ts';
import { call, type BodyOf, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Task = ResponseOf<'/api/callbacks', 'get'>['items'][number];
type Bucket = Task['bucket'];
/**
 * What recording an attempt or the scan changes: the tasks, a late task's ¥50 line on the vendor's statement, the idea
 * a customer's suggestion may become, and the inboxes the scan sends due tasks to.
 */
const CALLBACK_CHANGES = ['callbacks', 'settlements', 'settlement-inputs', 'ideas', 'notifications'];
const BUCKETS: Bucket[] = ['overdue', 'today', 'upcoming', 'closed'];
const BUCKET_COLOR: Record<Bucket, string> = {
  overdue: 'error',
  today: 'warning',
  upcoming: 'processing',
  closed: 'success',
};

interface Values {
  reached: boolean;
  outcome?: string;
  satisfaction?: NonNullable<Task['satisfaction']>;
  suggestion?: string;
  createIdea?: boolean;
}

function RecordDialog({ task, onClose }: { task: Task | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const reached = Form.useWatch('reached', form);
  const record = useCommand(
    (id: string, body: BodyOf<'/api/callbacks/{id}/attempts', 'post'>) =>
      call('post', '/api/callbacks/{id}/attempts', { params: { id }, body }),
    { invalidates: CALLBACK_CHANGES, success: t('cb.recorded') },
  );
  const submit = async (v: Values) => {
    if (!task) return;
    const done = await record.run(task.id, {
      reached: v.reached,
      ...(v.outcome?.trim() ? { outcome: v.outcome.trim() } : {}),
      ...(v.reached && v.satisfaction ? { satisfaction: v.satisfaction } : {}),
      ...(v.suggestion?.trim() ? { suggestion: v.suggestion.trim(), createIdea: v.createIdea === true } : {}),
    });
    if (!done) return;
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={task !== null}
      title={t('cb.record.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={record.busy}
      forceRender
      okButtonProps={{ 'data-testid': 'callback-save' }}
    >
      <Typography.Paragraph type="secondary">{t('cb.late.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ reached: true }} onFinish={(v) => void submit(v)}>
        <Form.Item name="reached" label={t('cb.reached')}>
          <Radio.Group
            options={[
              { value: true, label: t('cb.reached.yes') },
              { value: false, label: t('cb.reached.no') },
            ]}
          />
        </Form.Item>
        <Form.Item name="outcome" label={t('cb.outcome')}>
          <Input.TextArea rows={2} maxLength={4000} data-testid="callback-outcome" />
        </Form.Item>
        {reached !== false ? (
          <Form.Item name="satisfaction" label={t('cb.satisfaction')}>
            <Radio.Group
              data-testid="callback-satisfaction"
              options={(['satisfied', 'neutral', 'dissatisfied'] as const).map((s) => ({
                value: s,
                label: t(`cb.satisfaction.${s}`),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="suggestion" label={t('cb.suggestion')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Form.Item name="createIdea" valuePropName="checked">
          <Checkbox>{t('cb.createIdea')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CallbacksPage() {
  const { t } = useI18n();
  const [bucket, setBucket] = useState<Bucket | 'all'>('all');
  const [recording, setRecording] = useState<Task | null>(null);
  // open tasks always; closed ones of the last 30 days
  const dueFrom = dayjs().subtract(30, 'day').format('YYYY-MM-DD');
  const list = useApi(`callbacks:list:${dueFrom}`, (signal) =>
    call('get', '/api/callbacks', { query: { dueFrom }, signal }),
  );
  const items = (list.data?.items ?? []).filter((x) => bucket === 'all' || x.bucket === bucket);
  const counts = Object.fromEntries(
    BUCKETS.map((b) => [b, (list.data?.items ?? []).filter((x) => x.bucket === b).length]),
  ) as Record<Bucket, number>;

  const scan = useCommand(() => call('post', '/api/callbacks/scan', {}), {
    invalidates: CALLBACK_CHANGES,
    success: (r) =>
      t('cb.scanned', { created: String(r.created), late: String(r.late), charged: String(r.charged) }),
  });

  const columns: TableColumnsType<Task> = [
    {
      title: t('cb.col.due'),
      key: 'due',
      width: 150,
      render: (_: unknown, x) => (
        <Space size={4} direction="vertical">
          <Typography.Text
            type={x.bucket === 'overdue' ? 'danger' : undefined}
            strong={x.bucket === 'overdue'}
          >
            {x.dueOn}
          </Typography.Text>
          <Tag color={BUCKET_COLOR[x.bucket]} data-testid="callback-bucket">
            {t(`cb.bucket.${x.bucket}`)}
          </Tag>
        </Space>
      ),
    },
    {
      title: t('cb.col.source'),
      key: 'source',
      width: 170,
      render: (_: unknown, x) => (
        <Space size={4} direction="vertical">
          <span>{t(`cb.source.${x.source}`)}</span>
          {x.conversationId ? (
            <Link to={`/conversations/${encodeURIComponent(x.conversationId)}`}>{x.conversationId}</Link>
          ) : null}
        </Space>
      ),
    },
    { title: t('cb.col.origin'), dataIndex: 'originOn', width: 110 },
    {
      title: t('cb.col.caller'),
      dataIndex: 'callerNumber',
      width: 130,
      render: (n: string | null) => n ?? '—',
    },
    {
      title: t('cb.col.status'),
      key: 'status',
      width: 110,
      render: (_: unknown, x) => <Tag data-testid="callback-status">{t(`cb.status.${x.status}`)}</Tag>,
    },
    {
      title: t('cb.col.attempts'),
      key: 'attempts',
      width: 90,
      render: (_: unknown, x) => `${x.attempts} / ${x.maxAttempts}`,
    },
    {
      title: t('cb.col.late'),
      key: 'late',
      width: 150,
      render: (_: unknown, x) =>
        x.late ? (
          <Tag color="error" data-testid="callback-late">
            {t(
              x.lateLine === 'charged'
                ? 'cb.late.charged'
                : x.lateLine === 'locked'
                  ? 'cb.late.locked'
                  : 'cb.late.pending',
            )}
          </Tag>
        ) : null,
    },
    {
      title: t('cb.col.outcome'),
      key: 'outcome',
      ellipsis: true,
      render: (_: unknown, x) =>
        [x.outcome, x.satisfaction ? t(`cb.satisfaction.${x.satisfaction}`) : null]
          .filter(Boolean)
          .join(' · '),
    },
    {
      title: '',
      key: 'act',
      width: 120,
      render: (_: unknown, x) =>
        x.actions.record ? (
          <Button size="small" type="primary" onClick={() => setRecording(x)} data-testid="callback-record">
            {t('cb.record')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap justify="space-between">
        <Space size={16} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('cb.title')}
          </Typography.Title>
          <Segmented<Bucket | 'all'>
            value={bucket}
            onChange={setBucket}
            options={[
              { value: 'all', label: t('cb.filter.all') },
              ...BUCKETS.map((b) => ({ value: b, label: `${t(`cb.bucket.${b}`)} ${counts[b]}` })),
            ]}
          />
        </Space>
        {list.data?.actions.scan ? (
          <Button loading={scan.busy} onClick={() => void scan.run()} data-testid="callbacks-scan">
            {t('cb.scan')}
          </Button>
        ) : null}
      </Flex>
      <Alert type="info" showIcon title={t('cb.rule')} />
      {list.state === 'error' ? <Alert type="error" showIcon title={describeError(list.error, t)} /> : null}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Task>
          data-testid="callbacks-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.state === 'loading'}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1100 }}
          rowClassName={(x) => (x.bucket === 'overdue' ? 'callback-overdue' : '')}
          locale={{ emptyText: <Empty description={t('cb.empty')} /> }}
        />
      </Card>
      <RecordDialog task={recording} onClose={() => setRecording(null)} />
    </Flex>
  );
}
