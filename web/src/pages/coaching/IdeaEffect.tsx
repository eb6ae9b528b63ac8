// The effect record of an adopted idea (seed 001 金点子: ideas are collected to improve the service, so whether one
// did is kept): the day it was measured, what changed, optionally a metric before and after. Reviewers record or
// correct it; the board of adopted ideas shows it.
import { useState } from 'react';
import { DatePicker, Flex, Input, InputNumber, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Idea } from './types.ts';

export function EffectView({ idea }: { idea: Idea }) {
  const { t } = useI18n();
  const r = idea.effectRecord;
  if (!r && !idea.effect) return null;
  return (
    <Flex
      vertical
      gap={0}
      data-testid="idea-effect"
      style={{ fontSize: 12, background: '#f6ffed', padding: 4 }}
    >
      <Typography.Text style={{ fontSize: 12 }}>
        {t('ideas.effect')}: {idea.effect}
      </Typography.Text>
      {r ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.metric !== null && r.before !== null && r.after !== null
            ? `${r.metric}: ${r.before} → ${r.after} · `
            : ''}
          {t('ideas.effect.measuredOn')} {r.measuredOn} · {t('ideas.effect.recorded')}{' '}
          {formatDateTime(r.recordedAt)}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

export function EffectModal({ idea, onClose }: { idea: Idea | null; onClose: () => void }) {
  const { t } = useI18n();
  const [day, setDay] = useState(dayjs());
  const [effect, setEffect] = useState('');
  const [metric, setMetric] = useState('');
  const [before, setBefore] = useState<number | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const metricHalf = (before === null) !== (after === null) || (before !== null && !metric.trim());
  const record = useCommand(
    (id: string) =>
      call('post', '/api/ideas/{id}/effect', {
        params: { id },
        body: {
          measuredOn: day.format('YYYY-MM-DD'),
          effect: effect.trim(),
          ...(before !== null && after !== null ? { metric: metric.trim(), before, after } : {}),
        },
      }),
    { invalidates: ['ideas'], success: t('ideas.effect.saved') },
  );
  const save = async () => {
    if (idea && (await record.run(idea.id))) onClose();
  };
  return (
    <Modal
      open={idea !== null}
      title={`${t('ideas.effect.record')} · ${idea?.title ?? ''}`}
      onCancel={onClose}
      onOk={() => void save()}
      okButtonProps={{
        disabled: !effect.trim() || metricHalf,
        loading: record.busy,
        'data-testid': 'idea-effect-ok',
      }}
      destroyOnHidden
    >
      <Flex vertical gap={10} data-testid="idea-effect-form">
        <Space>
          {t('ideas.effect.measuredOn')}
          <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />
        </Space>
        <Input.TextArea
          rows={2}
          placeholder={t('ideas.effect')}
          value={effect}
          onChange={(e) => setEffect(e.target.value)}
          data-testid="idea-effect-text"
        />
        <Space wrap>
          <Input
            placeholder={t('ideas.effect.metric')}
            value={metric}
            onChange={(e) => setMetric(e.target.value)}
            style={{ width: 180 }}
            data-testid="idea-effect-metric"
          />
          <InputNumber
            placeholder={t('ideas.effect.before')}
            value={before}
            onChange={setBefore}
            data-testid="idea-effect-before"
          />
          <InputNumber
            placeholder={t('ideas.effect.after')}
            value={after}
            onChange={setAfter}
            data-testid="idea-effect-after"
          />
        </Space>
        {metricHalf ? <Typography.Text type="warning">{t('ideas.effect.metricHint')}</Typography.Text> : null}
      </Flex>
    </Modal>
  );
}
