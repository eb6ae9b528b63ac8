// Adjusting entries of a statement: corrections to an approved (locked) statement, paid on the vendor's next one.
import { useState } from 'react';
import { App, Button, Card, Flex, Input, Table, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { Adjustment, StatementDetail } from '../../api/ops-types.ts';
import { useCommand } from '../../api/queries.ts';
import { formatYuan, parseYuanToFen } from '../../format/money.ts';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function AdjustmentsCard({
  statement,
  canAdjust,
}: {
  statement: StatementDetail;
  canAdjust: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [corrects, setCorrects] = useState('');
  // an adjusting entry is paid on the vendor's next statement, so every statement view re-reads
  const post = useCommand(
    (body: { amountFen: number; description: string; corrects?: string }) =>
      api.post(`/api/settlements/${encodeURIComponent(statement.id)}/adjustments`, body),
    { invalidates: ['settlements'] },
  );
  const locked = statement.state === 'approved';
  if (!locked && statement.adjustments.length === 0) return null;

  const add = async () => {
    const amountFen = parseYuanToFen(amount);
    if (amountFen === null || amountFen === 0 || description.trim() === '') {
      void message.warning(
        `${t('settlement.adjust.amount')} / ${t('common.description')}: ${t('common.required')}`,
      );
      return;
    }
    const done = await post.run({
      amountFen,
      description: description.trim(),
      ...(corrects.trim() ? { corrects: corrects.trim() } : {}),
    });
    if (!done) return;
    setAmount('');
    setDescription('');
    setCorrects('');
    void message.success(t('common.created'));
  };

  return (
    <Card
      size="small"
      title={t('settlement.adjustments')}
      extra={
        <span>
          {t('punct.labelValue', {
            label: t('settlement.adjust.total'),
            value: formatYuan(statement.adjustmentsFen),
          })}
        </span>
      }
    >
      <Flex vertical gap={8}>
        <Table<Adjustment>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={statement.adjustments}
          locale={{ emptyText: t('common.noData') }}
          columns={[
            {
              title: t('common.date'),
              dataIndex: 'createdAt',
              width: 170,
              render: (v: string) => formatDateTime(v),
            },
            { title: t('settlement.adjust.corrects'), dataIndex: 'corrects', width: 160 },
            { title: t('common.description'), dataIndex: 'description' },
            {
              title: t('settlement.adjust.settledIn'),
              dataIndex: 'settledInStatementId',
              width: 150,
              render: (v: string | null) =>
                v ? <Typography.Text code>{v.slice(0, 11)}</Typography.Text> : t('settlement.adjust.pending'),
            },
            {
              title: t('settlement.col.amount'),
              dataIndex: 'amountFen',
              width: 130,
              align: 'right',
              render: (v: number) => formatYuan(v),
            },
          ]}
        />
        {locked && canAdjust ? (
          <Flex gap={8} wrap>
            <Input
              style={{ width: 200 }}
              placeholder={t('settlement.adjust.amount')}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              data-testid="adjust-amount"
            />
            <Input
              style={{ width: 160 }}
              placeholder={t('settlement.adjust.corrects')}
              value={corrects}
              onChange={(e) => setCorrects(e.target.value)}
            />
            <Input
              style={{ flex: '1 1 240px' }}
              placeholder={t('common.description')}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              data-testid="adjust-description"
            />
            <Button type="primary" loading={post.busy} onClick={() => void add()} data-testid="adjust-add">
              {t('settlement.adjust')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
