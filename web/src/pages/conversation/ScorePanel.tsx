// The QA score of a conversation: the total and each category of the 100-point table against its maximum.
import { Alert, Card, Empty, Flex, Progress, Statistic, Typography } from 'antd';
import type { CheckResult } from '../../api/types.ts';
import { formatScore, scoreColor } from '../../components/ScoreTag.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryLabel } from '../../i18n/labels.ts';

// seed 002 质检标准 (满分100): 专业水平 30, 服务态度 40, 服务用语 30. Categories a pack adds show without a bar.
const CATEGORY_MAX: Record<string, number> = { professional: 30, attitude: 40, language: 30 };
const CATEGORY_ORDER = ['professional', 'attitude', 'language'];

const TAG_TO_COLOR: Record<string, string> = {
  success: '#389e0d',
  processing: '#0958d9',
  warning: '#d48806',
  error: '#cf1322',
};

/** What the panel shows (client-side): a stored result, or a live check's, which has no scoring time nor signals. */
export type ScoreView = Omit<CheckResult, 'scoredAt' | 'signals'> &
  Partial<Pick<CheckResult, 'scoredAt' | 'signals'>>;

export function ScorePanel({ result }: { result: ScoreView | null }) {
  const { t } = useI18n();
  if (!result) {
    return (
      <Card size="small" title={t('detail.score')}>
        <Empty description={t('detail.notScored')} />
      </Card>
    );
  }
  const { total, categories } = result.score;
  const keys = [
    ...CATEGORY_ORDER.filter((k) => k in categories),
    ...Object.keys(categories).filter((k) => !CATEGORY_ORDER.includes(k)),
  ];
  return (
    <Card
      size="small"
      title={t('detail.score')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('detail.pack', { pack: result.packId, version: String(result.packVersion) })}
        </Typography.Text>
      }
      data-testid="score-panel"
    >
      <Statistic
        value={formatScore(total)}
        suffix="/ 100"
        styles={{
          content: { color: result.fatal ? '#cf1322' : TAG_TO_COLOR[scoreColor(total)], fontSize: 32 },
        }}
      />
      {result.fatal ? (
        <Alert type="error" showIcon title={t('detail.fatal')} style={{ margin: '8px 0' }} />
      ) : null}
      {result.scoredAt ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('detail.scoredAt', { at: formatDateTime(result.scoredAt) })}
        </Typography.Text>
      ) : null}
      {typeof result.signals?.satisfaction === 'number' ? (
        <div data-testid="satisfaction">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('detail.satisfaction', {
              value: result.signals.satisfaction.toFixed(2),
              level: t(
                result.signals.satisfaction <= -0.5
                  ? 'detail.satisfactionLow'
                  : result.signals.satisfaction >= 0.5
                    ? 'detail.satisfactionHigh'
                    : 'detail.satisfactionMid',
              ),
            })}
          </Typography.Text>
        </div>
      ) : null}
      <Flex vertical gap={6} style={{ marginTop: 8 }}>
        {keys.map((k) => {
          const value = categories[k] ?? 0;
          const max = CATEGORY_MAX[k];
          return (
            <div key={k}>
              <Flex justify="space-between">
                <Typography.Text>{categoryLabel(k, t)}</Typography.Text>
                <Typography.Text strong>
                  {formatScore(value)}
                  {max !== undefined ? <Typography.Text type="secondary"> / {max}</Typography.Text> : null}
                </Typography.Text>
              </Flex>
              {max !== undefined ? (
                <Progress
                  percent={Math.max(0, Math.min(100, (value / max) * 100))}
                  showInfo={false}
                  size="small"
                  strokeColor={value >= max ? '#52c41a' : value >= max * 0.8 ? '#1677ff' : '#faad14'}
                />
              ) : null}
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
