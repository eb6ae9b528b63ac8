// 案例库 (seed 004 "设置优秀、问题及对比录音案例库 … 服务感动客户、客户感动客服"): the library categories, the cases with
// their excerpt (turn range, hits, the reviewer's note), the form QA adds a conversation or an excerpt of it with,
// and the candidates the server suggests (fatal or complaint → 问题, top score with thanks → 优秀, same topic best
// and worst → 对比) with one-click add. Buttons follow the list's `actions`.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Button,
  Card,
  Checkbox,
  Empty,
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
import type { TableColumnsType } from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import type { Org } from '../../api/useOrg.ts';
import { ErrorState } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Candidate, CaseCategory, CasesAnswer, CoachingCase } from './types.ts';

const CONSENT_COLOR = {
  not_asked: 'default',
  asked: 'processing',
  agreed: 'success',
  declined: 'warning',
} as const;

export function categoryName(c: CaseCategory | undefined, locale: string): string {
  if (!c) return '';
  return locale === 'en-US' ? c.nameEn : c.nameZh;
}

interface AddValues {
  conversationId: string;
  categoryId: string;
  turnFrom?: number | null;
  turnTo?: number | null;
  title: string;
  note?: string;
}

function AddCaseForm({ categories }: { categories: CaseCategory[] }) {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const [form] = Form.useForm<AddValues>();
  // a new case shows in the library, the session and plan pickers, and leaves the candidates
  const addCase = useCommand(
    (v: AddValues) =>
      call('post', '/api/coaching/cases', {
        body: {
          conversationId: v.conversationId.trim(),
          categoryId: v.categoryId,
          title: v.title,
          note: v.note ?? '',
          // turns are numbered from 1 on screen, from 0 in the conversation
          ...(v.turnFrom ? { turnFrom: v.turnFrom - 1 } : {}),
          ...(v.turnTo ? { turnTo: v.turnTo - 1 } : {}),
        },
      }),
    { invalidates: ['coaching'], success: t('coaching.case.added') },
  );
  const submit = async (v: AddValues) => {
    if (await addCase.run(v)) form.resetFields(['title', 'note', 'turnFrom', 'turnTo']);
  };
  return (
    <Card size="small" title={t('coaching.case.add')}>
      <Form<AddValues>
        form={form}
        layout="inline"
        initialValues={{ conversationId: params.get('conversation') ?? '', categoryId: 'excellent' }}
        onFinish={(v) => void submit(v)}
        data-testid="case-add-form"
        style={{ rowGap: 8 }}
      >
        <Form.Item name="conversationId" label={t('common.conversation')} rules={[{ required: true }]}>
          <Input style={{ width: 180 }} data-testid="case-conversation" />
        </Form.Item>
        <Form.Item name="categoryId" label={t('coaching.category')} rules={[{ required: true }]}>
          <Select
            style={{ width: 160 }}
            data-testid="case-category"
            options={categories
              .filter((c) => c.active)
              .map((c) => ({ value: c.id, label: categoryName(c, locale) }))}
          />
        </Form.Item>
        <Form.Item name="turnFrom" label={t('coaching.case.turnFrom')}>
          <InputNumber min={1} style={{ width: 80 }} data-testid="case-turn-from" />
        </Form.Item>
        <Form.Item name="turnTo" label={t('coaching.case.turnTo')}>
          <InputNumber min={1} style={{ width: 80 }} data-testid="case-turn-to" />
        </Form.Item>
        <Form.Item name="title" label={t('coaching.title')} rules={[{ required: true, whitespace: true }]}>
          <Input style={{ width: 240 }} maxLength={200} data-testid="case-title" />
        </Form.Item>
        <Form.Item name="note" label={t('coaching.case.note')}>
          <Input style={{ width: 300 }} maxLength={4000} data-testid="case-note" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={addCase.busy} data-testid="case-add">
            {t('coaching.case.addButton')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

function Candidates() {
  const { t } = useI18n();
  const list = useApi('coaching:candidates:30', (signal) =>
    call('get', '/api/coaching/candidates', { query: { days: 30 }, signal }),
  );
  // which row's button spins while its cases are added
  const [adding, setAdding] = useState<string | null>(null);
  const addCases = useCommand(
    async (c: Candidate) => {
      // the candidate kinds are the ids of the three default libraries (优秀 / 问题 / 对比)
      for (const id of c.conversationIds)
        await call('post', '/api/coaching/cases', {
          body: {
            conversationId: id,
            categoryId: c.kind,
            title: `${t(`coaching.kind.${c.kind}`)} · ${c.topic ?? id}`,
            note: t(`coaching.reason.${c.reason}`),
          },
        });
    },
    { invalidates: ['coaching'], success: t('coaching.case.added') },
  );
  const add = async (c: Candidate, key: string) => {
    setAdding(key);
    await addCases.run(c);
    setAdding(null);
  };
  if (list.state === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  const items = list.data?.items ?? [];
  return (
    <Card size="small" title={t('coaching.candidates')} data-testid="case-candidates">
      {items.length === 0 && list.state === 'ok' ? (
        <Empty description={t('coaching.candidates.none')} />
      ) : (
        <Table<Candidate & { key: string }>
          size="small"
          loading={list.state === 'loading'}
          pagination={{ pageSize: 5, size: 'small' }}
          dataSource={items.map((c, i) => ({ ...c, key: `${c.kind}:${c.conversationIds.join(',')}:${i}` }))}
          columns={[
            {
              title: t('coaching.category'),
              dataIndex: 'kind',
              width: 90,
              render: (k: Candidate['kind']) => <Tag>{t(`coaching.kind.${k}`)}</Tag>,
            },
            {
              title: t('coaching.reason'),
              dataIndex: 'reason',
              width: 200,
              render: (r: Candidate['reason']) => t(`coaching.reason.${r}`),
            },
            {
              title: t('coaching.topic'),
              dataIndex: 'topic',
              render: (v: string | null) => v ?? t('common.none'),
            },
            {
              title: t('common.conversation'),
              dataIndex: 'conversationIds',
              render: (ids: string[]) => (
                <Space size={4} wrap>
                  {ids.map((id) => (
                    <Link key={id} to={`/conversations/${encodeURIComponent(id)}`}>
                      {id}
                    </Link>
                  ))}
                </Space>
              ),
            },
            {
              title: '',
              key: 'add',
              width: 90,
              render: (_: unknown, c) => (
                <Button
                  size="small"
                  loading={addCases.busy && adding === c.key}
                  onClick={() => void add(c, c.key)}
                  data-testid="candidate-add"
                >
                  {t('coaching.case.addButton')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

type CategoryValues = Omit<CaseCategory, 'id'> & { id: string };

function EditCategory({ category, onClose }: { category: CaseCategory | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<CategoryValues>();
  const saveCategory = useCommand(
    ({ id, ...body }: CategoryValues) =>
      call('put', '/api/coaching/categories/{id}', { params: { id: id.trim() }, body }),
    { invalidates: ['coaching'], success: t('common.saved') },
  );
  const save = async () => {
    const v = await form.validateFields();
    if (await saveCategory.run(v)) onClose();
  };
  return (
    <Modal
      open={category !== null}
      title={t('coaching.category.edit')}
      onOk={() => void save()}
      confirmLoading={saveCategory.busy}
      onCancel={onClose}
      destroyOnHidden
    >
      {category ? (
        <Form form={form} layout="vertical" initialValues={category} preserve={false}>
          <Form.Item name="id" label="ID" rules={[{ required: true, pattern: /^[a-z0-9-]+$/ }]}>
            <Input disabled={category.id !== ''} />
          </Form.Item>
          <Form.Item name="nameZh" label={t('coaching.category.nameZh')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="nameEn" label={t('coaching.category.nameEn')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="position" label={t('coaching.category.position')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="praise" valuePropName="checked">
            <Checkbox>{t('coaching.category.praise')}</Checkbox>
          </Form.Item>
          <Form.Item name="active" valuePropName="checked">
            <Checkbox>{t('coaching.category.active')}</Checkbox>
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}

export function CasesTab({ org }: { org: Org | undefined }) {
  const { t, locale } = useI18n();
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<CaseCategory | null>(null);
  const query = { categoryId, q: q.trim() || undefined };
  const list = useApi<CasesAnswer>(`coaching:cases:list:${JSON.stringify(query)}`, (signal) =>
    call('get', '/api/coaching/cases', { query, signal }),
  );
  if (list.state === 'error' && !list.data) return <ErrorState error={list.error} onRetry={list.reload} />;
  const data = list.data;
  const categories = data?.categories ?? [];
  const byId = new Map(categories.map((c) => [c.id, c]));
  const agentName = (id: string | null) =>
    id ? (org?.agents.find((a) => a.id === id)?.name ?? id) : t('common.none');

  const columns: TableColumnsType<CoachingCase> = [
    { title: t('coaching.title'), dataIndex: 'title', ellipsis: true },
    {
      title: t('coaching.category'),
      dataIndex: 'categoryId',
      width: 130,
      render: (id: string) => (
        <Tag color={byId.get(id)?.praise ? 'green' : 'volcano'}>{categoryName(byId.get(id), locale)}</Tag>
      ),
    },
    {
      title: t('common.conversation'),
      dataIndex: 'conversationId',
      width: 150,
      render: (id: string) => <Link to={`/conversations/${encodeURIComponent(id)}`}>{id}</Link>,
    },
    {
      title: t('coaching.case.excerpt'),
      key: 'range',
      width: 110,
      render: (_: unknown, c) =>
        c.turnFrom === null
          ? t('coaching.case.whole')
          : t('coaching.case.turns', { from: c.turnFrom + 1, to: (c.turnTo ?? c.turnFrom) + 1 }),
    },
    { title: t('coaching.agent'), dataIndex: 'agentId', width: 110, render: agentName },
    {
      title: t('coaching.rules'),
      dataIndex: 'ruleIds',
      render: (ids: string[]) => (
        <Space size={2} wrap>
          {ids.map((r) => (
            <Tag key={r}>{r}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('coaching.consent'),
      dataIndex: 'consent',
      width: 100,
      render: (c: CoachingCase['consent']) => (
        <Tag color={CONSENT_COLOR[c]}>{t(`coaching.consent.${c}`)}</Tag>
      ),
    },
    {
      title: t('coaching.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('coaching.category.all')}
          value={categoryId}
          onChange={setCategoryId}
          data-testid="case-filter-category"
          options={categories.map((c) => ({ value: c.id, label: categoryName(c, locale) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('coaching.case.search')}
          onSearch={setQ}
          data-testid="case-search"
        />
        {data?.actions.manageCategories ? (
          <Space size={4} wrap>
            {categories.map((c) => (
              <Tag
                key={c.id}
                style={{ cursor: 'pointer', opacity: c.active ? 1 : 0.5 }}
                onClick={() => setEditing(c)}
              >
                {categoryName(c, locale)} ✎
              </Tag>
            ))}
            <Button
              size="small"
              onClick={() =>
                setEditing({
                  id: '',
                  nameZh: '',
                  nameEn: '',
                  praise: false,
                  position: categories.length + 1,
                  active: true,
                })
              }
            >
              {t('coaching.category.new')}
            </Button>
          </Space>
        ) : null}
      </Flex>
      {data?.actions.addCase ? <AddCaseForm categories={categories} /> : null}
      <Table<CoachingCase>
        rowKey="id"
        size="small"
        loading={list.state === 'loading'}
        dataSource={data?.items ?? []}
        columns={columns}
        data-testid="case-table"
        pagination={{ pageSize: 20, size: 'small' }}
        expandable={{
          expandedRowRender: (c) => (
            <Flex vertical gap={4}>
              {c.note ? <Typography.Text>{c.note}</Typography.Text> : null}
              {c.hits.map((h, i) => (
                <Typography.Text key={i} type="secondary">
                  {t('coaching.case.hitAt', { turn: h.turn + 1, rule: h.ruleId })}
                  {t('punct.quoted', { text: h.text })}
                </Typography.Text>
              ))}
              {c.packVersions.length > 0 ? (
                <Typography.Text type="secondary">
                  {t('coaching.case.packs')}: {c.packVersions.join(', ')}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        }}
      />
      {data?.actions.addCase ? <Candidates /> : null}
      <EditCategory category={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}
