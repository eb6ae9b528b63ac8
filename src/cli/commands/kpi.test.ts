import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { registerKpi, runKpi, type KpiIo, type KpiOptions } from './kpi.ts';
import { node } from '../testing/launcher.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = 'src/stats/fixtures';
const STATS = `${fixtures}/stats-2026-10.csv`;
const QA = `${fixtures}/qa-2026-10.csv`;

/** Real files under the repository root, plus in-memory ones; output captured. */
function memoryIo(extra: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: KpiIo = {
    readFile: async (path) => extra[path] ?? readFile(`${root}${path}`),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const base: KpiOptions = { stats: STATS, qa: QA, month: '2026-10' };

// seed 002 examples: A001 120 points → ¥200 bonus; B002 80 points → ¥1,400 deduction on ¥7,000.
// C003: 39/40 = 97.5 % → 41, no survey → 30, QA 85.5 → 25.5; 96.5 → 3.5 % of ¥7,000 = ¥245.
const EXPECTED = [
  {
    agentId: 'A001',
    answerRate: 1,
    satisfaction: 1,
    qaScore: 94,
    points: { answerRate: 46, satisfaction: 40, qa: 34, total: 120 },
    bonusFen: 20_000,
    deductionFen: 0,
  },
  {
    agentId: 'B002',
    answerRate: 0.9,
    satisfaction: 0.84,
    qaScore: 90,
    points: { answerRate: 26, satisfaction: 24, qa: 30, total: 80 },
    bonusFen: 0,
    deductionFen: 140_000,
  },
  {
    agentId: 'C003',
    answerRate: 0.975,
    satisfaction: null,
    qaScore: 85.5,
    points: { answerRate: 41, satisfaction: 30, qa: 25.5, total: 96.5 },
    bonusFen: 0,
    deductionFen: 24_500,
  },
];

describe('zhijian kpi (runKpi)', () => {
  it('prints the contract JSON, reports bad rows with line and field, and exits 2', async () => {
    const m = memoryIo();
    expect(await runKpi({ ...base, format: 'json' }, m.io)).toBe(2);
    expect(JSON.parse(m.stdout())).toEqual(EXPECTED);
    expect(m.stderr()).toBe(
      [
        `${STATS}:8: answered: answered (12) exceeds offered (10)`,
        `${STATS}:9: date: no such day: "2026-10-32"`,
        '',
      ].join('\n'),
    );
  });

  it('exits 0 on clean input and reads GBK files with Chinese headers', async () => {
    const gbk = iconv.encode(
      '工号,日期,进线量,接通量,20秒内接通,排队放弃\n坐席甲,2026-10-08,100,99,97,0\n',
      'gbk',
    );
    const qa = iconv.encode('工号,月份,质检分\n坐席甲,2026-10,90\n', 'gbk');
    const m = memoryIo({ 's.csv': gbk, 'q.csv': qa });
    expect(await runKpi({ stats: 's.csv', qa: 'q.csv', month: '2026-10', format: 'json' }, m.io)).toBe(0);
    expect(JSON.parse(m.stdout())).toEqual([
      {
        agentId: '坐席甲',
        answerRate: 0.97,
        satisfaction: null,
        qaScore: 90,
        points: { answerRate: 40, satisfaction: 30, qa: 30, total: 100 },
        bonusFen: 0,
        deductionFen: 0,
      },
    ]);
    expect(m.stderr()).toBe('');
  });

  it('writes CSV and an aligned table with Chinese headers', async () => {
    const csv = memoryIo();
    await runKpi({ ...base, format: 'csv' }, csv.io);
    expect(csv.stdout().split('\r\n')).toEqual([
      'agent_id,answer_rate,satisfaction,qa_score,points_answer_rate,points_satisfaction,points_qa,points_total,bonus_fen,deduction_fen',
      'A001,1,1,94,46,40,34,120,20000,0',
      'B002,0.9,0.84,90,26,24,30,80,0,140000',
      'C003,0.975,,85.5,41,30,25.5,96.5,0,24500',
      '',
    ]);
    const table = memoryIo();
    await runKpi(base, table.io);
    const lines = table.stdout().split('\n');
    expect(lines[0]).toBe(
      '工号  20秒接通率   满意度  质检均分  接通率得分  满意度得分  质检得分  总分  奖金(元)  扣款(元)',
    );
    expect(lines[4]).toBe(
      'C003      97.50%   无数据     85.50          41          30      25.5  96.5      0.00    245.00',
    );
    expect(lines.at(-2)).toBe('2026-10 · 策略 v1 · 3 名坐席 · 奖金合计 200.00 元 · 扣款合计 1645.00 元');
  });

  it('applies a contract policy file', async () => {
    const m = memoryIo();
    await runKpi({ ...base, format: 'json', policy: `${fixtures}/policy-strict.json` }, m.io);
    const b = (JSON.parse(m.stdout()) as typeof EXPECTED).find((r) => r.agentId === 'B002');
    expect(b?.deductionFen).toBe(160_000); // 20 % of ¥8,000
  });

  it('refuses a bad month, a bad policy or a missing file with status 1', async () => {
    const month = memoryIo();
    expect(await runKpi({ ...base, month: '2026-10-01' }, month.io)).toBe(1);
    expect(month.stderr()).toBe('--month: must be YYYY-MM, e.g. 2026-10\n');
    const policy = memoryIo({ 'p.json': new TextEncoder().encode('{"version":"x","lateCallbackFen":0.5}') });
    expect(await runKpi({ ...base, policy: 'p.json' }, policy.io)).toBe(1);
    expect(policy.stderr()).toMatch(/^p\.json: lateCallbackFen: /);
    const missing = memoryIo();
    expect(await runKpi({ ...base, qa: 'nope.csv' }, missing.io)).toBe(1);
    expect(missing.stderr()).toMatch(/nope\.csv/);
  });

  it('parses its options through commander', async () => {
    const m = memoryIo();
    const program = new Command('zhijian').exitOverride();
    registerKpi(program, m.io);
    const previous = process.exitCode;
    await program.parseAsync(
      ['kpi', '--stats', STATS, '--qa', QA, '--month', '2026-10', '--format', 'json'],
      { from: 'user' },
    );
    expect(process.exitCode).toBe(2);
    process.exitCode = previous;
    expect(JSON.parse(m.stdout())).toEqual(EXPECTED);
    await expect(
      program.parseAsync(['kpi', '--stats', STATS, '--qa', QA, '--month', '2026-10', '--format', 'xml'], {
        from: 'user',
      }),
    ).rejects.toThrow(/xml/);
  });
});

const wired = readFileSync(`${root}src/cli/commands/index.ts`, 'utf8').includes('registerKpi');
const args = ['kpi', '--stats', STATS, '--qa', QA, '--month', '2026-10', '--format', 'json'];

const spawnStatus = (cmd: string[]) => node(cmd);

describe('zhijian kpi as a process', () => {
  it(
    'runs the command module in a fresh program (exit status and streams)',
    { timeout: 30_000 },
    async () => {
      const entry = [
        "import { Command } from 'commander';",
        "import { registerKpi } from './src/cli/commands/kpi.ts';",
        "const p = new Command('zhijian'); registerKpi(p);",
        "await p.parseAsync(process.argv.slice(1), { from: 'user' });",
      ].join('\n');
      const r = await spawnStatus(['--import', 'tsx', '--input-type=module', '-e', entry, ...args]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
      expect(r.stderr).toContain(`${STATS}:9: date:`);
    },
  );

  it.skipIf(!wired)(
    'runs through bin/zhijian.js once registerKpi is wired',
    { timeout: 30_000 },
    async () => {
      const r = await spawnStatus(['bin/zhijian.js', ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
    },
  );
});
