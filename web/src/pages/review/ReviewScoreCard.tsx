// The score of a review task as it stands: machine and final totals by category, the comment to the agent and
// Finalize while the task is open to the caller, the comment given once it is finalized.
import { Button, Card, Descriptions, Input, Typography } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import type { ReviewTaskView } from '../../api/types.ts';
import { ScoreTag, formatScore } from '../../components/ScoreTag.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryLabel } from '../../i18n/labels.ts';

interface Props {
  view: ReviewTaskView;
  open: boolean;
  busy: boolean;
  comment: string;
  onComment: (comment: string) => void;
  onFinalize: () => void;
}

export function ReviewScoreCard({ view, open, busy, comment, onComment, onFinalize }: Props) {
  const { t } = useI18n();
  const { score, task } = view;
  return (
    <Card size="small" title={t('review.scorePreview')} data-testid="review-score">
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('review.machine')}>
          <ScoreTag score={score.machine.total} fatal={score.machine.fatal} />
        </Descriptions.Item>
        <Descriptions.Item label={t('review.final')}>
          <ScoreTag score={score.final.total} fatal={score.final.fatal} />
        </Descriptions.Item>
        {Object.entries(score.final.categories).map(([k, v]) => (
          <Descriptions.Item key={k} label={categoryLabel(k, t)}>
            {formatScore(v)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {open ? (
        <Input.TextArea
          rows={2}
          maxLength={2000}
          placeholder={t('reviewFlow.comment')}
          value={comment}
          onChange={(e) => onComment(e.target.value)}
          style={{ marginBottom: 8 }}
          data-testid="review-comment"
        />
      ) : task.comment ? (
        <Typography.Paragraph type="secondary" data-testid="review-comment-shown">
          {t('reviewFlow.commentShown', { comment: task.comment })}
        </Typography.Paragraph>
      ) : null}
      {open ? (
        <Button
          type="primary"
          block
          icon={<FlagOutlined />}
          loading={busy}
          onClick={onFinalize}
          data-testid="review-finalize"
        >
          {t('review.finalize')} (F)
        </Button>
      ) : null}
    </Card>
  );
}
