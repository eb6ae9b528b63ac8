// Reading an ASR vendor's result file: one result object, an array of results, or one result per line (JSONL,
// as batch jobs write them). Each result becomes one conversation; a bad result is reported and the others
// are kept. Which vendor a file is comes from its structure (index.ts `detectFormat`), not from its first bytes.
import type { Conversation, FieldError } from '../core/conversation/schema.ts';
import { aliyunVendor } from './aliyun.ts';
import { assembleAsr, type AsrVendor } from './asr.ts';
import { conversationIdFromFileName } from './file-name.ts';
import { huaweiVendor } from './huawei.ts';
import { iflytekVendor } from './iflytek.ts';
import { jsonSyntaxError, jsonValueLines, lineOfPath } from './json-locate.ts';
import { parsedJson, type ParsedJson } from './json-sniff.ts';
import { tencentVendor } from './tencent.ts';
import type { Imported, ResolvedOptions } from './types.ts';
import { volcengineVendor } from './volcengine.ts';

export const ASR_VENDORS = {
  aliyun: aliyunVendor,
  tencent: tencentVendor,
  iflytek: iflytekVendor,
  huawei: huaweiVendor,
  volcengine: volcengineVendor,
} as const satisfies Record<string, AsrVendor>;

export type AsrFormat = keyof typeof ASR_VENDORS;

/** The vendor whose structure a parsed JSON value has (most specific first). */
export function asrVendorOf(root: unknown): AsrFormat | undefined {
  for (const f of ['aliyun', 'tencent', 'iflytek', 'huawei', 'volcengine'] as const) {
    if (ASR_VENDORS[f].detect(root)) return f;
  }
  return undefined;
}

interface Item {
  value: unknown;
  /** Path prefix of the item in the file (`3.` in an array), '' for a single object or a JSONL line. */
  prefix: string;
  /** Line of the item (JSONL), else undefined (located through the path). */
  line: number | undefined;
}

export function importAsr(format: AsrFormat, bytes: Uint8Array, options: ResolvedOptions): Imported {
  const vendor = ASR_VENDORS[format];
  const parsed: ParsedJson = parsedJson(bytes, options.encoding);
  let items: Item[];
  if (parsed.kind === 'json') {
    items = Array.isArray(parsed.root)
      ? (parsed.root as unknown[]).map((value, i) => ({ value, prefix: `${i}.`, line: undefined }))
      : [{ value: parsed.root, prefix: '', line: undefined }];
  } else if (parsed.kind === 'jsonl') {
    const bad = parsed.records.filter((r) => 'error' in r);
    if (bad.length === parsed.records.length) {
      const { line, message } = jsonSyntaxError(parsed.text, parsed.error);
      return { conversations: [], errors: [{ line, field: '', message }] };
    }
    items = parsed.records.map((r) => ({
      value: 'error' in r ? undefined : r.value,
      prefix: '',
      line: r.line,
    }));
  } else {
    const { line, message } = jsonSyntaxError(parsed.text, parsed.error);
    return { conversations: [], errors: [{ line, field: '', message }] };
  }

  let lines: Map<string, number> | undefined;
  const conversations: Conversation[] = [];
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const stem = conversationIdFromFileName(options.fileName);
  const single = items.length === 1;
  const seen = new Set<string>();
  items.forEach((item, n) => {
    const lineOf = (path: string): number => {
      if (item.line !== undefined) return item.line;
      lines ??= jsonValueLines(parsed.text, 8);
      return lineOfPath(lines, `${item.prefix}${path}`.replace(/\.$/, ''), 1);
    };
    const at = (path: string): string => `${item.prefix}${path}`.replace(/\.$/, '');
    if (item.value === undefined) {
      errors.push({ line: item.line ?? 0, field: '', message: 'invalid JSON; result skipped' });
      return;
    }
    const extracted = vendor.extract(item.value, lineOf);
    if ('error' in extracted) {
      errors.push({ line: lineOf(extracted.field), field: at(extracted.field), message: extracted.error });
      return;
    }
    const id = single
      ? (options.conversationId ?? (stem || extracted.taskId || ''))
      : options.conversationId !== undefined
        ? `${options.conversationId}-${n + 1}`
        : (extracted.taskId ?? `${stem}-${n + 1}`);
    if (seen.has(id)) {
      errors.push({
        line: lineOf(''),
        field: at(''),
        message: `conversation id ${id} appears twice in the file; result skipped`,
      });
      return;
    }
    seen.add(id);
    const sentencesPath = extracted.sentences[0]?.path.replace(/\.\d+$/, '') ?? '';
    const assembled = assembleAsr(extracted, id, options, lineOf, sentencesPath);
    const prefixField = (e: FieldError): FieldError => ({ ...e, field: at(e.field) });
    errors.push(...assembled.errors.map(prefixField));
    warnings.push(...assembled.warnings.map(prefixField));
    if (assembled.conversation) conversations.push(assembled.conversation);
  });
  return { conversations, errors, warnings };
}
