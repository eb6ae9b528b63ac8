// `zhijian import` against a stand-in server that records what it receives: folders walked, one multipart
// upload per file with the token, the options and the profile name; refused files and a refused token give
// their exit status.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, runImport, type ImportIo } from './import.ts';

interface Received {
  auth: string | undefined;
  body: string;
}

const received: Received[] = [];
let url = '';
const server = createServer((req: IncomingMessage, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ auth: req.headers.authorization, body });
    res.setHeader('content-type', 'application/json');
    if (req.headers.authorization !== 'Bearer zj_good') {
      res.statusCode = 401;
      res.end(JSON.stringify({ error: 'UNAUTHENTICATED', message: 'invalid token' }));
    } else if (body.includes('filename="broken.csv"')) {
      res.statusCode = 400;
      res.end(JSON.stringify({ error: 'BAD_INPUT', message: 'no conversations in the request' }));
    } else {
      res.statusCode = 202;
      res.end(JSON.stringify({ batchId: `ing-${received.length}`, total: 2, chunks: 1 }));
    }
  });
});

function memoryIo(): { io: ImportIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), tty: false }, out, err };
}

let dir = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'zhijian-import-'));
  mkdirSync(join(dir, 'oct', '.cache'), { recursive: true });
  writeFileSync(join(dir, 'oct', 'a.csv'), '角色,内容\n客服,您好\n');
  writeFileSync(join(dir, 'oct', 'b.json'), '{"id":"b","turns":[]}');
  writeFileSync(join(dir, 'oct', 'notes.md'), 'not a conversation');
  writeFileSync(join(dir, 'oct', '.cache', 'c.csv'), 'hidden');
  writeFileSync(join(dir, 'broken.csv'), 'x');
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('zhijian import', () => {
  it('walks folders for conversation files, skipping hidden entries and other files', () => {
    const { files, missing } = collectFiles([join(dir, 'oct'), join(dir, 'nope')]);
    expect(files.map((f) => f.slice(dir.length))).toEqual(['/oct/a.csv', '/oct/b.json']);
    expect(missing).toEqual([join(dir, 'nope')]);
  });

  it('uploads each file with the token, the flags as options and the saved profile name', async () => {
    received.length = 0;
    const m = memoryIo();
    const code = await runImport(
      [join(dir, 'oct')],
      { server: `${url}/`, token: 'zj_good', profile: '客服系统会话导出', channel: 'chat', encoding: 'gbk' },
      m.io,
    );
    expect(code).toBe(0);
    expect(received).toHaveLength(2);
    expect(received.every((r) => r.auth === 'Bearer zj_good')).toBe(true);
    expect(received[0]?.body).toContain('filename="a.csv"');
    expect(received[0]?.body).toContain('{"channel":"chat","encoding":"gbk"}');
    expect(received[0]?.body).toContain('客服系统会话导出');
    expect(m.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { file: join(dir, 'oct', 'a.csv'), batchId: 'ing-1', total: 2 },
      { file: join(dir, 'oct', 'b.json'), batchId: 'ing-2', total: 2 },
    ]);
  });

  it('exit 2 when the server refuses a file (the others are still sent), 3 when it refuses the token', async () => {
    const m = memoryIo();
    expect(
      await runImport(
        [join(dir, 'broken.csv'), join(dir, 'oct', 'a.csv')],
        { server: url, token: 'zj_good' },
        m.io,
      ),
    ).toBe(2);
    expect(JSON.parse(m.out[0]!)).toMatchObject({ status: 400, error: 'no conversations in the request' });
    expect(JSON.parse(m.out[1]!)).toMatchObject({ batchId: expect.any(String) as string });
    const bad = memoryIo();
    expect(await runImport([join(dir, 'oct')], { server: url, token: 'zj_bad' }, bad.io)).toBe(3);
    expect(bad.err.join('')).toContain('the server refused the token (401): invalid token');
    expect(bad.out).toEqual([]);
    const down = memoryIo();
    expect(
      await runImport([join(dir, 'oct')], { server: 'http://127.0.0.1:9', token: 'zj_good' }, down.io),
    ).toBe(3);
    expect(down.err.join('')).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:9\/api\/ingest/);
  });
});
