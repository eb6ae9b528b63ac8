// One manual scorecard item on the review task (seed 002 质检标准: 专业水平 事件判断不正确 / 业务解答不准确 …, and the
// fatal 服务关键性错误). The server keeps a deduction only with its reason, because the agent reads it when deciding
// whether to appeal; so the row collects the number of occurrences and the reason together and saves them as one.
// The parent keys the row by the saved value, so a saved change resets the local draft.
import { useState } from 'react';
import { Button, Flex, Input, InputNumber, Tag, Typography } from 'antd';
import type { ReviewTaskView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { itemLabel } from '../../i18n/labels.ts';

type Item = ReviewTaskView['manualItems'][number];
type Deduction = ReviewTaskView['deductions'][number];

export function ManualItemRow(props: {
  item: Item;
  current: Deduction | undefined;
  disabled: boolean;
  onSave: (occurrences: number, reason: string) => Promise<void>;
}) {
  const { item, current, disabled, onSave } = props;
  const { t, locale } = useI18n();
  const [occurrences, setOccurrences] = useState(current?.occurrences ?? 0);
  const [reason, setReason] = useState(current?.reason ?? '');

  const dirty = occurrences !== (current?.occurrences ?? 0) || reason.trim() !== (current?.reason ?? '');
  const needsReason = occurrences > 0 && reason.trim() === '';
  return (
    <Flex vertical gap={4} data-testid="manual-item" data-item={item.id}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text style={{ fontSize: 13 }}>
          {itemLabel(item, locale)}{' '}
          <Tag color={item.fatal ? 'magenta' : 'red'}>
            {item.fatal ? t('rules.fatalItem') : `−${item.deduction}`}
          </Tag>
        </Typography.Text>
        <InputNumber
          size="small"
          min={0}
          max={item.fatal ? 1 : 50}
          disabled={disabled}
          value={occurrences}
          aria-label={`${itemLabel(item, locale)} ${t('review.occurrences')}`}
          data-testid="manual-item-occurrences"
          style={{ width: 64 }}
          onChange={(n) => setOccurrences(n ?? 0)}
        />
      </Flex>
      {occurrences > 0 || (current?.occurrences ?? 0) > 0 ? (
        <Input.TextArea
          size="small"
          autoSize={{ minRows: 1, maxRows: 3 }}
          disabled={disabled}
          value={reason}
          maxLength={500}
          placeholder={t('review.deductionReason')}
          status={needsReason ? 'warning' : undefined}
          data-testid="manual-item-reason"
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
      {dirty ? (
        <Flex justify="flex-end" align="center" gap={8}>
          {needsReason ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('review.deductionReasonRequired')}
            </Typography.Text>
          ) : null}
          <Button
            size="small"
            disabled={disabled}
            onClick={() => {
              setOccurrences(current?.occurrences ?? 0);
              setReason(current?.reason ?? '');
            }}
          >
            {t('common.cancel')}
          </Button>
          <Button
            size="small"
            type="primary"
            disabled={disabled || needsReason}
            data-testid="manual-item-save"
            onClick={() => void onSave(occurrences, occurrences > 0 ? reason.trim() : '')}
          >
            {t('common.save')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
