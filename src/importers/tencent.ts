// Tencent Cloud 录音文件识别 results, as documented in "语音识别 ASR / API 文档 / 录音文件识别结果查询
// (DescribeTaskStatus)", API version 2019-06-14: `{ Response: { Data: { TaskId, Status, StatusStr, Result,
// ResultDetail: [SentenceDetail], ErrorMsg, AudioDuration }, RequestId } }`; a SentenceDetail has FinalSentence,
// StartMs, EndMs, SpeakerId (the channel of a two-channel request, or the diarized speaker), SpeechSpeed
// (characters per second), EmotionType, EmotionalEnergy and SilenceTime (ms). Also accepted: `Data` or its
// content at the top (callback bodies). Without ResultDetail (ResTextFormat 0) the `Result` text is read:
// lines `[0:1.640,0:3.260,0]  text` (start, end as m:ss.fff, speaker).
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

function dataOf(root: unknown): { data: Record<string, unknown>; path: string } | undefined {
  if (!isObject(root)) return undefined;
  if (isObject(root.Response) && isObject(root.Response.Data))
    return { data: root.Response.Data, path: 'Response.Data' };
  if (isObject(root.Data)) return { data: root.Data, path: 'Data' };
  return { data: root, path: '' };
}

const join = (base: string, key: string): string => (base === '' ? key : `${base}.${key}`);

export const tencentVendor: AsrVendor = {
  source: 'tencent-file-transcription',
  detect(root) {
    const d = dataOf(root)?.data;
    if (!d) return false;
    if (Array.isArray(d.ResultDetail)) return true;
    return 'StatusStr' in d && ('Result' in d || 'ErrorMsg' in d);
  },
  extract(root, lineOf) {
    const located = dataOf(root);
    if (!located) return { error: 'expected a JSON object with Response.Data', field: '' };
    const { data, path } = located;
    const taskId = idText(data.TaskId);
    const status = typeof data.StatusStr === 'string' ? data.StatusStr : undefined;
    if (status !== undefined && status !== 'success') {
      const why = typeof data.ErrorMsg === 'string' && data.ErrorMsg !== '' ? `: ${data.ErrorMsg}` : '';
      return {
        error: `the recognition task is not finished successfully (StatusStr ${status}${why}); no conversation imported`,
        field: join(path, 'StatusStr'),
      };
    }
    const errors: FieldError[] = [];
    const out: AsrSentence[] = [];
    if (Array.isArray(data.ResultDetail) && data.ResultDetail.length > 0) {
      data.ResultDetail.forEach((raw, i) => {
        const p = join(path, `ResultDetail.${i}`);
        if (!isObject(raw) || typeof raw.FinalSentence !== 'string') {
          const field = `${p}.FinalSentence`;
          errors.push({
            line: lineOf(field),
            field,
            message: 'expected the sentence text; sentence skipped',
          });
          return;
        }
        const times = sentenceTimes(raw, p, 'StartMs', 'EndMs', errors, lineOf);
        if (!times) return;
        const speed = num(raw.SpeechSpeed);
        out.push({
          path: p,
          text: raw.FinalSentence,
          ...times,
          channel: idText(raw.SpeakerId),
          channelField: `${p}.SpeakerId`,
          meta: definedMeta({
            speechRate: speed === undefined ? undefined : Math.round(speed * 60), // given per second
            emotion:
              Array.isArray(raw.EmotionType) && raw.EmotionType.length > 0 ? raw.EmotionType : undefined,
            emotionalEnergy: num(raw.EmotionalEnergy),
            silenceMs: num(raw.SilenceTime),
          }),
        });
      });
    } else if (typeof data.Result === 'string') {
      const p = join(path, 'Result');
      data.Result.split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        const m = /^\s*\[(\d+):(\d+(?:\.\d+)?),(\d+):(\d+(?:\.\d+)?)(?:,(\d+))?\]\s*(.*)$/.exec(line);
        if (!m) {
          errors.push({
            line: lineOf(p),
            field: `${p}.${i}`,
            message: `unreadable result line "${line.slice(0, 40)}"; line skipped`,
          });
          return;
        }
        const startMs = Math.round((Number(m[1]) * 60 + Number(m[2])) * 1000);
        const endMs = Math.round((Number(m[3]) * 60 + Number(m[4])) * 1000);
        out.push({ path: `${p}.${i}`, text: m[6] ?? '', startMs, endMs, channel: m[5], channelField: p });
      });
    } else {
      return {
        error: 'no ResultDetail or Result in the recognition result',
        field: join(path, 'ResultDetail'),
      };
    }
    const duration = num(data.AudioDuration);
    return {
      source: this.source,
      taskId,
      sentences: out,
      errors,
      meta: definedMeta({
        audioDurationMs: duration === undefined ? undefined : Math.round(duration * 1000),
      }),
    };
  },
};
