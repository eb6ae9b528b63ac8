// `zhijian scan --phrases LIST.txt [--mode exact|normalized|tolerant] FILE...`: ad-hoc phrase search for
// analysts over conversation v1 files (JSONL, or JSON holding one conversation or an array). Prints one
// JSON line per match {id, turn, start, end, phrase, text}; bad records go to stderr and the exit code is 2.
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { parseConversation } from '../../core/conversation/schema.ts';
import type { Conversation, FieldError } from '../../core/conversation/schema.ts';
import { compilePhrases, MATCH_MODES } from '../../core/text/index.ts';
import type { MatchOptions, PhraseMatcher } from '../../core/text/index.ts';

interface ScanOptions {
  phrases: string;
  mode: MatchOptions['mode'];
  maxFillers?: number;
  maxGap?: number;
  stutter: boolean;
  homophones: boolean;
}

const nonNegativeInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
};

/** One phrase per line; blank lines and lines starting with # are ignored. */
export function readPhraseList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

type Record_ = { ok: true; conversation: Conversation } | { ok: false; errors: FieldError[] };

/** Reads conversation v1 records from JSONL or JSON (one object or an array); never throws on bad records. */
export function readConversations(content: string): Record_[] {
  const text = content.replace(/^\uFEFF/, '');
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      // A JSON array: record numbers are 1-based positions in the array.
      if (Array.isArray(value)) return value.map((v, i) => parseConversation(v, i + 1));
      return [parseConversation(value, 1)];
    } catch {
      // not one JSON document: read it as JSONL below
    }
  }
  const out: Record_[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim().length === 0) return;
    try {
      out.push(parseConversation(JSON.parse(line) as unknown, i + 1));
    } catch (err) {
      out.push({
        ok: false,
        errors: [{ line: i + 1, field: '', message: `invalid JSON: ${(err as Error).message}` }],
      });
    }
  });
  return out;
}

function scanConversation(
  c: Conversation,
  matcher: PhraseMatcher,
  phrases: readonly string[],
  write: (s: string) => void,
): void {
  c.turns.forEach((turn, index) => {
    for (const m of matcher.findAll(turn.text)) {
      const hit = {
        id: c.id,
        turn: index,
        start: m.start,
        end: m.end,
        phrase: phrases[m.phrase],
        text: turn.text.slice(m.start, m.end),
      };
      write(`${JSON.stringify(hit)}\n`);
    }
  });
}

export function registerScan(program: Command): void {
  program
    .command('scan')
    .description('search conversations for a phrase list; prints one JSON line per match')
    .argument('<files...>', 'conversation v1 files (JSONL, or JSON with one conversation or an array)')
    .requiredOption(
      '--phrases <file>',
      'phrase list, one per line (# comments); `不是…说过` is a gap pattern',
    )
    .addOption(new Option('--mode <mode>', 'matching tolerance').choices(MATCH_MODES).default('exact'))
    .option(
      '--max-fillers <n>',
      'tolerant: filler tokens allowed inside a phrase (default 2)',
      nonNegativeInt,
    )
    .option('--max-gap <n>', 'largest gap a `…` may span, in characters (default 10)', nonNegativeInt)
    .option('--no-stutter', 'tolerant: do not accept stutter repeats')
    .option('--homophones', 'normalized/tolerant: accept same-pinyin characters (吗/嘛/么)', false)
    .action((files: string[], opts: ScanOptions) => {
      const phrases = readPhraseList(readFileSync(opts.phrases, 'utf8'));
      const matcher = compilePhrases(phrases, {
        mode: opts.mode,
        stutter: opts.stutter,
        homophones: opts.homophones,
        ...(opts.maxFillers === undefined ? {} : { maxFillers: opts.maxFillers }),
        ...(opts.maxGap === undefined ? {} : { maxGap: opts.maxGap }),
      });
      const write = (s: string): void => void process.stdout.write(s);
      let bad = 0;
      for (const file of files) {
        let content: string;
        try {
          content = readFileSync(file, 'utf8');
        } catch (err) {
          process.stderr.write(`${file}: ${(err as Error).message}\n`);
          bad++;
          continue;
        }
        for (const r of readConversations(content)) {
          if (r.ok) scanConversation(r.conversation, matcher, phrases, write);
          else {
            bad++;
            for (const e of r.errors)
              process.stderr.write(`${file}:${e.line}: ${e.field || '(record)'}: ${e.message}\n`);
          }
        }
      }
      if (bad > 0) process.exitCode = 2;
    });
}
