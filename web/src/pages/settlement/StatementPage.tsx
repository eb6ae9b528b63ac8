// One settlement statement (seed 002 (二)): header with state and who confirmed/approved it, the lines grouped by
// kind with subtotals, the net, the actions the caller's role may take in this state, the adjusting entries of
// an approved (locked) statement, and the XLSX export and printable view. Which buttons show is the server's answer
// (`permittedActions`); confirm and approve ask first, and a statement whose inputs changed shows the diff.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Flex,
  Input,
  Modal,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { StatementDetail, StatementLine } from '../../api/ops-types.ts';
import { lineText } from './line-text.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorState, LoadingBlock, describeError } from '../../components/States.tsx';
import { formatYuan } from '../../format/money.ts';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdjustmentsCard } from './AdjustmentsCard.tsx';
import { InputsChangedBanner } from './InputsChangedBanner.tsx';
import { groupLines } from './grouping.ts';
import { StateTag } from './StateTag.tsx';

function Amount({ fen }: { fen: number }) {
  return (
    <Typography.Text type={fen < 0 ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
      {formatYuan(fen)}
    </Typography.Text>
  );
}

export function StatementPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const { message, modal } = App.useApp();
  const st = useApi(`settlements:detail:${id}`, (signal) =>
    api.get<StatementDetail>(`/api/settlements/${encodeURIComponent(id)}`, undefined, signal),
  );
  // confirm, approve, reopen and rebuild change the statement and the list's state and net; approving locks the
  // month's settlement inputs and reopening unlocks them
  const post = useCommand((path: string, body: unknown) => api.post(path, body), {
    invalidates: ['settlements', 'settlement-inputs'],
  });
  const busy = post.busy;
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');

  if (st.state === 'error' && !st.data) return <ErrorState error={st.error} onRetry={st.reload} />;
  const s = st.data;
  if (!s) return <LoadingBlock rows={12} />;
  const base = `/api/settlements/${encodeURIComponent(s.id)}`;

  const act = async (path: string, body: unknown, done: string) => {
    if (!(await post.run(path, body))) return false;
    void message.success(done);
    return true;
  };

  const may = (a: StatementDetail['permittedActions'][number]) => s.permittedActions.includes(a);
  // Confirming and approving move money: say what the action does, for which month and amount, before doing it.
  const ask = (kind: 'confirm' | 'approve') =>
    modal.confirm({
      title: t(`settle.ask.${kind}.title`, { vendor: s.vendorName, month: s.month }),
      content: (
        <Flex vertical gap={6} data-testid="settlement-ask">
          <span>{t(`settle.ask.${kind}.body`)}</span>
          <span>
            {t('settle.ask.amount')}
            <strong data-testid="settlement-ask-net">{formatYuan(s.netFen)}</strong>
          </span>
          <Typography.Text type={kind === 'approve' ? 'danger' : 'secondary'}>
            {t(`settle.ask.${kind}.undo`)}
          </Typography.Text>
        </Flex>
      ),
      okText: t(`settlement.${kind}`),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'settlement-ask-ok' },
      onOk: () =>
        act(
          `${base}/${kind}`,
          {},
          t(kind === 'confirm' ? 'settlement.confirmed' : 'settlement.approved'),
        ).then(() => undefined),
    });

  const groups = groupLines(s.statement.lines);
  const agentLabel = (l: StatementLine) =>
    l.agentId
      ? t('punct.nameWithId', { name: s.agentNames[l.agentId] ?? l.agentId, id: l.agentId })
      : t('common.none');

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap justify="space-between">
        <Space size={12} wrap>
          <Link to={`/settlements?month=${s.month}`}>{t('common.back')}</Link>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('settlement.statement', { vendor: s.vendorName, month: s.month })}
          </Typography.Title>
          <StateTag state={s.state} />
        </Space>
        <Space wrap>
          {may('rebuild') ? (
            <Button
              loading={busy}
              onClick={() =>
                void act('/api/settlements', { vendorId: s.vendorId, month: s.month }, t('common.created'))
              }
            >
              {t('settlement.rebuild')}
            </Button>
          ) : null}
          {may('confirm') ? (
            <Button
              type="primary"
              loading={busy}
              data-testid="settlement-confirm"
              onClick={() => ask('confirm')}
            >
              {t('settlement.confirm')}
            </Button>
          ) : null}
          {may('approve') ? (
            <Button
              type="primary"
              loading={busy}
              data-testid="settlement-approve"
              onClick={() => ask('approve')}
            >
              {t('settlement.approve')}
            </Button>
          ) : null}
          {may('reopen') ? (
            <Button danger loading={busy} onClick={() => setReopening(true)} data-testid="settlement-reopen">
              {t('settlement.reopen')}
            </Button>
          ) : null}
          <Button icon={<DownloadOutlined />} href={`${base}/export.xlsx`} data-testid="settlement-export">
            {t('settlement.export')}
          </Button>
          <Button icon={<PrinterOutlined />} href={`${base}/print`} target="_blank" rel="noopener">
            {t('settlement.print')}
          </Button>
        </Space>
      </Flex>
      {st.state === 'error' ? <Alert type="error" showIcon title={describeError(st.error, t)} /> : null}
      {s.problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('settlement.problems')}
          description={JSON.stringify(s.problems)}
        />
      ) : null}
      {s.state === 'approved' ? <Alert type="info" showIcon title={t('settlement.locked')} /> : null}
      <InputsChangedBanner statement={s} />
      <Flex gap={12} wrap>
        <Card size="small" style={{ flex: '2 1 480px' }}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('settlement.policy')}>{s.policyVersion}</Descriptions.Item>
            <Descriptions.Item label={t('settlement.asOf')}>{s.asOf}</Descriptions.Item>
            <Descriptions.Item label={t('settlement.col.builtAt')}>
              {formatDateTime(s.builtAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('settlement.confirmedBy')}>
              {s.confirmedBy ? `${s.confirmedBy} · ${formatDateTime(s.confirmedAt)}` : t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('settlement.approvedBy')}>
              {s.approvedBy ? `${s.approvedBy} · ${formatDateTime(s.approvedAt)}` : t('common.none')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" style={{ flex: '1 1 220px' }}>
          <Statistic title={t('settlement.net')} value={formatYuan(s.netFen)} data-testid="settlement-net" />
        </Card>
      </Flex>
      <Card size="small" title={t('settlement.totals')}>
        <Flex gap={24} wrap>
          {groups.map((g) => (
            <Flex vertical key={g.kind}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`settlement.kind.${g.kind}`)}
              </Typography.Text>
              <Amount fen={g.totalFen} />
            </Flex>
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('settlement.lines')} styles={{ body: { padding: 8 } }}>
        <Collapse
          size="small"
          defaultActiveKey={groups.filter((g) => g.kind !== 'base-fee').map((g) => g.kind)}
          items={groups.map((g) => ({
            key: g.kind,
            label: (
              <Flex justify="space-between" style={{ width: '100%' }}>
                <span>
                  {t(`settlement.kind.${g.kind}`)}{' '}
                  <Typography.Text type="secondary">
                    {t('settlement.lineCount', { count: g.lines.length })}
                  </Typography.Text>
                </span>
                <Amount fen={g.totalFen} />
              </Flex>
            ),
            children: (
              <Table<StatementLine & { key: number }>
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={g.lines.map((l, key) => ({ ...l, key }))}
                columns={[
                  {
                    title: t('kpi.col.agent'),
                    key: 'a',
                    width: 160,
                    render: (_: unknown, l) => agentLabel(l),
                  },
                  {
                    title: t('common.description'),
                    key: 'description',
                    render: (_: unknown, l) => lineText(l, locale, t),
                  },
                  {
                    title: t('settlement.col.amount'),
                    dataIndex: 'amountFen',
                    width: 140,
                    align: 'right',
                    render: (v: number) => <Amount fen={v} />,
                  },
                ]}
              />
            ),
          }))}
        />
      </Card>
      <AdjustmentsCard statement={s} canAdjust={may('adjust')} />
      <Modal
        open={reopening}
        title={t('settlement.reopen')}
        confirmLoading={busy}
        onCancel={() => setReopening(false)}
        onOk={() => {
          if (reason.trim() === '') {
            void message.warning(t('settlement.reasonRequired'));
            return;
          }
          void act(`${base}/reopen`, { reason: reason.trim() }, t('settlement.reopened')).then((ok) => {
            if (ok) {
              setReopening(false);
              setReason('');
            }
          });
        }}
      >
        <Input.TextArea
          rows={3}
          placeholder={t('settlement.reopenReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="settlement-reopen-reason"
        />
      </Modal>
    </Flex>
  );
}
