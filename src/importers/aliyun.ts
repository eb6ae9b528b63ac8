// Alibaba Cloud 录音文件识别 (file transcription) results, as documented in "录音文件识别 / 接口说明" (Alibaba Cloud
// Intelligent Speech Interaction, API reference, 2024 edition): the query response `{ TaskId, StatusText,
// Result: { Sentences: [{ ChannelId, BeginTime, EndTime, Text, SpeechRate, EmotionValue, SilenceDuration,
// SpeakerId }], Words } }`. Also accepted: `Result` as a JSON string, the bare `{ Result: {...} }` and
// `{ Sentences }`. `SUCCESS_WITH_NO_VALID_FRAGMENT` (the recording held no speech) and failed tasks are
// reported as such. Dual-channel call-center recordings put the agent and the customer on separate channels;
// which is which depends on the switch, hence `channelRoles`.
import type { FieldError } from '../core/conversation/schema.ts';
import {
  definedMeta,
  idText,
  isObject,
  num,
  sentenceTimes,
  type AsrSentence,
  type AsrVendor,
} from './asr.ts';

export const aliyunVendor: AsrVendor = {
  source: 'aliyun-file-transcription',
  detect(root) {
    if (!isObject(root)) return false;
    if (Array.isArray(root.Sentences)) return true;
    const r = root.Result;
    if (isObject(r) && Array.isArray(r.Sentences)) return true;
    if (typeof r === 'string' && /"Sentences"\s*:/.test(r)) return true;
    // a finished task without sentences (no speech, failure) still has the query response's envelope
    return typeof root.StatusText === 'string' && 'TaskId' in root && 'StatusCode' in root;
  },
  extract(root, lineOf) {
    if (!isObject(root))
      return { error: 'expected a JSON object with Result.Sentences or Sentences', field: '' };
    const taskId = idText(root.TaskId);
    const status = typeof root.StatusText === 'string' ? root.StatusText : undefined;
    let sentences: unknown[] | undefined;
    let path = 'Sentences';
    if (Array.isArray(root.Sentences)) sentences = root.Sentences;
    else {
      let result: unknown = root.Result;
      if (typeof result === 'string' && result.trim() !== '') {
        try {
          result = JSON.parse(result);
        } catch {
          return { error: 'Result is a string but not JSON', field: 'Result' };
        }
      }
      if (isObject(result) && Array.isArray(result.Sentences)) {
        sentences = result.Sentences;
        path = 'Result.Sentences';
      }
    }
    if (status === 'SUCCESS_WITH_NO_VALID_FRAGMENT' && (sentences === undefined || sentences.length === 0)) {
      return {
        error: `no speech was recognised in the recording (StatusText SUCCESS_WITH_NO_VALID_FRAGMENT${taskId ? `, TaskId ${taskId}` : ''}); no conversation imported`,
        field: 'StatusText',
      };
    }
    if (sentences === undefined) {
      const failed = status !== undefined && status !== 'SUCCESS';
      return failed
        ? {
            error: `the transcription task did not succeed (StatusText ${status}); no conversation imported`,
            field: 'StatusText',
          }
        : { error: 'no Result.Sentences array in the transcription result', field: 'Result.Sentences' };
    }
    const errors: FieldError[] = [];
    const out: AsrSentence[] = [];
    sentences.forEach((raw, i) => {
      const p = `${path}.${i}`;
      if (!isObject(raw)) {
        errors.push({ line: lineOf(p), field: p, message: 'expected a sentence object; sentence skipped' });
        return;
      }
      const channel = idText(raw.ChannelId);
      if (channel === undefined) {
        const field = `${p}.ChannelId`;
        errors.push({ line: lineOf(field), field, message: 'expected a channel number; sentence skipped' });
        return;
      }
      if (typeof raw.Text !== 'string') {
        const field = `${p}.Text`;
        errors.push({ line: lineOf(field), field, message: 'expected the sentence text; sentence skipped' });
        return;
      }
      const times = sentenceTimes(raw, p, 'BeginTime', 'EndTime', errors, lineOf);
      if (!times) return;
      const silence = num(raw.SilenceDuration);
      out.push({
        path: p,
        text: raw.Text,
        ...times,
        channel,
        speaker: idText(raw.SpeakerId),
        channelField: `${p}.ChannelId`,
        speakerField: `${p}.SpeakerId`,
        meta: definedMeta({
          speechRate: num(raw.SpeechRate), // characters per minute, as the service reports it
          emotionValue: num(raw.EmotionValue), // 1–10, higher is calmer
          silenceMs: silence === undefined ? undefined : Math.round(silence * 1000), // given in seconds
        }),
      });
    });
    return { source: this.source, taskId, sentences: out, errors };
  },
};

/** True when a text sample looks like an Alibaba Cloud result (detection of files that are not valid JSON). */
export function looksLikeAliyun(sample: string): boolean {
  return /"Sentences"\s*:/.test(sample) && /"(BeginTime|ChannelId)"\s*:/.test(sample);
}
