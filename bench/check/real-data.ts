// Real dialogues for the check benchmark: the STC-3 development dialogues (NTCIR-14, Weibo helpdesk; see the
// evaluation data's README) turned into conversation v1 JSONL, repeated with distinct ids until N lines. Built
// at run time from the data folder given on the command line; never written into the repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Stc3Dialogue {
  readonly id: string | number;
  readonly turns: readonly { readonly sender: string; readonly utterances: readonly string[] }[];
}

/** One JSONL line per STC-3 dialogue (helpdesk → agent, each utterance one turn, as scripts/eval does). */
function stc3Lines(dataDir: string): { id: string; line: (id: string) => string }[] {
  const out: { id: string; line: (id: string) => string }[] = [];
  for (const name of ['train_data_cn.json', 'test_data_cn.json']) {
    const dialogues = JSON.parse(
      readFileSync(join(dataDir, 'stc3-weibo-helpdesk', name), 'utf8'),
    ) as Stc3Dialogue[];
    for (const d of dialogues) {
      const turns = d.turns.flatMap((t) =>
        t.utterances
          .filter((u) => u.trim() !== '')
          .map((text) => ({ role: t.sender === 'helpdesk' ? 'agent' : 'customer', text })),
      );
      if (turns.length === 0) continue;
      // The id goes first so each copy only re-serialises the turns once (rest is shared).
      const rest = JSON.stringify({ channel: 'chat', turns }).slice(1);
      out.push({ id: String(d.id), line: (id) => `{"id":${JSON.stringify(id)},${rest}` });
    }
  }
  return out;
}

/** `n` lines of STC-3 conversations (cycling through the dialogues with ids `stc3-<id>-<copy>`). */
export function stc3Jsonl(dataDir: string, n: number): string {
  const base = stc3Lines(dataDir);
  if (base.length === 0) throw new Error(`no STC-3 dialogues under ${dataDir}`);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = base[i % base.length];
    if (d === undefined) continue;
    lines.push(d.line(`stc3-${d.id}-${Math.floor(i / base.length)}`));
  }
  return `${lines.join('\n')}\n`;
}
