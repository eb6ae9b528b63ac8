// One calibration session (/calibration/:id). While open, an invited inspector scores each conversation blind
// (transcript with the machine hits beside the score form); the QA lead sees who takes part and closes it. Once
// closed, everyone in it sees the agreement report.
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Col,
  Descriptions,
  Empty,
  Flex,
  Menu,
  Popconfirm,
  Row,
  Space,
  Typography,
} from 'antd';
import { CheckCircleTwoTone } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { Account, CalibrationDetail, CalibrationScore } from '../../api/admin-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useAuth, useMay } from '../../auth/auth.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePublishedRules, useRuleName } from '../../rules/RulesContext.tsx';
import { Transcript } from '../conversation/Transcript.tsx';
import { StatusTag } from './CalibrationPage.tsx';
import { Report } from './Report.tsx';
import { ScoreForm } from './ScoreForm.tsx';

export function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { session } = useAuth();
  const me = session.state === 'authenticated' ? session.user : null;
  const manager = useMay()('calibration.manage');
  const rules = usePublishedRules();
  const ruleName = useRuleName();
  const detail = useApi(`calibration-sessions:${id}`, (signal) =>
    api.get<CalibrationDetail>(`/api/calibration-sessions/${encodeURIComponent(id)}`, undefined, signal),
  );
  // Names of participants: the lead and the admin may read accounts; an inspector sees ids only for others.
  // the same request (and key) as the user list with disabled accounts shown
  const users = useApi(
    'users::true',
    (signal) => api.get<{ items: Account[] }>('/api/users', { includeDisabled: 'true' }, signal),
    { enabled: manager },
  );
  const userName = useMemo(() => {
    const m = new Map((users.data?.items ?? []).map((u) => [u.id, u.displayName]));
    if (me) m.set(me.id, me.displayName);
    return (uid: string) => m.get(uid) ?? uid;
  }, [users.data, me]);
  const itemName = useMemo(() => {
    const m = new Map((rules.pack?.items ?? []).map((i) => [i.id, i.name]));
    // Report keys name a scorecard item ("item:<id>") or a rule ("rule:<id>"): core/review/calibration.ts.
    return (key: string) => {
      const [kind, ...rest] = key.split(':');
      const bare = rest.join(':');
      if (kind === 'item') return m.get(bare) ?? bare;
      if (kind === 'rule') return ruleName(bare);
      return m.get(key) ?? ruleName(key);
    };
  }, [rules.pack, ruleName]);
  const manualItems = useMemo(
    () => (rules.pack?.items ?? []).filter((i) => i.judged === 'manual'),
    [rules.pack],
  );

  const [current, setCurrent] = useState<string | null>(null);
  const [activeHit, setActiveHit] = useState<number | null>(null);
  const [submitted, setSubmitted] = useState<CalibrationScore[]>([]);
  const close = useCommand((sessionId: number) => api.post(`/api/calibration-sessions/${sessionId}/close`), {
    invalidates: ['calibration-sessions'],
    success: t('calib.closed'),
  });

  if (detail.state === 'error' && !detail.data)
    return <ErrorState error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <LoadingBlock />;
  const d = detail.data;
  const open = d.session.status === 'open';
  const participant = me !== null && d.participants.includes(me.id);
  const ownScores = new Map(
    [
      ...d.scores.filter((s) => s.userId === me?.id),
      ...submitted.filter((s) => s.sessionId === d.session.id),
    ].map((s) => [s.conversationId, s]),
  );
  const conv = d.conversations.find((c) => c.conversationId === current) ?? d.conversations[0];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12}>
        <Space size={8} align="center">
          <Link to="/calibration">{t('common.back')}</Link>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="calib-title">
            {d.session.name}
          </Typography.Title>
          <StatusTag status={d.session.status} />
        </Space>
        {manager && open ? (
          <Popconfirm title={t('calib.closeConfirm')} onConfirm={() => void close.run(d.session.id)}>
            <Button danger loading={close.busy} data-testid="calib-close">
              {t('calib.close')}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={t('calib.participants')}>
          {d.participants.map(userName).join(t('punct.listSeparator'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('calib.createdAt')}>
          {formatDateTime(d.session.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label={open ? t('calib.progress') : t('calib.closedAt')}>
          {open
            ? participant
              ? t('calib.progressOf', { done: ownScores.size, total: d.conversations.length })
              : '—'
            : formatDateTime(d.session.closedAt)}
        </Descriptions.Item>
      </Descriptions>
      {!open && d.report ? (
        <Report detail={d} report={d.report} userName={userName} itemName={itemName} />
      ) : null}
      {open && !participant ? <Alert type="info" showIcon title={t('calib.notParticipant')} /> : null}
      {open && participant ? (
        <>
          <Alert type="info" showIcon title={t('calib.blindHint')} />
          <Row gutter={12} wrap={false}>
            <Col flex="200px">
              <Menu
                mode="inline"
                data-testid="calib-convs"
                selectedKeys={conv ? [conv.conversationId] : []}
                onClick={(e) => {
                  setCurrent(e.key);
                  setActiveHit(null);
                }}
                style={{ borderInlineEnd: 'none', background: 'transparent' }}
                items={d.conversations.map((c) => ({
                  key: c.conversationId,
                  label: (
                    <Space size={4}>
                      {ownScores.has(c.conversationId) ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : null}
                      <span>{c.conversationId}</span>
                    </Space>
                  ),
                }))}
              />
            </Col>
            <Col flex="auto" style={{ minWidth: 0 }}>
              {!conv ? (
                <Empty />
              ) : conv.conversation ? (
                <div style={{ maxHeight: 'calc(100vh - 290px)', overflow: 'auto' }}>
                  <Transcript
                    turns={conv.conversation.turns}
                    events={conv.conversation.events ?? []}
                    hits={conv.hits}
                    activeHit={activeHit}
                    focusedTurn={activeHit === null ? null : (conv.hits[activeHit]?.turn ?? null)}
                    onPickHit={setActiveHit}
                  />
                </div>
              ) : (
                <Alert type="warning" title={t('calib.missing')} />
              )}
            </Col>
            <Col flex="380px">
              {conv ? (
                <ScoreForm
                  key={conv.conversationId}
                  sessionId={d.session.id}
                  conv={conv}
                  own={ownScores.get(conv.conversationId)}
                  manualItems={manualItems}
                  activeHit={activeHit}
                  onPickHit={setActiveHit}
                  onSubmitted={(s) => {
                    setSubmitted((prev) => [...prev, s]);
                    const next = d.conversations.find(
                      (c) => c.conversationId !== s.conversationId && !ownScores.has(c.conversationId),
                    );
                    if (next) {
                      setCurrent(next.conversationId);
                      setActiveHit(null);
                    }
                  }}
                />
              ) : null}
            </Col>
          </Row>
        </>
      ) : null}
    </Flex>
  );
}
