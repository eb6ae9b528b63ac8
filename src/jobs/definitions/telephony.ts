// Telephony jobs (seed 003): `blocklist-scan` proposes auto-block candidates from recent classed calls;
// `blocklist-expire` ends periodic entries whose time is up (the lookup already answers "allowed" from the end on;
// the job writes the state change, its history and audit). Both run once across workers: scheduled by pg-boss
// once, `singleton` so a slow run is never overlapped, and idempotent (pending candidates and live entries are not
// proposed again; an entry another worker expired first is skipped).
import { z } from 'zod';
import { parseSettings } from '../../settings/settings.ts';
import { scanCandidates } from '../../telephony/candidates.ts';
import { expireDueEntries } from '../../telephony/commands.ts';
import { defineJob } from '../define.ts';

export const blocklistScanJob = defineJob({
  id: 'blocklist-scan',
  payload: z.object({}).strict(),
  retry: { limit: 2, delaySeconds: 60, backoff: true },
  expireInSeconds: 10 * 60,
  policy: 'singleton',
  async handler(_payload, { store }) {
    await scanCandidates({ store, now: new Date(), timeZone: parseSettings(process.env).timeZone });
  },
});

export const blocklistExpireJob = defineJob({
  id: 'blocklist-expire',
  payload: z.object({}).strict(),
  retry: { limit: 2, delaySeconds: 60, backoff: true },
  expireInSeconds: 10 * 60,
  policy: 'singleton',
  async handler(_payload, { store }) {
    await expireDueEntries({ store, now: new Date(), timeZone: parseSettings(process.env).timeZone });
  },
});
