// 培训 (seed 004: morning and after-shift training, on-site coaching and micro-lessons built on the case library):
// a leader builds a session for a team from library cases and records who attended; an agent opens the session's
// study view (personal numbers masked, the agent anonymised unless a praise case they agreed to share) and marks
// each case studied. Buttons follow the list's and the study view's `actions`.
import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import type { Org } from '../../api/useOrg.ts';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { zonedDate } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryName } from './CasesTab.tsx';
import {
  CATEGORY_IDS,
  SESSION_FORMATS,
  type SessionsAnswer,
  type StudyAnswer,
  type TrainingSession,
} from './types.ts';

interface NewSessionValues {
  title: string;
  format: TrainingSession['format'];
  teamId: string;
  scheduledOn: string;
  caseIds: string[];
}

function NewSession({ org }: { org: Org | undefined }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<NewSessionValues>();
  const cases = useApi('coaching:cases:all', (signal) => call('get', '/api/coaching/cases', { signal }));
  const byId = new Map((cases.data?.categories ?? []).map((c) => [c.id, c]));
  const createSession = useCommand(
    (v: NewSessionValues) => call('post', '/api/coaching/sessions', { body: v }),
    { invalidates: ['coaching'], success: t('coaching.session.created') },
  );
  const submit = async (v: NewSessionValues) => {
    if (await createSession.run(v)) form.resetFields(['title', 'caseIds']);
  };
  return (
    <Card size="small" title={t('coaching.session.new')}>
      <Form<NewSessionValues>
        form={form}
        layout="inline"
        style={{ rowGap: 8 }}
        initialValues={{
          format: 'morning',
          scheduledOn: zonedDate(new Date()),
          teamId: org?.teams.length === 1 ? org.teams[0]?.id : undefined,
        }}
        onFinish={(v) => void submit(v)}
        data-testid="session-form"
      >
        <Form.Item name="title" label={t('coaching.title')} rules={[{ required: true, whitespace: true }]}>
          <Input style={{ width: 220 }} maxLength={200} data-testid="session-title" />
        </Form.Item>
        <Form.Item name="format" label={t('coaching.session.format')} rules={[{ required: true }]}>
          <Select
            style={{ width: 130 }}
            options={SESSION_FORMATS.map((f) => ({ value: f, label: t(`coaching.format.${f}`) }))}
          />
        </Form.Item>
        <Form.Item name="teamId" label={t('coaching.team')} rules={[{ required: true }]}>
          <Select
            style={{ width: 160 }}
            data-testid="session-team"
            showSearch={{ optionFilterProp: 'label' }}
            options={(org?.teams ?? []).map((tm) => ({ value: tm.id, label: tm.name }))}
          />
        </Form.Item>
        <Form.Item name="scheduledOn" label={t('coaching.session.date')} rules={[{ required: true }]}>
          <Input type="date" style={{ width: 150 }} data-testid="session-date" />
        </Form.Item>
        <Form.Item name="caseIds" label={t('coaching.session.cases')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            style={{ minWidth: 320 }}
            data-testid="session-cases"
            showSearch={{ optionFilterProp: 'label' }}
            options={(cases.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `[${categoryName(byId.get(c.categoryId), locale)}] ${c.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={createSession.busy} data-testid="session-create">
            {t('coaching.session.create')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

function Attendance({ session, org }: { session: TrainingSession; org: Org | undefined }) {
  const { t } = useI18n();
  const [present, setPresent] = useState<string[]>(
    session.attendance.filter((a) => a.attended).map((a) => a.agentId),
  );
  const name = (id: string) => org?.agents.find((a) => a.id === id)?.name ?? id;
  const saveAttendance = useCommand(
    () =>
      call('put', '/api/coaching/sessions/{id}/attendance', {
        params: { id: session.id },
        body: { present },
      }),
    { invalidates: ['coaching'], success: t('common.saved') },
  );
  return (
    <Card size="small" title={t('coaching.session.attendance')} data-testid="session-attendance">
      <Checkbox.Group value={present} onChange={(v) => setPresent(v)}>
        <Flex vertical gap={4}>
          {session.attendance.map((a) => (
            <Checkbox key={a.agentId} value={a.agentId}>
              {name(a.agentId)} {a.agentId}{' '}
              <Typography.Text type="secondary">
                {t('coaching.session.studiedOf', {
                  n: a.studiedCaseIds.length,
                  total: session.caseIds.length,
                })}
              </Typography.Text>
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      <div style={{ marginTop: 8 }}>
        <Button
          type="primary"
          size="small"
          loading={saveAttendance.busy}
          onClick={() => void saveAttendance.run()}
          data-testid="attendance-save"
        >
          {t('coaching.session.saveAttendance')}
        </Button>
      </div>
    </Card>
  );
}

function StudyView({ id }: { id: string }) {
  const { t } = useI18n();
  const study = useApi<StudyAnswer>(`coaching:sessions:${id}:study`, (signal) =>
    call('get', '/api/coaching/sessions/{id}/study', { params: { id }, signal }),
  );
  // the case whose buttons spin while its consent or study mark is saved
  const [busyCase, setBusyCase] = useState<string | null>(null);
  // seed 004: praise is shared by the agent's choice; the agent a praise case is about answers whether to be named
  const consent = useCommand(
    (caseId: string, agree: boolean) =>
      call('post', '/api/coaching/cases/{id}/consent', { params: { id: caseId }, body: { agree } }),
    { invalidates: ['coaching'], success: t('common.saved') },
  );
  // marking a case studied also moves the session list's progress
  const markStudied = useCommand(
    (caseId: string) =>
      call('post', '/api/coaching/sessions/{id}/studied', { params: { id }, body: { caseId } }),
    { invalidates: ['coaching'], success: t('coaching.study.marked') },
  );
  const busy = consent.busy || markStudied.busy ? busyCase : null;
  if (study.state === 'error') return <ErrorState error={study.error} onRetry={study.reload} />;
  if (!study.data) return <LoadingBlock />;
  const { session, cases, actions } = study.data;
  const mine = session.attendance[0];
  const studied = new Set(actions.study ? (mine?.studiedCaseIds ?? []) : []);
  // the five default libraries have translated names; a category QA added later shows its id
  const label = (catId: string) =>
    (CATEGORY_IDS as readonly string[]).includes(catId)
      ? t(`coaching.kind.${catId as (typeof CATEGORY_IDS)[number]}`)
      : catId;
  const answer = async (caseId: string, agree: boolean) => {
    setBusyCase(caseId);
    await consent.run(caseId, agree);
    setBusyCase(null);
  };
  const mark = async (caseId: string) => {
    setBusyCase(caseId);
    await markStudied.run(caseId);
    setBusyCase(null);
  };
  return (
    <Flex vertical gap={12} data-testid="study-view">
      {actions.study ? (
        <Progress
          percent={Math.round((studied.size / Math.max(1, cases.length)) * 100)}
          format={() => `${studied.size}/${cases.length}`}
        />
      ) : null}
      {cases.length === 0 ? <Empty /> : null}
      {cases.map((c) => (
        <Card
          key={c.id}
          size="small"
          data-testid="study-case"
          title={
            <Space>
              <Tag color="blue">{label(c.categoryId)}</Tag>
              {c.title}
            </Space>
          }
          extra={
            actions.study ? (
              studied.has(c.id) ? (
                <Tag icon={<CheckCircleFilled />} color="success" data-testid="study-done">
                  {t('coaching.study.done')}
                </Tag>
              ) : (
                <Button
                  size="small"
                  type="primary"
                  loading={busy === c.id}
                  onClick={() => void mark(c.id)}
                  data-testid="study-mark"
                >
                  {t('coaching.study.mark')}
                </Button>
              )
            ) : null
          }
        >
          <Flex vertical gap={6}>
            <Typography.Text type="secondary" data-testid="study-agent">
              {t('coaching.agent')}: {c.agentName ?? t('coaching.study.anonymous')}
            </Typography.Text>
            {actions.consent && c.consent !== null ? (
              <Flex gap={8} align="center" wrap data-testid="study-consent">
                <Typography.Text>{t(`coaching.consent.question.${c.consent}`)}</Typography.Text>
                {c.consent !== 'agreed' ? (
                  <Button size="small" loading={busy === c.id} onClick={() => void answer(c.id, true)}>
                    {t('coaching.consent.agree')}
                  </Button>
                ) : null}
                {c.consent !== 'declined' ? (
                  <Button size="small" loading={busy === c.id} onClick={() => void answer(c.id, false)}>
                    {t('coaching.consent.decline')}
                  </Button>
                ) : null}
              </Flex>
            ) : null}
            {c.note ? <Typography.Paragraph style={{ margin: 0 }}>{c.note}</Typography.Paragraph> : null}
            <div data-testid="study-turns" style={{ background: '#fafafa', padding: 8, borderRadius: 6 }}>
              {c.turns.map((turn) => {
                const hit = c.hits.find((h) => h.turn === turn.index);
                return (
                  <div key={turn.index} style={{ padding: '2px 0' }}>
                    <Typography.Text strong>
                      {t('punct.label', { label: t(`speaker.${turn.role}` as 'speaker.agent') })}
                    </Typography.Text>
                    <Typography.Text mark={hit !== undefined}>{turn.text}</Typography.Text>
                    {hit ? (
                      <Tag color="red" style={{ marginLeft: 6 }}>
                        {hit.ruleId}
                      </Tag>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

export function TrainingTab({
  org,
  sessions,
}: {
  org: Org | undefined;
  sessions: ReturnType<typeof useSessions>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<TrainingSession | null>(null);
  if (sessions.state === 'error' && !sessions.data)
    return <ErrorState error={sessions.error} onRetry={sessions.reload} />;
  const data = sessions.data;
  const teamName = (id: string) => org?.teams.find((x) => x.id === id)?.name ?? id;
  const columns: TableColumnsType<TrainingSession> = [
    { title: t('coaching.session.date'), dataIndex: 'scheduledOn', width: 110 },
    { title: t('coaching.title'), dataIndex: 'title' },
    {
      title: t('coaching.session.format'),
      dataIndex: 'format',
      width: 100,
      render: (f: TrainingSession['format']) => <Tag>{t(`coaching.format.${f}`)}</Tag>,
    },
    { title: t('coaching.team'), dataIndex: 'teamId', width: 120, render: teamName },
    { title: t('coaching.session.cases'), key: 'n', width: 80, render: (_: unknown, s) => s.caseIds.length },
    {
      title: data?.actions.study ? t('coaching.study.progress') : t('coaching.session.attended'),
      key: 'att',
      width: 140,
      render: (_: unknown, s) =>
        data?.actions.study
          ? t('coaching.session.studiedOf', {
              n: s.attendance[0]?.studiedCaseIds.length ?? 0,
              total: s.caseIds.length,
            })
          : `${s.attendance.filter((a) => a.attended).length}/${s.attendance.length}`,
    },
    {
      title: '',
      key: 'open',
      width: 90,
      render: (_: unknown, s) => (
        <Button size="small" onClick={() => setOpen(s)} data-testid="session-open">
          {data?.actions.study ? t('coaching.study.open') : t('coaching.session.open')}
        </Button>
      ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      {data?.actions.manage ? <NewSession org={org} /> : null}
      <Table<TrainingSession>
        rowKey="id"
        size="small"
        loading={sessions.state === 'loading'}
        dataSource={data?.items ?? []}
        columns={columns}
        data-testid="session-table"
        locale={{ emptyText: <Empty description={t('coaching.session.none')} /> }}
      />
      <Drawer
        open={open !== null}
        width={760}
        title={open?.title}
        onClose={() => setOpen(null)}
        destroyOnHidden
        data-testid="session-drawer"
      >
        {open ? (
          <Flex vertical gap={12}>
            {data?.actions.manage ? (
              <Attendance session={data.items.find((s) => s.id === open.id) ?? open} org={org} />
            ) : null}
            <StudyView id={open.id} />
          </Flex>
        ) : null}
      </Drawer>
    </Flex>
  );
}

export function useSessions() {
  return useApi<SessionsAnswer>('coaching:sessions', (signal) =>
    call('get', '/api/coaching/sessions', { signal }),
  );
}
