// The hits of a conversation, in transcript order: rule, category, deduction, the words matched, where,
// and the suggested phrasing. Picking one scrolls the transcript to it.
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import type { Turn } from '../../api/types.ts';
import { formatOffset } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryLabel, hitMessageText } from '../../i18n/labels.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';
import type { IndexedHit } from './HitDetails.tsx';
import { LearnedTag } from './LearnedTag.tsx';
import type { HitState } from './WorkflowCard.tsx';

interface Props {
  hits: readonly IndexedHit[];
  turns: readonly Turn[];
  activeHit: number | null;
  onPick: (index: number) => void;
  /** The review's verdict per hit index (absent before any review of the current score). */
  states?: ReadonlyMap<number, HitState>;
}

export function HitList({ hits, turns, activeHit, onPick, states }: Props) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const ordered = [...hits].sort((a, b) => a.turn - b.turn || a.start - b.start);
  return (
    <Card
      size="small"
      title={`${t('detail.hits')} (${hits.length})`}
      data-testid="hit-list"
      styles={{ body: { padding: 0 } }}
    >
      {ordered.length === 0 ? (
        <Empty style={{ padding: 16 }} description={t('detail.noHits')} />
      ) : (
        ordered.map((h) => {
          const turn = turns[h.turn];
          const active = h.index === activeHit;
          const state = states?.get(h.index);
          // A hit the inspector rejected or an upheld appeal removed no longer costs points: shown struck through.
          const overturned = state === 'rejected' || state === 'upheld';
          return (
            <div
              key={h.index}
              role="button"
              tabIndex={0}
              data-testid="hit-item"
              onClick={() => onPick(h.index)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPick(h.index);
                }
              }}
              style={{
                padding: '8px 12px',
                borderTop: '1px solid #f0f0f0',
                cursor: 'pointer',
                background: active ? '#e6f4ff' : h.suggested ? '#f9f0ff' : undefined,
              }}
            >
              <Flex justify="space-between" align="center" gap={8}>
                <span>
                  <Typography.Text strong>{ruleName(h.rule)}</Typography.Text>
                  <Tag style={{ marginInlineStart: 6 }}>{categoryLabel(h.category, t)}</Tag>
                </span>
                <span>
                  {overturned ? (
                    <Tag color="green" data-testid="hit-overturned">
                      {t(`hub.overturned.${state}`)}
                    </Tag>
                  ) : state === 'confirmed' ? (
                    <Tag data-testid="hit-confirmed">{t('hub.confirmed')}</Tag>
                  ) : null}
                  <LearnedTag hit={h} />
                  <Tag
                    color={overturned ? 'default' : h.deduction > 0 ? 'red' : 'gold'}
                    style={{ marginInlineEnd: 0, textDecoration: overturned ? 'line-through' : undefined }}
                    data-testid="hit-deduction"
                  >
                    {h.deduction > 0 ? `−${h.deduction}` : t('detail.noDeduction')}
                  </Tag>
                </span>
              </Flex>
              {h.text ? (
                <Typography.Paragraph style={{ margin: '4px 0 0' }} ellipsis={{ rows: 2 }}>
                  “{h.text}”
                </Typography.Paragraph>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {turn ? t('detail.turn', { n: h.turn + 1 }) : null}
                {/* timing rules say where in the call; text rules point at the turn's start */}
                {h.atMs !== undefined
                  ? ` · ${formatOffset(h.atMs)}`
                  : turn?.startMs !== undefined
                    ? ` · ${formatOffset(turn.startMs)}`
                    : null}
                {h.durationMs !== undefined
                  ? ` · ${t('detail.lasting', { seconds: Math.round(h.durationMs / 100) / 10 })}`
                  : null}
              </Typography.Text>
              {h.message ? (
                <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 12 }}>
                  {hitMessageText(h, t)}
                </Typography.Paragraph>
              ) : null}
              {h.suggestion ? (
                <Typography.Paragraph style={{ margin: '2px 0 0', fontSize: 12 }}>
                  <Typography.Text type="success">
                    {t('punct.label', { label: t('detail.suggestion') })}
                  </Typography.Text>
                  {h.suggestion}
                </Typography.Paragraph>
              ) : null}
            </div>
          );
        })
      )}
    </Card>
  );
}
