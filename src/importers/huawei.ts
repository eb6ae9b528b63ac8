// Huawei Cloud SIS 录音文件识别 results, as documented in "语音交互服务 SIS / API参考 / 录音文件识别接口 / 获取录音
// 文件识别结果 - CollectTranscriberJob" (2026-02-03 edition): `{ job_id, status, create_time, start_time,
// finish_time, audio_duration, segments: [{ start_time, end_time, result: { text, analysis_info: { role, emotion,
// speed }, word_info } }] }`. With analysis on, 8 k and two-channel 16 k audio carry role AGENT (座席) or USER
// (用户); mono 16 k audio carries speaker1 … speaker10 (mapped with `speakerRoles`). speed is characters per
// second; emotion NORMAL, ANGRY or UNKNOWN. status WAITING or ERROR has no segments.
import type { FieldError, Role } from '../core/conversation/schema.ts';
import {
  definedMeta,
  idText,
  isObject,
  num,
  sentenceTimes,
  type AsrSentence,
  type AsrVendor,
} from './asr.ts';

const VENDOR_ROLES: Record<string, Role> = { AGENT: 'agent', USER: 'customer' };

export const huaweiVendor: AsrVendor = {
  source: 'huawei-sis-transcriber',
  detect(root) {
    if (!isObject(root)) return false;
    if (Array.isArray(root.segments))
      return (
        root.segments.length === 0 ||
        (isObject(root.segments[0]) && 'result' in root.segments[0] && 'start_time' in root.segments[0])
      );
    return typeof root.status === 'string' && 'job_id' in root && 'create_time' in root;
  },
  extract(root, lineOf) {
    if (!isObject(root)) return { error: 'expected a JSON object with segments', field: '' };
    const jobId = idText(root.job_id);
    const status = typeof root.status === 'string' ? root.status : undefined;
    if (!Array.isArray(root.segments)) {
      return {
        error: `no segments in the result (status ${status ?? '?'}; FINISHED means done); no conversation imported`,
        field: 'segments',
      };
    }
    const errors: FieldError[] = [];
    const out: AsrSentence[] = [];
    root.segments.forEach((raw, i) => {
      const p = `segments.${i}`;
      const result = isObject(raw) ? raw.result : undefined;
      if (!isObject(raw) || !isObject(result) || typeof result.text !== 'string') {
        const field = `${p}.result.text`;
        errors.push({ line: lineOf(field), field, message: 'expected result.text; sentence skipped' });
        return;
      }
      const times = sentenceTimes(raw, p, 'start_time', 'end_time', errors, lineOf);
      if (!times) return;
      const info = isObject(result.analysis_info) ? result.analysis_info : {};
      const label = typeof info.role === 'string' ? info.role : undefined;
      const vendorRole = label === undefined ? undefined : VENDOR_ROLES[label.toUpperCase()];
      const speed = num(info.speed);
      out.push({
        path: p,
        text: result.text,
        ...times,
        role: vendorRole,
        speaker: vendorRole === undefined ? label : undefined,
        speakerField: `${p}.result.analysis_info.role`,
        channelField: `${p}.result.analysis_info.role`,
        meta: definedMeta({
          speechRate: speed === undefined ? undefined : Math.round(speed * 60), // given per second
          emotion: typeof info.emotion === 'string' ? info.emotion : undefined,
        }),
      });
    });
    const duration = num(root.audio_duration);
    return {
      source: this.source,
      taskId: jobId,
      sentences: out,
      errors,
      meta: definedMeta({ audioDurationMs: duration }),
    };
  },
};
