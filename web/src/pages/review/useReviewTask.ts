// The state and commands of one review task (/review/:id): the task as loaded or as the last command answered it,
// the active hit, the typed reason and comment, and the commands (judge a hit, deduct a manual item, finalize, go
// to the next task). What the caller may do comes from the server (`actions` of the task view).
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App } from 'antd';
import { api } from '../../api/client.ts';
import type { Page, ReviewTask, ReviewTaskView } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useAuth } from '../../auth/auth.tsx';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function useReviewTask(id: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { session } = useAuth();
  const me = session.state === 'authenticated' ? session.user : null;
  const loaded = useApi(`review:${id}`, (signal) =>
    api.get<ReviewTaskView>(`/api/review/tasks/${encodeURIComponent(id)}`, undefined, signal),
  );
  const [local, setLocal] = useState<ReviewTaskView | null>(null);
  const view = local && String(local.task.id) === id ? local : loaded.data;
  const [active, setActive] = useState(0);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const hits = useMemo(() => view?.hits ?? [], [view]);
  /** The caller may judge, deduct and finalize (an open task, theirs or taken over by the QA lead). */
  const open = view?.actions.work ?? false;

  const nextTask = useCallback(async () => {
    try {
      // The next open task assigned to the caller (the server narrows an inspector's queue to their own anyway).
      const q = await api.get<Page<ReviewTask>>('/api/review/tasks', {
        status: 'open',
        pageSize: 2,
        ...(me ? { inspector: me.id } : {}),
      });
      const next = q.items.find((x) => String(x.id) !== id);
      if (next) void navigate(`/review/${next.id}`);
      else void message.info(t('reviewFlow.queueEmpty'));
    } catch (e) {
      void message.error(describeError(e, t));
    }
  }, [me, id, navigate, message, t]);

  const run = useCallback(
    async (op: () => Promise<ReviewTaskView>, done?: string) => {
      setBusy(true);
      try {
        setLocal(await op());
        if (done) void message.success(done);
      } catch (e) {
        void message.error(describeError(e, t));
      } finally {
        setBusy(false);
      }
    },
    [message, t],
  );

  const judge = useCallback(
    (verdict: 'confirm' | 'reject') => {
      const hit = hits[active];
      if (!hit || !open || busy) return;
      if (verdict === 'reject' && reason.trim() === '') {
        void message.warning(t('review.reasonRequired'));
        document.getElementById('review-reason')?.focus();
        return;
      }
      void run(() =>
        api.put<ReviewTaskView>(`/api/review/tasks/${id}/hits/${hit.index}`, {
          verdict,
          reason: reason.trim(),
        }),
      ).then(() => {
        setReason('');
        setActive((a) => Math.min(a + 1, hits.length - 1));
      });
    },
    [hits, active, open, busy, reason, run, id, message, t],
  );

  const deduct = useCallback(
    (item: string, occurrences: number, why: string) =>
      run(
        () =>
          api.put<ReviewTaskView>(`/api/review/tasks/${id}/items/${encodeURIComponent(item)}`, {
            occurrences,
            reason: why,
          }),
        t('review.saved'),
      ),
    [run, id, t],
  );

  const finalize = useCallback(() => {
    if (!view || !open || busy) return;
    if (view.pendingHits.length > 0) {
      void message.warning(t('review.finalizeBlocked', { n: view.pendingHits.length }));
      return;
    }
    void run(() =>
      api.post<ReviewTaskView>(
        `/api/review/tasks/${id}/finalize`,
        comment.trim() ? { comment: comment.trim() } : {},
      ),
    );
  }, [view, open, busy, run, id, message, t, comment]);

  return {
    loaded,
    view,
    hits,
    open,
    busy,
    active,
    setActive,
    reason,
    setReason,
    comment,
    setComment,
    judge,
    deduct,
    finalize,
    nextTask,
  };
}
