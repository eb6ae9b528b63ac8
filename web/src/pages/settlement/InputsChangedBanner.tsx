// The statement's safety check from the server (src/settlement/safety.ts): when its inputs changed since it was
// built (a complaint judged, a report recorded, new call statistics, a new KPI policy …) a warning with the diff of
// built vs would-be lines and net; KPI items scored without data; and the acknowledgement that lets the caller
// confirm or approve the statement as built (audited), the other way being a rebuild.
import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { StatementDetail, StatementSafety } from '../../api/ops-types.ts';
import { useCommand } from '../../api/queries.ts';
import { formatYuan } from '../../format/money.ts';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type DiffLine = NonNullable<StatementSafety['diff']>['lines'][number];

export function InputsChangedBanner({ statement: s }: { statement: StatementDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const ack = useCommand(
    (fingerprint: string, text: string) =>
      api.post(`/api/settlements/${encodeURIComponent(s.id)}/acknowledge-inputs`, {
        fingerprint,
        note: text,
      }),
    { invalidates: ['settlements'] },
  );
  const safety = s.safety;
  const name = (id: string | null) =>
    id ? t('punct.nameWithId', { name: s.agentNames[id] ?? id, id }) : t('common.none');
  const yuan = (fen: number | null) => (fen === null ? t('settle.diff.none') : formatYuan(fen));
  const acks = [safety.acknowledgements['vendor-manager'], safety.acknowledgements.client].filter(
    (a) => a !== null && a.fingerprint === safety.fingerprint,
  );

  const acknowledge = async () => {
    if (note.trim() === '') {
      void message.warning(t('settle.ack.noteRequired'));
      return;
    }
    if (!(await ack.run(safety.fingerprint, note.trim()))) return;
    void message.success(t('settle.ack.done'));
    setOpen(false);
    setNote('');
  };

  const missing = safety.missingKpiData;
  return (
    <>
      {safety.inputsChanged && safety.diff ? (
        <Alert
          type="warning"
          showIcon
          data-testid="settlement-inputs-changed"
          title={t('settle.changed.title')}
          description={
            <Flex vertical gap={8}>
              <span>{t('settle.changed.body')}</span>
              {safety.diff.policyVersion.before !== safety.diff.policyVersion.after ? (
                <span>
                  {t('settle.changed.policy', {
                    before: safety.diff.policyVersion.before,
                    after: safety.diff.policyVersion.after,
                  })}
                </span>
              ) : null}
              <Table<DiffLine>
                size="small"
                rowKey="key"
                pagination={false}
                data-testid="settlement-diff"
                dataSource={safety.diff.lines}
                columns={[
                  {
                    title: t('settle.diff.kind'),
                    dataIndex: 'kind',
                    width: 140,
                    render: (k: string) => t(`settlement.kind.${k}` as never),
                  },
                  { title: t('kpi.col.agent'), dataIndex: 'agentId', width: 150, render: name },
                  { title: t('common.description'), dataIndex: 'description' },
                  {
                    title: t('settle.diff.built'),
                    dataIndex: 'beforeFen',
                    width: 120,
                    align: 'right',
                    render: yuan,
                  },
                  {
                    title: t('settle.diff.now'),
                    dataIndex: 'afterFen',
                    width: 120,
                    align: 'right',
                    render: (v: number | null) => <strong>{yuan(v)}</strong>,
                  },
                ]}
              />
              <span data-testid="settlement-diff-net">
                {t('settle.diff.net', {
                  before: formatYuan(safety.diff.netBeforeFen),
                  after: formatYuan(safety.diff.netAfterFen),
                })}
              </span>
            </Flex>
          }
        />
      ) : null}
      {missing.length > 0 ? (
        <Alert
          type={missing.some((m) => m.needsAcknowledgement) ? 'warning' : 'info'}
          showIcon
          data-testid="settlement-missing-data"
          title={t('settle.missing.title')}
          description={
            <Flex vertical gap={4}>
              <span>{t('settle.missing.body')}</span>
              <Flex gap={6} wrap>
                {missing.map((m) => (
                  <Tag
                    key={`${m.agentId}:${m.item}`}
                    color={m.needsAcknowledgement ? 'orange' : 'default'}
                    data-testid="settlement-no-data-tag"
                  >
                    {name(m.agentId)} · {t(`settle.item.${m.item}`)} · {t('settle.noData')} →{' '}
                    {t(m.rule === 'base' ? 'settle.missing.base' : 'settle.missing.zero', {
                      points: m.points,
                    })}
                  </Tag>
                ))}
              </Flex>
            </Flex>
          }
        />
      ) : null}
      {safety.attentionNeeded && acks.length > 0 ? (
        <Typography.Text type="secondary" data-testid="settlement-ack-status">
          {acks.map((a) => t('settle.ack.by', { user: a!.userId, at: formatDateTime(a!.at), note: a!.note }))}
        </Typography.Text>
      ) : null}
      {s.permittedActions.includes('acknowledge') ? (
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('settle.ack.hint')}</Typography.Text>
          <Button onClick={() => setOpen(true)} data-testid="settlement-acknowledge">
            {t('settle.ack.button')}
          </Button>
        </Flex>
      ) : null}
      <Modal
        open={open}
        title={t('settle.ack.title')}
        okText={t('settle.ack.button')}
        confirmLoading={ack.busy}
        onCancel={() => setOpen(false)}
        onOk={() => void acknowledge()}
        okButtonProps={{ 'data-testid': 'settlement-acknowledge-ok' }}
      >
        <Flex vertical gap={8}>
          <Typography.Paragraph>{t('settle.ack.body')}</Typography.Paragraph>
          <Input.TextArea
            rows={3}
            value={note}
            placeholder={t('settle.ack.note')}
            onChange={(e) => setNote(e.target.value)}
            data-testid="settlement-acknowledge-note"
          />
        </Flex>
      </Modal>
    </>
  );
}
