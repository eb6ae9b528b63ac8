// One alert as the wall, the panel and the call drawer show it: severity colour, rule name, the words that raised
// it, when, and its state; the handling buttons while it is open and the user may handle alerts.
import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { AlertActions } from './AlertActions.tsx';
import type { Alert } from './wall-state.ts';

export const SEVERITY_COLOR = {
  low: 'default',
  medium: 'gold',
  high: 'orange',
  critical: 'red',
} as const;

const STATE_COLOR = {
  open: 'processing',
  acknowledged: 'success',
  taken_over: 'purple',
  dismissed: 'default',
} as const;

export function SeverityTag({ severity }: { severity: Alert['severity'] }) {
  const { t } = useI18n();
  return (
    <Tag color={SEVERITY_COLOR[severity]} data-testid="alert-severity" data-severity={severity}>
      {t(`live.severity.${severity}`)}
    </Tag>
  );
}

export function AlertStateTag({ state }: { state: Alert['state'] }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLOR[state]} data-testid="alert-state" data-state={state}>
      {t(`live.alertState.${state}`)}
    </Tag>
  );
}

export const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour12: false });

export function AlertItem({
  alert,
  agentName,
  canHandle,
  onHandled,
  onOpenCall,
}: {
  alert: Alert;
  agentName?: string;
  canHandle: boolean;
  onHandled: (a: Alert) => void;
  onOpenCall?: (callId: string) => void;
}) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  return (
    <div data-testid="live-alert" data-alert-id={alert.id} data-state={alert.state} style={{ width: '100%' }}>
      <Space size={4} wrap>
        <SeverityTag severity={alert.severity} />
        <Typography.Text strong>{ruleName(alert.rule)}</Typography.Text>
        {alert.escalated ? <Tag color="magenta">{t('live.escalated')}</Tag> : null}
        <AlertStateTag state={alert.state} />
      </Space>
      <div>
        <Typography.Text type="secondary">
          {timeOf(alert.at)} · {agentName ?? alert.agentId} ·{' '}
        </Typography.Text>
        {onOpenCall ? (
          <Typography.Link onClick={() => onOpenCall(alert.callId)}>{alert.callId}</Typography.Link>
        ) : (
          <Typography.Text type="secondary">{alert.callId}</Typography.Text>
        )}
      </div>
      <Typography.Paragraph style={{ margin: '4px 0' }} data-testid="alert-text">
        “{alert.text}”
      </Typography.Paragraph>
      {canHandle && alert.state === 'open' ? <AlertActions alert={alert} onHandled={onHandled} /> : null}
    </div>
  );
}
