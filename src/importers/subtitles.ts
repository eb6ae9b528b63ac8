// SRT and WebVTT transcripts with speaker labels, as ASR tools and media editors export them. Each cue's
// time becomes the turn's time; a line's speaker comes from its label (speaker-labels.ts) or WebVTT's
// `<v 客服>`; a line without a label continues the current speaker, also across cues (many exports label only
// speaker changes). A cue holding several speakers is split into turns, sharing the cue's time in proportion
// to their text length (an estimate: subtitles carry no finer timing).
import { parseConversation, type FieldError, type Role } from '../core/conversation/schema.ts';
import { decodeText } from './encoding.ts';
import { conversationIdFromFileName } from './file-name.ts';
import { roleTable, unknownRoleMessage, type RoleTable } from './roles.ts';
import { parseLabel, voiceLabel, type LabelParse } from './speaker-labels.ts';
import { parseOffset } from './times.ts';
import type { Imported, ResolvedOptions } from './types.ts';

interface Cue {
  line: number;
  timingLine: number;
  timing: string;
  textLines: { line: number; text: string }[];
}

interface Segment {
  role: Role;
  text: string;
}

const TIMING = /^\s*(\S+)\s*-->\s*(\S+)(?:\s.*)?$/;

export function importSubtitles(bytes: Uint8Array, kind: 'srt' | 'vtt', options: ResolvedOptions): Imported {
  const { text } = decodeText(bytes, options.encoding);
  const errors: FieldError[] = [];
  const roles = roleTable(options.speakerRoles);
  const turns: { role: Role; text: string; startMs: number; endMs: number; order: number }[] = [];
  let current: Role | undefined;

  for (const cue of splitCues(text, kind, errors)) {
    const start = parseOffset(cueTime(cue.timing, 1), 'ms');
    const end = parseOffset(cueTime(cue.timing, 2), 'ms');
    if (!start.ok || !end.ok || end.ms < start.ms) {
      const message = !start.ok ? start.message : !end.ok ? end.message : 'cue ends before it starts';
      errors.push({ line: cue.timingLine, field: 'timing', message: `${message}; cue skipped` });
      continue;
    }
    const segments: Segment[] = [];
    let failed = false;
    for (const { line, text: raw } of cue.textLines) {
      for (const label of lineLabels(raw, kind, roles)) {
        if (label.kind === 'unknown') {
          current = undefined; // unlabelled lines after it belong to that unknown speaker, not the previous one
          errors.push({ line, field: 'speaker', message: `${unknownRoleMessage(label.label)}; cue skipped` });
          failed = true;
          continue;
        }
        if (label.kind === 'role') current = label.role;
        if (label.text === '') continue;
        if (current === undefined) {
          errors.push({ line, field: 'speaker', message: 'no speaker label before this text; cue skipped' });
          failed = true;
          continue;
        }
        const last = segments[segments.length - 1];
        if (last && last.role === current) last.text = joinText(last.text, label.text);
        else segments.push({ role: current, text: label.text });
      }
    }
    if (failed) continue;
    const total = segments.reduce((n, s) => n + s.text.length, 0);
    let at = start.ms;
    let used = 0;
    for (const s of segments) {
      used += s.text.length;
      const segEnd = start.ms + Math.round(((end.ms - start.ms) * used) / total);
      turns.push({ role: s.role, text: s.text, startMs: at, endMs: segEnd, order: turns.length });
      at = segEnd;
    }
  }

  turns.sort((a, b) => a.startMs - b.startMs || a.order - b.order);
  const id = options.conversationId ?? conversationIdFromFileName(options.fileName);
  if (turns.length === 0) {
    errors.push({ line: 0, field: '', message: 'no cue with a speaker and text; no conversation imported' });
    return { conversations: [], errors };
  }
  const parsed = parseConversation(
    {
      id,
      channel: 'voice',
      turns: turns.map(({ role, text: t, startMs, endMs }) => ({ role, text: t, startMs, endMs })),
    },
    1,
  );
  return parsed.ok
    ? { conversations: [parsed.conversation], errors }
    : { conversations: [], errors: [...errors, ...parsed.errors] };
}

function cueTime(timing: string, group: 1 | 2): string {
  return (TIMING.exec(timing)?.[group] ?? '').replace(',', '.');
}

/** Blocks separated by blank lines; the timing line is the first containing `-->`. */
function splitCues(text: string, kind: 'srt' | 'vtt', errors: FieldError[]): Cue[] {
  const lines = text.split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  let i = 0;
  if (kind === 'vtt') {
    if (/^WEBVTT(\s|$)/.test(lines[0] ?? '')) {
      while (i < lines.length && lines[i]!.trim() !== '') i++; // header block (WEBVTT, Kind:, Language:)
    } else errors.push({ line: 1, field: '', message: 'missing WEBVTT header; read as cues' });
  }
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i >= lines.length) break;
    const first = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
    if (kind === 'vtt' && /^(NOTE|STYLE|REGION)(\s|$)/.test(block[0] ?? '')) continue;
    const t = block.findIndex((l) => l.includes('-->'));
    if (t < 0 || t > 1) {
      errors.push({
        line: first + 1,
        field: 'timing',
        message: 'block without a "start --> end" time line; skipped',
      });
      continue;
    }
    cues.push({
      line: first + 1,
      timingLine: first + t + 1,
      timing: block[t]!,
      textLines: block.slice(t + 1).map((l, k) => ({ line: first + t + k + 2, text: l })),
    });
  }
  return cues;
}

/** The labelled pieces of one text line; WebVTT lines may hold several `<v …>` spans. */
function lineLabels(raw: string, kind: 'srt' | 'vtt', roles: RoleTable): LabelParse[] {
  if (kind === 'srt') return [parseLabel(stripSrtTags(raw), roles)];
  const out: LabelParse[] = [];
  const voice = /<v(?:\.[^\s>]*)?\s+([^>]*)>/g;
  let last = 0;
  let name: string | undefined;
  for (let m = voice.exec(raw); m; m = voice.exec(raw)) {
    pushVtt(out, raw.slice(last, m.index), name, roles);
    name = m[1] ?? '';
    last = m.index + m[0].length;
  }
  pushVtt(out, raw.slice(last), name, roles);
  return out;
}

function pushVtt(out: LabelParse[], piece: string, voice: string | undefined, roles: RoleTable): void {
  const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
  if (voice !== undefined) out.push(voiceLabel(voice, text, roles));
  else if (text.trim() !== '') out.push(parseLabel(text, roles));
}

function stripSrtTags(s: string): string {
  return s.replace(/<\/?(?:i|b|u|font)(?:\s[^>]*)?>/gi, '').replace(/\{\\[^}]*\}/g, '');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lrm;|&rlm;/g, '')
    .replace(/&amp;/g, '&');
}

/** Join two lines of one speaker: no space between Chinese characters, one space between Latin words. */
function joinText(a: string, b: string): string {
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
  return cjk.test(a.slice(-1)) || cjk.test(b.slice(0, 1)) ? a + b : `${a} ${b}`;
}
