// `zhijian check` as users run it: call-detail records joined onto an ASR result, standard input, a closed
// pipe, import flags. Runs the real launcher (bin/zhijian.js) in a child process.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);
const D = 'src/importers/fixtures/cdr';
const CALL = `${D}/3f2c7a10-5b8d-4e61-9c3a-0d7e2b4f6a18.json`;

interface Line {
  id?: string;
  hits?: { rule: string; turn: number; atMs?: number }[];
  errors?: { line: number; message: string }[];
}

async function zhijian(
  args: string,
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const cmd = `${input !== undefined ? `${input} | ` : ''}node bin/zhijian.js ${args}`;
  try {
    const { stdout, stderr } = await run('bash', ['-o', 'pipefail', '-c', cmd], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const lines = (s: string): Line[] =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

// each case starts the CLI from its TypeScript sources, which takes seconds on a loaded machine
describe('zhijian check with call-detail records', { timeout: 120_000 }, () => {
  it('a FreeSWITCH CDR plus an Alibaba Cloud two-channel result: the agent-first hang-up and the hold are judged', async () => {
    const r = await zhijian(`check ${CALL} --cdr ${D}/freeswitch.csv --format jsonl`);
    // the CDR's row without ids is bad input: reported, exit 2, the call still scored
    expect(r.code).toBe(2);
    const [bad, result] = lines(r.stdout);
    expect(bad?.errors?.[0]).toMatchObject({
      line: 4,
      message: 'call-detail record without a uuid or sip_call_id; record skipped',
    });
    expect(result?.id).toBe('3f2c7a10-5b8d-4e61-9c3a-0d7e2b4f6a18');
    const rules = result?.hits?.map((h) => h.rule);
    expect(rules).toContain('agent-hangup');
    expect(rules).toContain('hold-without-thanks');
    expect(result?.hits?.find((h) => h.rule === 'agent-hangup')).toMatchObject({ turn: 5, atMs: 31000 });
    expect(r.stderr).toContain(
      'call b71e0f2a-6c3d-4b8e-a1f9-2d4c6e8a0b13 (line 3): no conversation in the input',
    );
    // without the CDR there is no hang-up event to judge
    const plain = await zhijian(`check ${CALL} --format jsonl`);
    expect(plain.code).toBe(0);
    expect(lines(plain.stdout)[0]?.hits?.map((h) => h.rule)).not.toContain('agent-hangup');
  });

  it('reads standard input with -, and --quiet silences warnings', async () => {
    const r = await zhijian(
      `check - --conversation-id 3f2c7a10-5b8d-4e61-9c3a-0d7e2b4f6a18 --cdr ${D}/freeswitch.csv --format jsonl --quiet`,
      `cat ${CALL}`,
    );
    expect(r.stderr).toBe('');
    const result = lines(r.stdout).find((l) => l.id === '3f2c7a10-5b8d-4e61-9c3a-0d7e2b4f6a18');
    expect(result?.hits?.map((h) => h.rule)).toContain('agent-hangup');
  });

  it('ends quietly when the reader closes the pipe', async () => {
    const many = `for i in $(seq 1 5000); do echo '{"id":"c'$i'","turns":[{"role":"agent","text":"您好，很高兴为您服务"}]}'; done`;
    const r = await zhijian(`check - --format jsonl | head -n 1`, many);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('takes a column mapping and speaker roles on the command line', async () => {
    const csv = '编号,说话者,说了什么\\nq-1,小李,您好，请讲\\nq-1,张先生,我要查话费\\n';
    const r = await zhijian(
      `check - --map conversationId=编号,role=说话者,text=说了什么 --roles 小李=agent,张先生=customer --channel chat --format json`,
      `printf '${csv}'`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('{"id":"q-1",');
    const bad = await zhijian(`check - --roles 小李=boss`, `printf '${csv}'`);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('role of "小李" must be one of agent, customer, ivr, system');
  });
});
