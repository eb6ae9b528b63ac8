// Removes sessions past their expiry so the sessions table does not grow with every login.
import { z } from 'zod';
import { deleteExpiredSessions } from '../../store/repo/users.ts';
import { defineJob } from '../define.ts';

export const purgeExpiredSessions = defineJob({
  id: 'purge-expired-sessions',
  payload: z.object({}).strict(),
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  expireInSeconds: 5 * 60,
  async handler(_payload, { store }) {
    await deleteExpiredSessions(store, new Date());
  },
});
