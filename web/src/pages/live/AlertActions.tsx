// Handling an open alert (POST /api/live/alerts/:id/handle): acknowledge (I am on it), take over (seed 004
// 專家座席組: a leader or expert seat steps into the call) or dismiss with a reason (a false alarm is recorded as
// such, so the alert report can tell noise from misses). Shown only when the server says the user may handle
// alerts (`actions.handle`) and the alert is still open.
import { useState } from 'react';
import { App, Button, Input, Modal, Space } from 'antd';
import { call } from '../../api/typed.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Alert } from './wall-state.ts';

type HandleAction = 'acknowledge' | 'take-over' | 'dismiss';

export function AlertActions({ alert, onHandled }: { alert: Alert; onHandled: (a: Alert) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<HandleAction | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');

  const handle = async (action: HandleAction, why?: string) => {
    setBusy(action);
    try {
      const a = await call('post', '/api/live/alerts/{id}/handle', {
        params: { id: alert.id },
        body: { action, ...(why ? { reason: why } : {}) },
      });
      onHandled(a);
      void message.success(t(`live.handled.${action}`));
      setDismissing(false);
      setReason('');
    } catch (e) {
      void message.error(describeError(e, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Space size={4} wrap>
        <Button
          size="small"
          type="primary"
          loading={busy === 'acknowledge'}
          disabled={busy !== null}
          data-testid="alert-acknowledge"
          onClick={() => void handle('acknowledge')}
        >
          {t('live.action.acknowledge')}
        </Button>
        <Button
          size="small"
          danger
          loading={busy === 'take-over'}
          disabled={busy !== null}
          data-testid="alert-take-over"
          onClick={() => void handle('take-over')}
        >
          {t('live.action.takeOver')}
        </Button>
        <Button
          size="small"
          disabled={busy !== null}
          data-testid="alert-dismiss"
          onClick={() => setDismissing(true)}
        >
          {t('live.action.dismiss')}
        </Button>
      </Space>
      <Modal
        open={dismissing}
        title={t('live.dismiss.title')}
        okText={t('live.action.dismiss')}
        okButtonProps={{ disabled: !reason.trim(), loading: busy === 'dismiss' }}
        onOk={() => void handle('dismiss', reason.trim())}
        onCancel={() => setDismissing(false)}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          placeholder={t('live.dismiss.reason')}
          data-testid="alert-dismiss-reason"
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
