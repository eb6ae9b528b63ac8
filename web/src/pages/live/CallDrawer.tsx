// One call in a drawer: the running transcript (kept current by the wall's stream; a line still being recognised
// is shown greyed until its final version arrives) and the call's alerts with their handling. Once the call has
// ended and been scored, the live-vs-final comparison says which live hits the full scoring confirmed.
import { useEffect, useRef } from 'react';
import { Alert as AntAlert, Descriptions, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AlertItem, timeOf } from './AlertItem.tsx';
import type { Alert, CallDetail, WallCall } from './wall-state.ts';

const SPEAKERS = ['agent', 'customer', 'ivr', 'system'] as const;
type Speaker = (typeof SPEAKERS)[number];
const isSpeaker = (r: string): r is Speaker => (SPEAKERS as readonly string[]).includes(r);

export function CallDrawer({
  callId,
  wallCall,
  alerts,
  agentName,
  canHandle,
  onDetail,
  onHandled,
  onClose,
}: {
  callId: string | null;
  wallCall: WallCall | undefined;
  alerts: Alert[];
  agentName: (agentId: string) => string;
  canHandle: boolean;
  onDetail: (d: CallDetail) => void;
  onHandled: (a: Alert) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const detail = useApi(
    `live:calls:${callId ?? ''}`,
    async (signal) => {
      const d = await call('get', '/api/live/calls/{callId}', { params: { callId: callId ?? '' }, signal });
      onDetail(d);
      return d;
    },
    { enabled: callId !== null },
  );
  // the previous call's answer is kept while the next loads: show only this call's
  const data = detail.data?.callId === callId ? detail.data : undefined;
  const bottom = useRef<HTMLDivElement>(null);
  const lineCount = (wallCall?.lines.length ?? 0) + (wallCall?.partial ? 1 : 0);
  useEffect(() => {
    bottom.current?.scrollIntoView?.({ block: 'nearest' });
  }, [lineCount, wallCall?.partial?.text]);

  const speaker = (role: string) => (isSpeaker(role) ? t(`speaker.${role}`) : role);
  const diff = data?.diff;
  const ended = data?.state === 'ended' || (callId !== null && !wallCall);
  return (
    <Drawer
      open={callId !== null}
      onClose={onClose}
      width={560}
      title={
        <Space>
          {t('live.drawer.title')}
          <Typography.Text code>{callId}</Typography.Text>
          {ended ? <Tag>{t('live.call.ended')}</Tag> : <Tag color="green">{t('live.call.live')}</Tag>}
        </Space>
      }
      data-testid="live-call-drawer"
    >
      {detail.state === 'error' ? (
        <AntAlert type="error" showIcon message={describeError(detail.error, t)} />
      ) : null}
      {wallCall || data ? (
        <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('live.agent')}>
            {agentName(wallCall?.agentId ?? data?.agentId ?? '')}
          </Descriptions.Item>
          <Descriptions.Item label={t('live.startedAt')}>
            {timeOf(wallCall?.startedAt ?? data?.startedAt ?? new Date().toISOString())}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Typography.Title level={5}>{t('live.drawer.transcript')}</Typography.Title>
      <div
        style={{
          maxHeight: 360,
          overflowY: 'auto',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          padding: 8,
        }}
        data-testid="live-transcript"
      >
        {(wallCall?.lines ?? data?.lines ?? []).map((l) => (
          <div key={l.seq} data-testid="live-line" data-role={l.role} style={{ marginBottom: 6 }}>
            <Tag color={l.role === 'agent' ? 'blue' : l.role === 'customer' ? 'green' : 'default'}>
              {speaker(l.role)}
            </Tag>
            {l.text}
          </div>
        ))}
        {wallCall?.partial ? (
          <div data-testid="live-line-partial" style={{ color: '#999', fontStyle: 'italic' }}>
            <Tag>{speaker(wallCall.partial.role)}</Tag>
            {wallCall.partial.text} …
          </div>
        ) : null}
        {lineCount === 0 && !data?.lines.length ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.noLines')} />
        ) : null}
        <div ref={bottom} />
      </div>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('live.drawer.alerts')}
      </Typography.Title>
      {alerts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.noAlerts')} />
      ) : (
        <List
          size="small"
          dataSource={alerts}
          renderItem={(a) => (
            <List.Item key={a.id}>
              <AlertItem
                alert={a}
                agentName={agentName(a.agentId)}
                canHandle={canHandle}
                onHandled={onHandled}
              />
            </List.Item>
          )}
        />
      )}
      {diff ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('live.diff.title')}
          </Typography.Title>
          <Space data-testid="live-diff">
            <Tag color="green">{t('live.diff.confirmed', { n: diff.confirmed.length })}</Tag>
            <Tag color="orange">{t('live.diff.withdrawn', { n: diff.withdrawn.length })}</Tag>
            <Tag color="blue">{t('live.diff.finalOnly', { n: diff.finalOnly.length })}</Tag>
          </Space>
        </>
      ) : null}
    </Drawer>
  );
}
