// 实时监控 (docs/product.md "Integration endpoints"; seed 004 專家座席組 steps in while a complaint is still forming): the wall of
// calls in progress in the user's scope, kept current by the server-sent event stream, the open alerts newest
// first with their handling, a call's running transcript in a drawer, and the alert rules. A new critical alert is
// announced with a sound and a notification, since a leader watching the floor is not always looking at the wall.
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { App, Card, Col, Empty, List, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { AlertItem } from './AlertItem.tsx';
import { AlertHistoryTab } from './AlertHistoryTab.tsx';
import { AlertRulesTab } from './AlertRulesTab.tsx';
import { CallDrawer } from './CallDrawer.tsx';
import { chime } from './chime.ts';
import { useLiveStream, type StreamStatus } from './useLiveStream.ts';
import { WallCard } from './WallCard.tsx';
import {
  alertsOfCall,
  EMPTY_WALL,
  openAlerts,
  wallCalls,
  wallReducer,
  type Alert,
  type WallResponse,
} from './wall-state.ts';

const STATUS_COLOR: Record<StreamStatus, string> = {
  connecting: 'processing',
  open: 'success',
  retrying: 'error',
};

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function Wall() {
  const { t } = useI18n();
  const { message, notification } = App.useApp();
  const ruleName = useRuleName();
  const org = useOrg();
  const [state, dispatch] = useReducer(wallReducer, EMPTY_WALL);
  const [openCall, setOpenCall] = useState<string | null>(null);
  const [params] = useSearchParams();
  const now = useNow(1000);
  const known = useRef(new Set<string>());

  // The wall and the open alerts from the API: at first, and on every (re)connection of the stream, since events
  // sent while the stream was down are not replayed. Each answer is stamped so that an answer equal to the last
  // one is still applied to the wall (the stream may have changed it since).
  const snapshot = useApi('live:wall:open-alerts:200', async (signal) => {
    const [wall, alerts] = await Promise.all([
      call('get', '/api/live/calls', { signal }),
      call('get', '/api/live/alerts', { query: { state: 'open', limit: 200 }, signal }),
    ]);
    return { wall, alerts, at: Date.now() };
  });
  const reload = snapshot.reload;
  const loaded = snapshot.data;
  const actions: WallResponse['actions'] = loaded?.wall.actions ?? { handle: false, configure: false };
  useEffect(() => {
    if (!loaded) return;
    const { wall, alerts } = loaded;
    // the panel holds the open alerts meant for this user (the report lists the whole scope)
    const mine = alerts.items.filter((a) => a.actions.handle);
    for (const a of [...mine, ...wall.items.flatMap((c) => c.alerts)]) known.current.add(a.id);
    dispatch({ type: 'loaded', wall, openAlerts: mine });
  }, [loaded]);
  const failure = snapshot.state === 'error' ? snapshot.error : null;
  useEffect(() => {
    if (failure) void message.error(describeError(failure, t));
  }, [failure, message, t]);

  const onAlert = (a: Alert) => {
    const isNew = !known.current.has(a.id);
    known.current.add(a.id);
    dispatch({ type: 'alert', alert: a });
    if (!isNew || a.state !== 'open' || (a.severity !== 'critical' && a.severity !== 'high')) return;
    if (a.severity === 'critical') chime();
    const args = {
      key: a.id,
      message: `${t(`live.severity.${a.severity}`)} · ${ruleName(a.rule)}`,
      description: t('punct.labelValue', {
        label: agentName(a.agentId),
        value: t('punct.quoted', { text: a.text }),
      }),
      placement: 'topRight' as const,
      duration: a.severity === 'critical' ? 0 : 8,
      onClick: () => setOpenCall(a.callId),
    };
    if (a.severity === 'critical') notification.error(args);
    else notification.warning(args);
  };
  const { status, retryInMs } = useLiveStream({
    onOpen: reload,
    onLine: (event) => dispatch({ type: 'line', event, at: new Date().toISOString() }),
    onCall: (event) => {
      dispatch({ type: 'call', event, at: new Date().toISOString() });
      if (event.state === 'live') reload(); // the wall answer has the call's real start time
    },
    onAlert,
  });

  const names = useMemo(() => new Map((org.data?.agents ?? []).map((a) => [a.id, a.name])), [org.data]);
  const agentName = (id: string) => {
    const n = names.get(id);
    return n ? t('punct.nameWithId', { name: n, id }) : id;
  };

  // a notification's link (/live?alert=…) opens that alert's call
  const wanted = params.get('alert');
  const wantedCall = wanted ? state.alerts[wanted]?.callId : undefined;
  const [wantedClosed, setWantedClosed] = useState(false);
  const shownCall = openCall ?? (wantedClosed ? null : (wantedCall ?? null));

  const calls = wallCalls(state);
  const open = openAlerts(state);
  const handled = (a: Alert) => dispatch({ type: 'handled', alert: a });

  return (
    <>
      <Space style={{ marginBottom: 12 }} size="large" wrap>
        <Tag color={STATUS_COLOR[status]} data-testid="live-connection" data-status={status}>
          {status === 'retrying'
            ? t('live.connection.retrying', { seconds: Math.round(retryInMs / 1000) })
            : t(`live.connection.${status}`)}
        </Tag>
        <Statistic title={t('live.callsInProgress')} value={calls.length} />
        <Statistic
          title={t('live.openAlertsTotal')}
          value={open.length}
          valueStyle={open.some((a) => a.severity === 'critical') ? { color: '#cf1322' } : undefined}
        />
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          {calls.length === 0 ? (
            <Card>
              <Empty description={t('live.noCalls')} data-testid="live-empty" />
            </Card>
          ) : (
            <Row gutter={[12, 12]} data-testid="live-wall">
              {calls.map((c) => (
                <Col key={c.callId} xs={24} md={12} xxl={8}>
                  <WallCard
                    call={c}
                    alerts={alertsOfCall(state, c.callId).filter((a) => a.state === 'open')}
                    agentName={agentName(c.agentId)}
                    now={now}
                    onOpen={() => setOpenCall(c.callId)}
                  />
                </Col>
              ))}
            </Row>
          )}
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('live.alertsPanel')} size="small" data-testid="live-alerts">
            {open.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.noOpenAlerts')} />
            ) : (
              <List
                size="small"
                dataSource={open}
                renderItem={(a) => (
                  <List.Item key={a.id}>
                    <AlertItem
                      alert={a}
                      agentName={agentName(a.agentId)}
                      canHandle={actions.handle}
                      onHandled={handled}
                      onOpenCall={setOpenCall}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      <CallDrawer
        callId={shownCall}
        wallCall={shownCall ? state.calls[shownCall] : undefined}
        alerts={shownCall ? alertsOfCall(state, shownCall) : []}
        agentName={agentName}
        canHandle={actions.handle}
        onDetail={(d) => dispatch({ type: 'detail', call: d })}
        onHandled={handled}
        onClose={() => {
          setOpenCall(null);
          setWantedClosed(true);
        }}
      />
    </>
  );
}

export function LivePage() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={3}>{t('menu.live')}</Typography.Title>
      <Tabs
        destroyOnHidden
        data-testid="live-tabs"
        items={[
          { key: 'wall', label: t('live.tab.wall'), children: <Wall /> },
          { key: 'history', label: t('live.tab.history'), children: <AlertHistoryTab /> },
          { key: 'rules', label: t('live.tab.rules'), children: <AlertRulesTab /> },
        ]}
      />
    </>
  );
}
