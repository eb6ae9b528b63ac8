// One call on the wall: the agent, how long the call has run, its latest lines (the line still being recognised
// greyed) and a badge per open alert, coloured by the worst severity so a leader's eye goes to it first.
import { Badge, Card, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { SEVERITY_COLOR } from './AlertItem.tsx';
import type { Alert, WallCall } from './wall-state.ts';

const WALL_LINES = 4;
const RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;
/** A line on the wall: at most two rows, so every card keeps its size while the call goes on. */
const LINE = {
  fontSize: 13,
  marginBottom: 2,
  overflow: 'hidden',
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
} as const;

export function elapsed(startedAt: string, now: number): string {
  const s = Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000));
  const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function WallCard({
  call,
  alerts,
  agentName,
  now,
  onOpen,
}: {
  call: WallCall;
  /** The call's open alerts. */
  alerts: Alert[];
  agentName: string;
  now: number;
  onOpen: () => void;
}) {
  const { t } = useI18n();
  const worst = alerts.reduce<Alert['severity'] | null>(
    (w, a) => (w === null || RANK[a.severity] > RANK[w] ? a.severity : w),
    null,
  );
  const border = worst ? { borderColor: worst === 'critical' ? '#ff4d4f' : '#fa8c16', borderWidth: 2 } : {};
  const speaker = (role: string) =>
    role === 'agent' ? t('speaker.agent') : role === 'customer' ? t('speaker.customer') : role;
  return (
    <Card
      size="small"
      hoverable
      onClick={onOpen}
      style={{ height: '100%', ...border }}
      data-testid="live-call"
      data-call-id={call.callId}
      title={
        <Typography.Text strong title={call.callId}>
          {agentName}
        </Typography.Text>
      }
      extra={
        <Space size={6}>
          {alerts.length > 0 && worst ? (
            <Badge
              count={alerts.length}
              color={SEVERITY_COLOR[worst] === 'default' ? '#999' : SEVERITY_COLOR[worst]}
              data-testid="live-call-alerts"
              title={t('live.openAlerts', { n: alerts.length })}
            />
          ) : null}
          <Tag data-testid="live-call-elapsed">{elapsed(call.startedAt, now)}</Tag>
        </Space>
      }
    >
      <div style={{ minHeight: 96 }}>
        {call.lines.slice(-WALL_LINES).map((l) => (
          <div key={l.seq} data-testid="live-call-line" style={LINE}>
            <span style={{ color: l.role === 'agent' ? '#1677ff' : '#389e0d' }}>
              {t('punct.label', { label: speaker(l.role) })}
            </span>
            {l.text}
          </div>
        ))}
        {call.partial ? (
          <div data-testid="live-call-partial" style={{ ...LINE, color: '#aaa', fontStyle: 'italic' }}>
            {t('punct.labelValue', { label: speaker(call.partial.role), value: call.partial.text })} …
          </div>
        ) : null}
        {call.lines.length === 0 && !call.partial ? (
          <Typography.Text type="secondary">{t('live.waitingForSpeech')}</Typography.Text>
        ) : null}
      </div>
      {alerts.length > 0 ? (
        <Space size={4} wrap style={{ marginTop: 6 }}>
          {alerts.slice(0, 3).map((a) => (
            <Tag key={a.id} color={SEVERITY_COLOR[a.severity]} data-testid="live-call-alert">
              {a.text.length > 14 ? `${a.text.slice(0, 14)}…` : a.text}
            </Tag>
          ))}
        </Space>
      ) : null}
      <div style={{ marginTop: 6, fontSize: 12, color: '#999' }}>{call.callId}</div>
    </Card>
  );
}
