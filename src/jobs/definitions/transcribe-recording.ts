// Job `transcribe-recording` {recordingId}: speech-to-text of one uploaded recording, then the transcript goes the
// ordinary ingest way (stored, scored). Engines are loaded once per process (src/stt/select.ts).
import { z } from 'zod';
import { parseSettings } from '../../settings/settings.ts';
import { transcribeRecording } from '../../stt/transcribe.ts';
import { defineJob } from '../define.ts';

export const transcribeRecordingJob = defineJob({
  id: 'transcribe-recording',
  payload: z.object({ recordingId: z.string().min(1) }),
  retry: { limit: 3, delaySeconds: 30, backoff: true },
  // An hour-long call on a CPU model takes minutes; a worker that died gives the job back after this.
  expireInSeconds: 30 * 60,
  async handler({ recordingId }, { store, queue }) {
    await transcribeRecording(store, queue, recordingId, parseSettings(process.env));
  },
});
