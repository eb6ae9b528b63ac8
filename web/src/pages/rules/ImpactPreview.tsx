// 影响预览: evaluate a draft version against the published one over a period before publishing it, as a background
// run (POST /api/packs/:id/:version/preview-runs, then GET /api/packs/preview-runs/:runId every second with its
// progress until done): how many conversations change, the mean score before → after, hits gained and lost per
// rule, and the most moved conversations (each opens its detail page).
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Flex, Modal, Progress, Statistic, Table, Tag, Typography } from 'antd';
import { call, type ResponseOf } from '../../api/typed.ts';
import type { HitDelta, ImpactPreview as Preview, PackVersion } from '../../api/pack-types.ts';
import { useCommand } from '../../api/queries.ts';
import { formatScore } from '../../components/ScoreTag.tsx';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { defaultRange, PeriodPicker, rangeToPeriod } from './PeriodPicker.tsx';
import type { DayRange } from './PeriodPicker.tsx';

type PreviewRun = ResponseOf<'/api/packs/preview-runs/{runId}', 'get'>;
const POLL_MS = 1000;

function HitTags({ hits, color }: { hits: HitDelta[]; color: string }) {
  if (hits.length === 0) return <>—</>;
  return (
    <Flex gap={4} wrap>
      {hits.map((h, i) => (
        <Tag key={i} color={color} title={h.text}>
          {h.rule}
        </Tag>
      ))}
    </Flex>
  );
}

export function ImpactPreview({ version, onClose }: { version: PackVersion | null; onClose: () => void }) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const [range, setRange] = useState<DayRange>(() => defaultRange(new Date()));
  // a failed poll's error; a failed start's is the command's (shown while startFailed)
  const [error, setError] = useState<unknown>(null);
  const [startFailed, setStartFailed] = useState(false);
  const [run, setRun] = useState<PreviewRun | null>(null);
  // a preview run compares versions and stores nothing any screen shows, so nothing is invalidated
  const startRun = useCommand(
    (v: PackVersion, range: DayRange) =>
      call('post', '/api/packs/{id}/{version}/preview-runs', {
        params: { id: v.id, version: String(v.version) },
        body: rangeToPeriod(range),
      }),
    { quiet: true },
  );
  const shownError = startFailed ? startRun.error : error;
  const out: Preview | null = run?.result ?? null;
  const finished = run?.status === 'done' || run?.status === 'failed';

  useEffect(() => {
    if (!run || finished) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      call('get', '/api/packs/preview-runs/{runId}', {
        params: { runId: run.runId },
        signal: ctl.signal,
      }).then(
        (r) => {
          setError(null);
          setRun(r);
        },
        (e: unknown) => {
          // keep polling after a transient failure; the next answer clears the message
          if (!ctl.signal.aborted) setError(e);
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [run, error, finished]);

  const close = () => {
    setRun(null);
    setError(null);
    setStartFailed(false);
    onClose();
  };

  const start = async () => {
    if (!version) return;
    setError(null);
    setStartFailed(false);
    setRun(null);
    const done = await startRun.run(version, range);
    if (done) setRun(done.value);
    else setStartFailed(true);
  };
  const running = run !== null && !finished;

  return (
    <Modal
      open={version !== null}
      title={
        version
          ? t('packs.previewTitle', {
              id: version.id,
              label: version.label,
              baseline: out?.baseline.label ?? '',
            })
          : ''
      }
      onCancel={close}
      footer={<Button onClick={close}>{t('common.closeDialog')}</Button>}
      width={960}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('packs.period')}</Typography.Text>
          <PeriodPicker value={range} onChange={setRange} label={t('packs.period')} testId="preview-period" />
          <Button
            type="primary"
            loading={startRun.busy || running}
            onClick={() => void start()}
            data-testid="preview-run"
          >
            {t('packs.runPreview')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('packs.previewRunHint')}</Typography.Text>
        {shownError ? <Alert type="error" showIcon title={describeError(shownError, t)} /> : null}
        {running ? (
          <Progress
            data-testid="preview-progress"
            status="active"
            percent={run.total ? Math.min(99, Math.floor((run.done / run.total) * 100)) : 0}
            format={() => t('packs.previewProgress', { done: run.done, total: run.total ?? '…' })}
          />
        ) : null}
        {run?.status === 'failed' ? <Alert type="error" showIcon title={run.error ?? ''} /> : null}
        {out ? (
          <Flex vertical gap={12} data-testid="preview-result">
            {out.truncated ? (
              <Alert type="warning" showIcon title={t('packs.truncated', { n: out.conversations })} />
            ) : null}
            <Flex gap={32} wrap>
              <Statistic title={t('packs.conversations')} value={out.conversations} />
              <Statistic
                title={t('packs.changedCount')}
                value={out.changedCount}
                valueRender={() => <span data-testid="preview-changed">{out.changedCount}</span>}
              />
              <Statistic
                title={t('packs.meanScore')}
                value={`${formatScore(out.meanScoreBefore)} → ${formatScore(out.meanScoreAfter)}`}
              />
            </Flex>
            <Typography.Text type="secondary">
              {t('packs.elapsed', { s: (out.elapsedMs / 1000).toFixed(1) })}
            </Typography.Text>
            <Table
              size="small"
              rowKey="rule"
              data-testid="preview-rules"
              dataSource={out.rules}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{ emptyText: t('packs.noRuleChange') }}
              columns={[
                {
                  title: t('packs.col.rule'),
                  dataIndex: 'rule',
                  render: (r: string) => (
                    <span>
                      {ruleName(r)} <Typography.Text type="secondary">{r}</Typography.Text>
                    </span>
                  ),
                },
                { title: t('packs.col.hitsGained'), dataIndex: 'hitsGained', align: 'right' },
                { title: t('packs.col.hitsLost'), dataIndex: 'hitsLost', align: 'right' },
                { title: t('packs.col.convGaining'), dataIndex: 'conversationsGaining', align: 'right' },
                { title: t('packs.col.convLosing'), dataIndex: 'conversationsLosing', align: 'right' },
              ]}
            />
            <Typography.Text strong>{t('packs.changedTitle')}</Typography.Text>
            <Table
              size="small"
              rowKey="id"
              data-testid="preview-changed-list"
              dataSource={out.changed}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              locale={{ emptyText: t('packs.noChanged') }}
              columns={[
                {
                  title: t('packs.col.conversation'),
                  dataIndex: 'id',
                  render: (id: string) => <Link to={`/conversations/${encodeURIComponent(id)}`}>{id}</Link>,
                },
                {
                  title: t('packs.col.score'),
                  key: 'score',
                  render: (_: unknown, r) => `${formatScore(r.scoreBefore)} → ${formatScore(r.scoreAfter)}`,
                },
                {
                  title: t('packs.col.gained'),
                  dataIndex: 'gained',
                  render: (v: HitDelta[]) => <HitTags hits={v} color="red" />,
                },
                {
                  title: t('packs.col.lost'),
                  dataIndex: 'lost',
                  render: (v: HitDelta[]) => <HitTags hits={v} color="green" />,
                },
              ]}
            />
          </Flex>
        ) : null}
      </Flex>
    </Modal>
  );
}
