// 金点子 (/ideas, seed 001 "金点子" suggestion collection; seeds 001 and 004: customers' proposals heard in satisfaction
// callbacks): anyone who may submit proposes an idea with a category; reviewers move it received → under evaluation
// → adopted / declined / duplicate with a reason, and an adopted idea may carry a reward typed in yuan and sent as
// integer fen — it becomes the 金点子奖励 line of the agent's monthly statement. Buttons follow the list's `actions`.
import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { useCommand } from '../../api/queries.ts';
import { call, type BodyOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { AgentSelect } from '../../components/AgentSelect.tsx';
import { ErrorState } from '../../components/States.tsx';
import { formatYuan, parseYuanToFen } from '../../format/money.ts';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { IDEA_CATEGORIES, IDEA_STATES, type Idea } from '../coaching/types.ts';
import { ExportButton } from '../../components/ExportButton.tsx';
import { EffectModal, EffectView } from './IdeaEffect.tsx';

type IdeaState = Idea['state'];
const STATE_COLOR = {
  received: 'default',
  evaluating: 'processing',
  adopted: 'success',
  declined: 'error',
  duplicate: 'warning',
} as const;
const NEXT: Record<IdeaState, IdeaState[]> = {
  received: ['evaluating', 'adopted', 'declined', 'duplicate'],
  evaluating: ['adopted', 'declined', 'duplicate'],
  adopted: [],
  declined: [],
  duplicate: [],
};

interface SubmitValues {
  source: Idea['source'];
  category: Idea['category'];
  title: string;
  body: string;
  agentId?: string;
}

function SubmitIdea({ onlyAgent }: { onlyAgent: string | undefined }) {
  const agent = onlyAgent !== undefined;
  const { t } = useI18n();
  const org = useOrg();
  const [form] = Form.useForm<SubmitValues>();
  const source = Form.useWatch('source', form);
  const submitIdea = useCommand(
    (v: SubmitValues) =>
      call('post', '/api/ideas', { body: agent ? { ...v, source: 'agent', agentId: onlyAgent } : v }),
    { invalidates: ['ideas'], success: t('ideas.submitted') },
  );
  const submit = async (v: SubmitValues) => {
    if (await submitIdea.run(v)) form.resetFields(['title', 'body']);
  };
  return (
    <Card
      size="small"
      title={
        <Space>
          <BulbOutlined />
          {t('ideas.submit')}
        </Space>
      }
    >
      <Form<SubmitValues>
        form={form}
        layout="vertical"
        initialValues={{ source: 'agent', category: 'service' }}
        onFinish={(v) => void submit(v)}
        data-testid="idea-form"
      >
        <Row gutter={12}>
          {agent ? null : (
            <Col xs={24} md={6}>
              <Form.Item name="source" label={t('ideas.source')}>
                <Select
                  options={(['agent', 'customer_callback'] as const).map((s) => ({
                    value: s,
                    label: t(`ideas.source.${s}`),
                  }))}
                />
              </Form.Item>
            </Col>
          )}
          {agent ? null : (
            <Col xs={24} md={6}>
              <Form.Item
                name="agentId"
                label={t('ideas.agent')}
                rules={[{ required: source !== 'customer_callback' }]}
              >
                <AgentSelect org={org.data} testId="idea-agent" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={6}>
            <Form.Item name="category" label={t('ideas.category')} rules={[{ required: true }]}>
              <Select
                data-testid="idea-category"
                options={IDEA_CATEGORIES.map((c) => ({ value: c, label: t(`ideas.category.${c}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={agent ? 18 : 6}>
            <Form.Item name="title" label={t('ideas.title')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={200} data-testid="idea-title" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="body" label={t('ideas.body')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="idea-body" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitIdea.busy} data-testid="idea-submit">
          {t('ideas.submitButton')}
        </Button>
      </Form>
    </Card>
  );
}

function MoveIdea({ idea, ideas, onClose }: { idea: Idea | null; ideas: Idea[]; onClose: () => void }) {
  const { t } = useI18n();
  const [to, setTo] = useState<IdeaState | undefined>();
  const [reason, setReason] = useState('');
  const [reward, setReward] = useState('');
  const [effect, setEffect] = useState('');
  const [duplicateOf, setDuplicateOf] = useState<string | undefined>();
  const fen = reward.trim() === '' ? undefined : parseYuanToFen(reward);
  const rewardBad = fen === null || (fen !== undefined && fen < 0);
  const reset = () => {
    setTo(undefined);
    setReason('');
    setReward('');
    setEffect('');
    setDuplicateOf(undefined);
  };
  // an adopted idea's reward becomes the 金点子奖励 line of the agent's monthly statement
  const move = useCommand(
    (id: string, body: BodyOf<'/api/ideas/{id}/move', 'post'>) =>
      call('post', '/api/ideas/{id}/move', { params: { id }, body }),
    { invalidates: ['ideas', 'settlements', 'settlement-inputs'], success: t('ideas.moved') },
  );
  const save = async () => {
    if (!idea || !to) return;
    const done = await move.run(idea.id, {
      to,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(to === 'adopted' && typeof fen === 'number' ? { rewardFen: fen } : {}),
      ...(to === 'adopted' && effect.trim() ? { effect: effect.trim() } : {}),
      ...(to === 'duplicate' && duplicateOf ? { duplicateOf } : {}),
    });
    if (!done) return;
    reset();
    onClose();
  };
  const final = to === 'adopted' || to === 'declined' || to === 'duplicate';
  return (
    <Modal
      open={idea !== null}
      title={idea?.title}
      onCancel={() => {
        reset();
        onClose();
      }}
      onOk={() => void save()}
      okText={t('ideas.move')}
      okButtonProps={{
        disabled:
          !to ||
          (final && !reason.trim()) ||
          (to === 'adopted' && rewardBad) ||
          (to === 'duplicate' && !duplicateOf),
        loading: move.busy,
        'data-testid': 'idea-move-ok',
      }}
      destroyOnHidden
    >
      {idea ? (
        <Flex vertical gap={10} data-testid="idea-move">
          <Typography.Paragraph style={{ margin: 0 }}>{idea.body}</Typography.Paragraph>
          <Segmented<IdeaState>
            value={to}
            onChange={setTo}
            options={NEXT[idea.state].map((s) => ({ value: s, label: t(`ideas.state.${s}`) }))}
            data-testid="idea-move-to"
          />
          <Input.TextArea
            rows={2}
            placeholder={final ? t('ideas.reasonRequired') : t('ideas.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="idea-reason"
          />
          {to === 'adopted' ? (
            <>
              <Input
                addonBefore="¥"
                placeholder={t('ideas.rewardYuan')}
                value={reward}
                status={rewardBad ? 'error' : undefined}
                onChange={(e) => setReward(e.target.value)}
                data-testid="idea-reward"
                disabled={!idea.agentId}
              />
              {!idea.agentId ? (
                <Typography.Text type="secondary">{t('ideas.rewardNeedsAgent')}</Typography.Text>
              ) : null}
              <Input
                placeholder={t('ideas.effect')}
                value={effect}
                onChange={(e) => setEffect(e.target.value)}
              />
            </>
          ) : null}
          {to === 'duplicate' ? (
            <Select
              placeholder={t('ideas.duplicateOf')}
              value={duplicateOf}
              onChange={setDuplicateOf}
              showSearch={{ optionFilterProp: 'label' }}
              options={ideas.filter((i) => i.id !== idea.id).map((i) => ({ value: i.id, label: i.title }))}
            />
          ) : null}
        </Flex>
      ) : null}
    </Modal>
  );
}

function IdeaCard({
  idea,
  agentName,
  decide,
  onMove,
  onEffect,
}: {
  idea: Idea;
  agentName: string;
  decide: boolean;
  onMove: () => void;
  /** Record the adopted idea's effect (reviewers, on the adopted board). */
  onEffect?: () => void;
}) {
  const { t } = useI18n();
  return (
    <Card size="small" data-testid="idea-card" style={{ marginBottom: 8 }}>
      <Flex vertical gap={4}>
        <Typography.Text strong>{idea.title}</Typography.Text>
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
          {idea.body}
        </Typography.Paragraph>
        <Space size={4} wrap>
          <Tag>{t(`ideas.category.${idea.category}`)}</Tag>
          {idea.source === 'customer_callback' ? (
            <Tag color="cyan">{t('ideas.source.customer_callback')}</Tag>
          ) : null}
          {idea.rewardFen !== null ? (
            <Tag color="gold" data-testid="idea-reward-tag">
              {t('ideas.reward')} {formatYuan(idea.rewardFen)}
              {idea.rewardMonth ? ` · ${idea.rewardMonth}` : ''}
            </Tag>
          ) : null}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {agentName} · {formatDateTime(idea.createdAt)}
        </Typography.Text>
        {idea.reason ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ideas.reason')}: {idea.reason}
          </Typography.Text>
        ) : null}
        <EffectView idea={idea} />
        {decide && onEffect && idea.state === 'adopted' ? (
          <div>
            <Button size="small" onClick={onEffect} data-testid="idea-effect-open">
              {t('ideas.effect.record')}
            </Button>
          </div>
        ) : null}
        {decide && NEXT[idea.state].length > 0 ? (
          <div>
            <Button size="small" onClick={onMove} data-testid="idea-move-open">
              {t('ideas.move')}
            </Button>
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}

export function IdeasPage() {
  const { t } = useI18n();
  const org = useOrg();
  const list = useApi('ideas:list', (signal) => call('get', '/api/ideas', { signal }));
  const [moving, setMoving] = useState<Idea | null>(null);
  const [measuring, setMeasuring] = useState<Idea | null>(null);
  const [view, setView] = useState<'board' | 'adopted'>('board');
  if (list.state === 'error' && !list.data) return <ErrorState error={list.error} onRetry={list.reload} />;
  const items = list.data?.items ?? [];
  const actions = list.data?.actions;
  // a scope of exactly one agent (an agent's own) submits for that agent without asking whose idea it is
  const scoped = org.data?.agents ?? [];
  const onlyAgent = scoped.length === 1 ? scoped[0]?.id : undefined;
  const agentName = (i: Idea) =>
    i.agentId
      ? `${org.data?.agents.find((a) => a.id === i.agentId)?.name ?? ''} ${i.agentId}`
      : t('ideas.source.customer_callback');
  const adopted = items.filter((i) => i.state === 'adopted');
  const totalFen = adopted.reduce((s, i) => s + (i.rewardFen ?? 0), 0);
  return (
    <Flex vertical gap={12}>
      <Flex align="center" justify="space-between" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ideas.pageTitle')}
        </Typography.Title>
        <Space wrap>
          <ExportButton url="/api/ideas/export" testId="ideas-export" />
          <Segmented
            value={view}
            onChange={setView}
            options={[
              { value: 'board', label: t('ideas.board') },
              {
                value: 'adopted',
                label: t('ideas.adoptedBoard', { n: adopted.length, total: formatYuan(totalFen) }),
              },
            ]}
          />
        </Space>
      </Flex>
      {actions?.submit ? <SubmitIdea onlyAgent={onlyAgent} /> : null}
      {view === 'board' ? (
        <Row gutter={8} wrap={false} style={{ overflowX: 'auto' }} data-testid="idea-board">
          {IDEA_STATES.map((s) => {
            const col = items.filter((i) => i.state === s);
            return (
              <Col key={s} flex="1 0 220px" data-testid={`idea-col-${s}`}>
                <Card
                  size="small"
                  title={
                    <Space>
                      <Tag color={STATE_COLOR[s]}>{t(`ideas.state.${s}`)}</Tag>
                      {col.length}
                    </Space>
                  }
                  styles={{ body: { background: '#fafafa', minHeight: 120 } }}
                >
                  {col.length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.noData')} />
                  ) : null}
                  {col.map((i) => (
                    <IdeaCard
                      key={i.id}
                      idea={i}
                      agentName={agentName(i)}
                      decide={actions?.decide ?? false}
                      onMove={() => setMoving(i)}
                    />
                  ))}
                </Card>
              </Col>
            );
          })}
        </Row>
      ) : (
        <Flex vertical gap={0} data-testid="idea-adopted">
          {adopted.length === 0 ? <Empty /> : null}
          {adopted.map((i) => (
            <IdeaCard
              key={i.id}
              idea={i}
              agentName={agentName(i)}
              decide={actions?.decide ?? false}
              onMove={() => undefined}
              onEffect={() => setMeasuring(i)}
            />
          ))}
        </Flex>
      )}
      <EffectModal idea={measuring} onClose={() => setMeasuring(null)} />
      <MoveIdea idea={moving} ideas={items} onClose={() => setMoving(null)} />
    </Flex>
  );
}
