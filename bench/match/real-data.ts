// Reads the third-party evaluation dialogues (internal evaluation only: never copied into the repository)
// into plain turn texts. Formats: see the README in the data folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

export function loadRealTurns(dir: string): { name: string; turns: string[] }[] {
  const out: { name: string; turns: string[] }[] = [];
  const stc3 = JSON.parse(
    readFileSync(join(dir, 'stc3-weibo-helpdesk/train_data_cn.json'), 'utf8'),
  ) as unknown[];
  const stcTurns: string[] = [];
  for (const d of stc3)
    for (const t of (asRecord(d).turns as unknown[] | undefined) ?? [])
      for (const u of (asRecord(t).utterances as unknown[] | undefined) ?? [])
        if (typeof u === 'string') stcTurns.push(u);
  out.push({ name: 'stc3', turns: stcTurns });

  const jddc = readFileSync(join(dir, 'jddc-sample/chat_0.1per.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[6] ?? '')
    .filter((t) => t.length > 0);
  out.push({ name: 'jddc', turns: jddc });

  const mobile = JSON.parse(readFileSync(join(dir, 'mobilecs-sample/example.json'), 'utf8')) as unknown[];
  const mobileTurns: string[] = [];
  for (const d of mobile)
    for (const c of (asRecord(d).content as unknown[] | undefined) ?? [])
      for (const k of ['[SPEAKER 1]', '[SPEAKER 2]']) {
        const t = asRecord(c)[k];
        if (typeof t === 'string') mobileTurns.push(t);
      }
  out.push({ name: 'mobilecs', turns: mobileTurns });
  return out;
}
