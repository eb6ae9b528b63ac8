// What a hit says, in a tooltip: the rule, its category, the deduction, the explanation, the suggested phrasing.
import { Typography } from 'antd';
import type { Hit } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryLabel, hitMessageText } from '../../i18n/labels.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';

export type IndexedHit = Hit & { index: number };

export function HitDetails({ hits }: { hits: readonly Hit[] }) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  return (
    <div>
      {hits.map((h, i) => (
        <div key={i} style={{ marginTop: i > 0 ? 8 : 0 }}>
          <div style={{ fontWeight: 600 }}>
            {ruleName(h.rule)} · {categoryLabel(h.category, t)} ·{' '}
            {h.deduction > 0 ? t('detail.deduction', { points: h.deduction }) : t('detail.noDeduction')}
            {h.confidence !== undefined
              ? ` · ${h.suggested ? `${t('learned.suggested')} · ` : ''}${t('learned.confidence', { value: h.confidence.toFixed(2) })}`
              : null}
          </div>
          {h.review === 'low-asr-confidence' ? (
            <div style={{ color: '#ffc069' }}>{t('recording.needsReview')}</div>
          ) : null}
          {h.message ? <div>{hitMessageText(h, t)}</div> : null}
          {h.suggestion ? (
            <div>
              <Typography.Text style={{ color: '#95de64' }}>
                {t('punct.label', { label: t('detail.suggestion') })}
              </Typography.Text>
              {h.suggestion}
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}
