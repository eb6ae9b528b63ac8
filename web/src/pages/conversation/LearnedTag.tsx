// How a hit found by a learned model shows itself: its confidence, and when it is below the rule's threshold a
// distinct "model suggestion" tag (no deduction; the reviewer decides). Lists and patterns show nothing here.
import { Tag, Tooltip } from 'antd';
import type { Hit } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function LearnedTag({ hit }: { hit: Pick<Hit, 'confidence' | 'suggested'> }) {
  const { t } = useI18n();
  if (hit.confidence === undefined) return null;
  const confidence = t('learned.confidence', { value: hit.confidence.toFixed(2) });
  return hit.suggested ? (
    <Tooltip title={`${t('learned.suggestedHint')} · ${confidence}`}>
      <Tag color="purple" data-testid="hit-suggested">
        {t('learned.suggested')}
      </Tag>
    </Tooltip>
  ) : (
    <Tag color="geekblue" data-testid="hit-confidence">
      {confidence}
    </Tag>
  );
}
