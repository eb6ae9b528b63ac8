// Speaker labels at the start of a subtitle line: `客服：…`, `坐席: …`, `[SPEAKER 1] …`, `【客户】…`,
// `说话人2：…`, `- 客户：…`. Only a prefix that names a role or has the shape of a speaker label counts, so
// ordinary text with a colon (`注意：…`) is not mistaken for a label.
import type { Role } from '../core/conversation/schema.ts';
import { roleOf, type RoleTable } from './roles.ts';

export type LabelParse =
  | { kind: 'none'; text: string }
  | { kind: 'role'; label: string; role: Role; text: string }
  | { kind: 'unknown'; label: string; text: string };

const BRACKETED = /^[[【(（]\s*([^\]】)）]{1,24}?)\s*[\]】)）]\s*[:：]?\s*/;
const COLON = /^([^:：\s][^:：]{0,15}?)\s*[:：]\s*/;
/** Diarization labels without a role: SPEAKER 1, speaker_01, spk1, 说话人1, 发言人 2, 角色A. */
const SPEAKER_SHAPE =
  /^(speaker|spk|speaker_|说话人|发言人|讲话人|角色|声道|channel)\s*[_-]?\s*[0-9a-z]{1,3}$/i;

/** Split a leading speaker label off `line`. */
export function parseLabel(line: string, roles: RoleTable): LabelParse {
  const s = line.replace(/^\s*[-–—]\s+/, '');
  const m = BRACKETED.exec(s) ?? COLON.exec(s);
  if (!m) return { kind: 'none', text: line.trim() };
  const label = (m[1] ?? '').trim();
  const text = s.slice(m[0].length).trim();
  // `[笑声]` or `注意：` are text, not labels: a prefix counts only if it names a role or looks like a speaker
  return classify(label, text, roles, false) ?? { kind: 'none', text: line.trim() };
}

/** A label from WebVTT's `<v name>`: always a label, even when it names no role. */
export function voiceLabel(name: string, text: string, roles: RoleTable): LabelParse {
  return (
    classify(name.trim(), text.trim(), roles, true) ?? {
      kind: 'unknown',
      label: name.trim(),
      text: text.trim(),
    }
  );
}

function classify(
  label: string,
  text: string,
  roles: RoleTable,
  certainlyLabel: boolean,
): LabelParse | undefined {
  const role = roleOf(label, roles);
  if (role) return { kind: 'role', label, role, text };
  if (certainlyLabel || SPEAKER_SHAPE.test(label)) return { kind: 'unknown', label, text };
  return undefined;
}
