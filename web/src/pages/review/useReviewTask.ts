// The state and commands of one review task (/review/:id): the task as loaded or as the last command answered it,
// the active hit, the typed reason and comment, and the commands (judge a hit, deduct a manual item, finalize, go
// to the next task). What the caller may do comes from the server (`actions` of the task view).
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App } from 'antd';
import { api } from '../../api/client.ts';
import type { Page, ReviewTask, ReviewTaskView } from '../../api/types.ts';
import { useCommand } from '../../api/queries.ts';
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
  const loaded = useApi(`review:tasks:${id}`, (signal) =>
    api.get<ReviewTaskView>(`/api/review/tasks/${encodeURIComponent(id)}`, undefined, signal),
  );
  const [local, setLocal] = useState<ReviewTaskView | null>(null);
  const view = local && String(local.task.id) === id ? local : loaded.data;
  const hits = useMemo(() => view?.hits ?? [], [view]);
  const [active, setActive] = useState(0);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  // Each command answers the task as it now is, shown at once (before the re-reads of what it invalidates).
  // After a judgement the reason is cleared and the next hit made active (even when it failed, as ever): at once
  // with the answer, so that a key pressed while the re-reads run judges the next hit.
  const step = () => {
    setReason('');
    setActive((a) => Math.min(a + 1, hits.length - 1));
  };
  const judgeCmd = useCommand(
    async (hit: number, verdict: 'confirm' | 'reject', why: string) => {
      const v = await api.put<ReviewTaskView>(`/api/review/tasks/${id}/hits/${hit}`, {
        verdict,
        reason: why,
      });
      setLocal(v);
      step();
      return v;
    },
    { invalidates: ['review', 'conversations'] },
  );
  const deductCmd = useCommand(
    async (item: string, occurrences: number, why: string) => {
      const v = await api.put<ReviewTaskView>(`/api/review/tasks/${id}/items/${encodeURIComponent(item)}`, {
        occurrences,
        reason: why,
      });
      setLocal(v);
      return v;
    },
    { invalidates: ['review', 'conversations'], success: t('review.saved') },
  );
  // a finalized review sets the conversation's final score (and so every total over it) and opens the appeal
  // period; the agent is notified
  const finalizeCmd = useCommand(
    async (note: string) => {
      const v = await api.post<ReviewTaskView>(
        `/api/review/tasks/${id}/finalize`,
        note ? { comment: note } : {},
      );
      setLocal(v);
      return v;
    },
    {
      invalidates: [
        'review',
        'reviews',
        'conversations',
        'stats',
        'dashboard',
        'appeals',
        'kpi',
        'notifications',
      ],
    },
  );
  // A judgement answers the task view itself and steps to the next hit at once, so the next key press may follow
  // while its re-reads run; deductions and finalisation wait for theirs.
  const busy = judgeCmd.sending || deductCmd.busy || finalizeCmd.busy;
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

  const judge = (verdict: 'confirm' | 'reject') => {
    const hit = hits[active];
    if (!hit || !open || busy) return;
    if (verdict === 'reject' && reason.trim() === '') {
      void message.warning(t('review.reasonRequired'));
      document.getElementById('review-reason')?.focus();
      return;
    }
    // as before, the reason is cleared and the next hit made active even when the judgement failed
    void judgeCmd.run(hit.index, verdict, reason.trim()).then((done) => {
      if (!done) step();
    });
  };

  const deduct = async (item: string, occurrences: number, why: string) => {
    await deductCmd.run(item, occurrences, why);
  };

  const finalize = () => {
    if (!view || !open || busy) return;
    if (view.pendingHits.length > 0) {
      void message.warning(t('review.finalizeBlocked', { n: view.pendingHits.length }));
      return;
    }
    void finalizeCmd.run(comment.trim());
  };

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
