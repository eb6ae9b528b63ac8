// Handling an open alert (POST /api/live/alerts/:id/handle): acknowledge (I am on it), take over (seed 004
// 專家座席組: a leader or expert seat steps into the call) or dismiss with a reason (a false alarm is recorded as
// such, so the alert report can tell noise from misses). Shown only when the server says the user may handle
// alerts (`actions.handle`) and the alert is still open.
import { useState } from 'react';
import { App, Button, Input, Modal, Space } from 'antd';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Alert } from './wall-state.ts';

type HandleAction = 'acknowledge' | 'take-over' | 'dismiss';

/** `onHandled` passes the handled alert to the wall, which holds alerts from the stream as well. */
export function AlertActions({ alert, onHandled }: { alert: Alert; onHandled?: (a: Alert) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [action, setAction] = useState<HandleAction | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  // the wall, the call drawer and the alert report all show the alert's state
  const handleCmd = useCommand(
    (action: HandleAction, why?: string) =>
      call('post', '/api/live/alerts/{id}/handle', {
        params: { id: alert.id },
        body: { action, ...(why ? { reason: why } : {}) },
      }),
    { invalidates: ['live'] },
  );
  // which button is busy
  const busy = handleCmd.busy ? action : null;

  const handle = async (act: HandleAction, why?: string) => {
    setAction(act);
    const done = await handleCmd.run(act, why);
    if (!done) return;
    onHandled?.(done.value);
    void message.success(t(`live.handled.${act}`));
    setDismissing(false);
    setReason('');
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
