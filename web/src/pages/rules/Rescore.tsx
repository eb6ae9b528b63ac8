// 重新评分: queue a background re-score of a period with the current version (POST /api/rescore), then poll
// GET /api/rescore/:jobId every second until it is done or failed, showing its progress.
import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { RescoreRun, RescoreStarted } from '../../api/pack-types.ts';
import { useCommand, useInvalidate } from '../../api/queries.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defaultRange, PeriodPicker, rangeToPeriod } from './PeriodPicker.tsx';
import type { DayRange } from './PeriodPicker.tsx';

const POLL_MS = 1000;

function percent(run: RescoreRun): number {
  if (run.status === 'done') return 100;
  if (!run.total) return 0;
  return Math.min(99, Math.floor((run.done / run.total) * 100));
}

function statusColor(status: RescoreRun['status']): string {
  switch (status) {
    case 'queued':
      return 'default';
    case 'running':
      return 'processing';
    case 'done':
      return 'success';
    case 'failed':
      return 'error';
  }
}

export function Rescore({ packId, onClose }: { packId: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const [range, setRange] = useState<DayRange>(() => defaultRange(new Date()));
  // a failed poll's error; a failed start's is the command's (shown while startFailed)
  const [error, setError] = useState<unknown>(null);
  const [startFailed, setStartFailed] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [run, setRun] = useState<RescoreRun | null>(null);
  // the job only queues here; what it changes is re-read once it is done (below)
  const startJob = useCommand(
    (packId: string, range: DayRange) =>
      api.post<RescoreStarted>('/api/rescore', { ...rangeToPeriod(range), packId }),
    { quiet: true },
  );
  const shownError = startFailed ? startJob.error : error;
  const invalidate = useInvalidate();

  const finished = run?.status === 'done' || run?.status === 'failed';
  const doneJob = run?.status === 'done' ? jobId : null;

  // a finished re-score changes the scores every list, chart and report shows
  useEffect(() => {
    if (doneJob) void invalidate('conversations', 'stats', 'dashboard', 'precision', 'kpi', 'reports');
  }, [doneJob, invalidate]);

  useEffect(() => {
    if (!jobId || finished) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      api.get<RescoreRun>(`/api/rescore/${encodeURIComponent(jobId)}`, undefined, ctl.signal).then(
        (r) => {
          setError(null);
          setRun(r);
        },
        (e: unknown) => {
          if (ctl.signal.aborted) return;
          // keep polling after a transient failure; the next answer clears the message
          setError(e);
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [jobId, run, error, finished]);

  const close = () => {
    setJobId(null);
    setRun(null);
    setError(null);
    setStartFailed(false);
    onClose();
  };

  const start = async () => {
    if (!packId) return;
    setError(null);
    setStartFailed(false);
    setRun(null);
    const done = await startJob.run(packId, range);
    if (done) setJobId(done.value.jobId);
    else setStartFailed(true);
  };

  const running = jobId !== null && !finished;
  return (
    <Modal
      open={packId !== null}
      title={packId ? t('packs.rescoreTitle', { id: packId }) : ''}
      onCancel={close}
      footer={<Button onClick={close}>{t('common.closeDialog')}</Button>}
      width={640}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('packs.period')}</Typography.Text>
          <PeriodPicker value={range} onChange={setRange} label={t('packs.period')} testId="rescore-period" />
          <Button
            type="primary"
            loading={startJob.busy}
            disabled={running}
            onClick={() => void start()}
            data-testid="rescore-start"
          >
            {t('packs.startRescore')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('packs.rescoreHint')}</Typography.Text>
        {shownError ? <Alert type="error" showIcon title={describeError(shownError, t)} /> : null}
        {jobId && !run ? <Progress percent={0} status="active" /> : null}
        {run ? (
          <Flex vertical gap={4} data-testid="rescore-progress">
            <Flex gap={8} align="center">
              <Tag color={statusColor(run.status)} data-testid="rescore-status" data-status={run.status}>
                {t(`packs.rescoreStatus.${run.status}`)}
              </Tag>
              <Typography.Text type="secondary">
                {t('packs.rescoreVersion', { label: run.label })}
              </Typography.Text>
            </Flex>
            <Progress
              percent={percent(run)}
              status={run.status === 'failed' ? 'exception' : run.status === 'done' ? 'success' : 'active'}
            />
            <Typography.Text>
              {run.total === null
                ? t('packs.rescoreCounting', { done: run.done })
                : t('packs.rescoreProgress', { done: run.done, total: run.total })}
            </Typography.Text>
            {run.error ? <Alert type="error" showIcon title={run.error} /> : null}
          </Flex>
        ) : null}
      </Flex>
    </Modal>
  );
}
