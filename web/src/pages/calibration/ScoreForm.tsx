// An inspector's blind score of one conversation: every machine hit confirmed or rejected (a rejection needs its
// reason, as in review), and the manual scorecard items with their occurrences. Submitting again replaces the
// previous score while the session is open (PUT /api/calibration-sessions/:id/scores/:conversationId).
import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Input, InputNumber, Radio, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { CalibrationDetail, CalibrationScore } from '../../api/admin-types.ts';
import type { ScorecardItem } from '../../api/types.ts';
import { useCommand } from '../../api/queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { itemLabel } from '../../i18n/labels.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';

type Conv = CalibrationDetail['conversations'][number];
type Verdict = 'confirm' | 'reject';

interface Props {
  sessionId: number;
  conv: Conv;
  own: CalibrationScore | undefined;
  manualItems: readonly ScorecardItem[];
  activeHit: number | null;
  onPickHit: (index: number) => void;
  onSubmitted: (s: CalibrationScore) => void;
}

export function ScoreForm({ sessionId, conv, own, manualItems, activeHit, onPickHit, onSubmitted }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const ruleName = useRuleName();
  const [verdicts, setVerdicts] = useState<Map<number, { verdict?: Verdict; reason: string }>>(
    () => new Map((own?.hits ?? []).map((h) => [h.hit, { verdict: h.verdict, reason: h.reason }])),
  );
  const [deductions, setDeductions] = useState<Map<string, number>>(
    () => new Map((own?.deductions ?? []).map((d) => [d.item, d.occurrences])),
  );
  const save = useCommand(
    (body: { hits: { hit: number; verdict: Verdict; reason: string }[]; deductions: unknown[] }) =>
      api.put<CalibrationScore>(
        `/api/calibration-sessions/${sessionId}/scores/${encodeURIComponent(conv.conversationId)}`,
        body,
      ),
    { invalidates: ['calibration-sessions'], success: t('calib.submitted') },
  );

  const setHit = (hit: number, patch: { verdict?: Verdict; reason?: string }) =>
    setVerdicts((m) => {
      const next = new Map(m);
      const cur = next.get(hit) ?? { reason: '' };
      next.set(hit, { ...cur, ...patch });
      return next;
    });

  const submit = async () => {
    const hits = [];
    for (const h of conv.hits) {
      const v = verdicts.get(h.index);
      if (!v?.verdict) {
        void message.error(t('calib.needAllHits'));
        onPickHit(h.index);
        return;
      }
      if (v.verdict === 'reject' && v.reason.trim() === '') {
        void message.error(t('calib.needReason'));
        onPickHit(h.index);
        return;
      }
      hits.push({ hit: h.index, verdict: v.verdict, reason: v.reason.trim() });
    }
    const done = await save.run({
      hits,
      deductions: [...deductions]
        .filter(([, n]) => n > 0)
        .map(([item, occurrences]) => ({ item, occurrences, reason: '' })),
    });
    if (done) onSubmitted(done.value);
  };

  return (
    <Flex vertical gap={12} data-testid="calib-score-form">
      <Card
        size="small"
        title={t('calib.hits')}
        extra={
          own ? (
            <Tag color="green" data-testid="calib-own-total">
              {t('calib.scoreTotal', { total: own.total })}
            </Tag>
          ) : (
            <Tag>{t('calib.notSubmitted')}</Tag>
          )
        }
      >
        {conv.hits.length === 0 ? <Empty description={t('calib.noHits')} /> : null}
        <Flex vertical gap={8}>
          {conv.hits.map((h) => {
            const v = verdicts.get(h.index);
            return (
              <div
                key={h.index}
                data-testid="calib-hit"
                onClick={() => onPickHit(h.index)}
                style={{
                  padding: 8,
                  borderRadius: 6,
                  border: `1px solid ${activeHit === h.index ? '#1677ff' : '#f0f0f0'}`,
                  cursor: 'pointer',
                }}
              >
                <Flex justify="space-between" gap={8} align="start">
                  <Typography.Text strong style={{ fontSize: 13 }}>
                    {ruleName(h.rule)}
                  </Typography.Text>
                  <Tag color={h.deduction > 0 ? 'red' : 'gold'}>
                    {h.deduction > 0 ? `−${h.deduction}` : t('detail.noDeduction')}
                  </Tag>
                </Flex>
                {h.text ? (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
                    {h.text}
                  </Typography.Paragraph>
                ) : null}
                <Flex gap={8} align="center" wrap>
                  <Radio.Group
                    size="small"
                    optionType="button"
                    buttonStyle="solid"
                    value={v?.verdict}
                    onChange={(e) => setHit(h.index, { verdict: e.target.value as Verdict })}
                    options={[
                      {
                        value: 'confirm',
                        label: <span data-testid="calib-confirm">{t('review.confirm')}</span>,
                      },
                      {
                        value: 'reject',
                        label: <span data-testid="calib-reject">{t('review.reject')}</span>,
                      },
                    ]}
                  />
                  {v?.verdict === 'reject' ? (
                    <Input
                      size="small"
                      style={{ flex: 1, minWidth: 160 }}
                      maxLength={2000}
                      value={v.reason}
                      placeholder={t('calib.reasonPlaceholder')}
                      onChange={(e) => setHit(h.index, { reason: e.target.value })}
                      data-testid="calib-reason"
                    />
                  ) : null}
                </Flex>
              </div>
            );
          })}
        </Flex>
      </Card>
      <Card size="small" title={t('calib.manual')}>
        {manualItems.length === 0 ? (
          <Typography.Text type="secondary">{t('calib.noManual')}</Typography.Text>
        ) : (
          <Flex vertical gap={6}>
            {manualItems.map((item) => (
              <Flex key={item.id} justify="space-between" align="center" gap={8}>
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
                  precision={0}
                  value={deductions.get(item.id) ?? 0}
                  aria-label={`${itemLabel(item, locale)} ${t('calib.occurrences')}`}
                  style={{ width: 64 }}
                  onChange={(n) =>
                    setDeductions((m) => new Map(m).set(item.id, typeof n === 'number' ? n : 0))
                  }
                />
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
      <Button type="primary" loading={save.busy} onClick={() => void submit()} data-testid="calib-submit">
        {t('calib.submit')}
      </Button>
    </Flex>
  );
}
