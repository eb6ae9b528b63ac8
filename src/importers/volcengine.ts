// Volcengine (火山引擎) 录音文件识别 results, as documented in "语音技术 / 录音文件识别 / 识别结果" (doc 6561/120559,
// updated 2025-07-03: `{ reqid, result: [{ text, utterances: [{ text, start_time, end_time, definite, words }] }] }`)
// and "大模型录音文件识别标准版 API" (doc 6561/1354868, 2025-12-01: `{ audio_info: { duration }, result: { text,
// utterances: [{ text, start_time, end_time, additions: { speaker } }] } }`). Times are ms. A diarized speaker
// (`additions.speaker`, enable_speaker_info) is mapped with `speakerRoles`; a channel (`additions.channel_id`
// or `channel_id`, enable_channel_split) with `channelRoles`; `additions.emotion` is kept.
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

function utterancesOf(root: unknown): { list: unknown[]; path: string } | undefined {
  if (!isObject(root)) return undefined;
  const r = root.result;
  if (isObject(r) && Array.isArray(r.utterances)) return { list: r.utterances, path: 'result.utterances' };
  if (Array.isArray(r) && isObject(r[0]) && Array.isArray(r[0].utterances))
    return { list: r[0].utterances, path: 'result.0.utterances' };
  if (Array.isArray(root.utterances)) return { list: root.utterances, path: 'utterances' };
  return undefined;
}

export const volcengineVendor: AsrVendor = {
  source: 'volcengine-file-transcription',
  detect(root) {
    const u = utterancesOf(root);
    return u !== undefined && (u.list.length === 0 || (isObject(u.list[0]) && 'start_time' in u.list[0]));
  },
  extract(root, lineOf) {
    const u = utterancesOf(root);
    if (!u || !isObject(root)) {
      return {
        error: 'no result.utterances in the result (was show_utterances on?)',
        field: 'result.utterances',
      };
    }
    const errors: FieldError[] = [];
    const out: AsrSentence[] = [];
    u.list.forEach((raw, i) => {
      const p = `${u.path}.${i}`;
      if (!isObject(raw) || typeof raw.text !== 'string') {
        const field = `${p}.text`;
        errors.push({ line: lineOf(field), field, message: 'expected the utterance text; sentence skipped' });
        return;
      }
      const times = sentenceTimes(raw, p, 'start_time', 'end_time', errors, lineOf);
      if (!times) return;
      const additions = isObject(raw.additions) ? raw.additions : {};
      out.push({
        path: p,
        text: raw.text,
        ...times,
        speaker: idText(additions.speaker),
        channel: idText(additions.channel_id ?? raw.channel_id),
        speakerField: `${p}.additions.speaker`,
        channelField: `${p}.additions.channel_id`,
        meta: definedMeta({ emotion: typeof additions.emotion === 'string' ? additions.emotion : undefined }),
      });
    });
    const info = isObject(root.audio_info) ? root.audio_info : {};
    return {
      source: this.source,
      taskId: idText(root.reqid ?? root.id),
      sentences: out,
      errors,
      meta: definedMeta({ audioDurationMs: num(info.duration) }),
    };
  },
};
