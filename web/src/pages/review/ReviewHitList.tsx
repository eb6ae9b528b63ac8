// The machine's hits of a review task, each with its verdict; the active one (J/K, or a click) takes the reason
// and the confirm / reject buttons while the task is open to the caller.
import { Button, Card, Empty, Flex, Input, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { ReviewTaskView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { LearnedTag } from '../conversation/LearnedTag.tsx';

interface Props {
  view: ReviewTaskView;
  active: number;
  open: boolean;
  reason: string;
  onReason: (reason: string) => void;
  onPick: (position: number) => void;
  onJudge: (verdict: 'confirm' | 'reject') => void;
}

export function ReviewHitList({ view, active, open, reason, onReason, onPick, onJudge }: Props) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const hits = view.hits;
  return (
    <Card
      size="small"
      title={t('review.hits', { done: view.judgements.length, total: hits.length })}
      styles={{ body: { padding: 0 } }}
    >
      {hits.length === 0 ? <Empty style={{ padding: 16 }} description={t('detail.noHits')} /> : null}
      {hits.map((h, i) => {
        const v = view.judgements.find((j) => j.hit === h.index);
        const isActive = i === active;
        return (
          <div
            key={h.index}
            data-testid="review-hit"
            data-verdict={v?.verdict ?? 'pending'}
            onClick={() => onPick(i)}
            style={{
              padding: '8px 12px',
              borderTop: '1px solid #f0f0f0',
              cursor: 'pointer',
              background: isActive ? '#e6f4ff' : h.suggested ? '#f9f0ff' : undefined,
            }}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{ruleName(h.rule, h.ruleName)}</Typography.Text>
              <Space size={4}>
                <LearnedTag hit={h} />
                <Tag color={h.deduction > 0 ? 'red' : 'gold'}>
                  {h.deduction > 0 ? `−${h.deduction}` : t('detail.noDeduction')}
                </Tag>
                <Tag color={v ? (v.verdict === 'confirm' ? 'green' : 'default') : 'blue'}>
                  {v
                    ? t(v.verdict === 'confirm' ? 'review.confirmed' : 'review.rejected')
                    : t('review.pending')}
                </Tag>
              </Space>
            </Flex>
            {h.text ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                “{h.text}” · {t('detail.turn', { n: h.turn + 1 })}
              </Typography.Text>
            ) : null}
            {v?.reason ? (
              <div style={{ fontSize: 12 }}>
                {t('punct.labelValue', { label: t('review.reason'), value: v.reason })}
              </div>
            ) : null}
            {isActive && open ? (
              <Flex gap={8} style={{ marginTop: 6 }} onClick={(e) => e.stopPropagation()}>
                <Input
                  id="review-reason"
                  size="small"
                  placeholder={t('review.reason')}
                  value={reason}
                  onChange={(e) => onReason(e.target.value)}
                  onPressEnter={() => onJudge(reason.trim() ? 'reject' : 'confirm')}
                  data-testid="review-reason"
                />
                <Button
                  size="small"
                  icon={<CheckOutlined />}
                  onClick={() => onJudge('confirm')}
                  data-testid="review-confirm"
                >
                  {t('review.confirm')} (C)
                </Button>
                <Button
                  size="small"
                  danger
                  icon={<CloseOutlined />}
                  onClick={() => onJudge('reject')}
                  data-testid="review-reject"
                >
                  {t('review.reject')} (R)
                </Button>
              </Flex>
            ) : null}
          </div>
        );
      })}
    </Card>
  );
}
