// The work of the `transcribe-recording` job: the stored WAV → segments (the configured engine) → conversation v1
// (roles by channel or speaker, low-confidence stretches marked) → the ordinary ingest path, which stores and scores
// it, so review follows as for any conversation (docs/stt.md).
import { parseWav, WavError } from '../core/audio/wav.ts';
import { segmentsToConversation } from '../core/stt/segments.ts';
import type { JobSender } from '../jobs/define.ts';
import { submitIngest } from '../ingest/submit.ts';
import type { Settings } from '../settings/settings.ts';
import { getRecording, recordingAudio, updateRecording, type Store } from '../store/index.ts';
import { SttConfigError } from './engine.ts';
import { transcribeAudio } from './pipeline.ts';
import { recordingOptionsSchema } from './recording-options.ts';
import { sttEngine } from './select.ts';

/** The job's work; safe to run again (a recording whose transcript was handed to ingest is left alone). */
export async function transcribeRecording(
  store: Store,
  jobs: JobSender,
  recordingId: string,
  settings: Settings,
): Promise<void> {
  const rec = await getRecording(store, recordingId);
  if (!rec || rec.batchId !== null) return;
  await updateRecording(store, rec.id, { status: 'transcribing', progress: 0, error: null }, new Date());
  try {
    const bytes = await recordingAudio(store, rec.id);
    const wav = parseWav(bytes!);
    const engine = sttEngine(settings.stt);
    let shown = 0;
    const segments = await transcribeAudio(engine, wav, async (share) => {
      const pct = Math.floor(share * 95);
      if (pct - shown < 5) return; // a progress write per 5 %, not per utterance
      shown = pct;
      await updateRecording(store, rec.id, { progress: pct }, new Date());
    });
    const o = recordingOptionsSchema.parse(JSON.parse(rec.options));
    const conversation = segmentsToConversation(segments, {
      id: rec.conversationId,
      ...(rec.agentId === null ? {} : { agentId: rec.agentId }),
      ...(o.startedAt === undefined ? {} : { startedAt: o.startedAt }),
      agentChannel: o.agentChannel ?? settings.stt.agentChannel,
      ...(o.speakerRoles === undefined ? {} : { speakerRoles: o.speakerRoles }),
      minConfidence: settings.stt.minConfidence,
      channels: wav.channels.length,
      meta: { recordingId: rec.id, sttEngine: engine.name },
    });
    const now = new Date();
    const { batchId } = await submitIngest(store, jobs, {
      records: [{ line: 1, file: rec.fileName, raw: JSON.stringify(conversation) }],
      errors: [],
      rejected: 0,
      source: `recording:${rec.fileName}`.slice(0, 500),
      createdByUserId: rec.uploadedByUserId,
      now,
    });
    await updateRecording(
      store,
      rec.id,
      { status: 'ingesting', progress: 100, engine: engine.name, batchId },
      now,
    );
  } catch (e) {
    const message = (e as Error).message.slice(0, 1000);
    await updateRecording(store, rec.id, { status: 'failed', error: message }, new Date());
    // A bad file or a bad engine setting does not get better by retrying; anything else (the database) may.
    if (!(e instanceof WavError || e instanceof SttConfigError)) throw e;
  }
}
