// `zhijian rules test` and `zhijian rules diff` as the README advertises them, through the real launcher
// (bin/zhijian.js) in a child process: the default pack's golden conversations pass; a pack whose expectation no
// longer holds fails with the case named, and `--update` rewrites it; a new pack version's impact names the
// conversations that gain or lose hits.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, zhijian } from '../testing/launcher.ts';

const root = REPO_ROOT;

// each case starts the CLI, which takes seconds on a loaded machine
describe('zhijian rules test / diff', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zhijian-rules-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the default pack’s golden conversations', async () => {
    const r = await zhijian(['rules', 'test', 'packs/default']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ 02-forbidden-and-filler');
    expect(r.stdout).toMatch(/(\d+)\/\1 golden conversation\(s\) pass \(default /);
  });

  it('fails a case whose expectation no longer holds, naming it; --update rewrites the expectation', async () => {
    const pack = join(dir, 'edited');
    cpSync(join(root, 'packs/default'), pack, { recursive: true });
    const expected = join(pack, 'golden/02-forbidden-and-filler/expected.json');
    const original = readFileSync(expected, 'utf8');
    const wrong = JSON.parse(original) as { score: { total: number } };
    wrong.score.total -= 5;
    writeFileSync(expected, JSON.stringify(wrong, null, 2));

    const failed = await zhijian(['rules', 'test', pack]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/✗ 02-forbidden-and-filler/);
    expect(failed.stdout).toContain('✓ 01-clean-call');

    const updated = await zhijian(['rules', 'test', pack, '--update']);
    expect(updated.code, updated.stderr).toBe(0);
    expect(JSON.parse(readFileSync(expected, 'utf8'))).toEqual(JSON.parse(original));
    expect((await zhijian(['rules', 'test', pack])).code).toBe(0);
  });

  it('previews a new version: the conversation that loses a phrase hit is named, the other is not', async () => {
    const pack = join(dir, 'candidate');
    cpSync(join(root, 'packs/default'), pack, { recursive: true });
    const yaml = readFileSync(join(pack, 'pack.yaml'), 'utf8');
    // The candidate drops one shirking phrase (推诿, seed 002 质检标准 服务态度) and bumps the version.
    const candidate = yaml.replace(/^ {14}不归我管,\n/m, '').replace(/^version: .*$/m, 'version: 9.9.9');
    expect(candidate).not.toBe(yaml);
    writeFileSync(join(pack, 'pack.yaml'), candidate);
    const calls = join(dir, 'calls.jsonl');
    writeFileSync(
      calls,
      [
        {
          id: 'c-shirk',
          channel: 'chat',
          turns: [
            { role: 'customer', text: '我的积分怎么兑换？' },
            { role: 'agent', text: '这个不归我管，您问别人吧。' },
          ],
        },
        {
          id: 'c-clean',
          channel: 'chat',
          turns: [
            { role: 'customer', text: '积分怎么兑换？' },
            { role: 'agent', text: '您好，我帮您查一下，积分可以在App里兑换。' },
          ],
        },
      ]
        .map((c) => JSON.stringify(c))
        .join('\n'),
    );

    const table = await zhijian(['rules', 'diff', 'packs/default/pack.yaml', join(pack, 'pack.yaml'), calls]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/→ default 9\.9\.9: 2 conversation\(s\), 1 changed/);
    expect(table.stdout).toContain('- shirking turn 1 [2,6) 「不归我管」');

    const json = await zhijian([
      'rules',
      'diff',
      'packs/default/pack.yaml',
      join(pack, 'pack.yaml'),
      calls,
      '--format',
      'json',
    ]);
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as {
      conversations: number;
      changed: { id: string; lost: { rule: string; text: string }[] }[];
    };
    expect(report.conversations).toBe(2);
    expect(report.changed.map((c) => c.id)).toEqual(['c-shirk']);
    expect(report.changed[0]?.lost).toEqual([
      expect.objectContaining({ rule: 'shirking', text: '不归我管' }),
    ]);
  });

  it('refuses a pack that does not compile with exit 2 and the reason', async () => {
    const pack = join(dir, 'broken.yaml');
    writeFileSync(
      pack,
      'id: broken\nversion: 1.0.0\nrules:\n  - id: x\n    when: { op: no-such-operator }\n',
    );
    const r = await zhijian(['rules', 'test', pack]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });
});
