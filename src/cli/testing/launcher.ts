// Tests run the CLI as users do: the real launcher (bin/zhijian.js) in a child process, its exit code and both
// streams returned whether it succeeds or not.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

export interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node bin/zhijian.js ARGS` from the repository root; `env` is added to this process's environment. */
export async function zhijian(args: readonly string[], env: Record<string, string> = {}): Promise<Exit> {
  return node(['bin/zhijian.js', ...args], env);
}

/** `node ARGS` from the repository root (a launcher or an inline module), never throwing on a non-zero exit. */
export async function node(args: readonly string[], env: Record<string, string> = {}): Promise<Exit> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as Exit;
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
